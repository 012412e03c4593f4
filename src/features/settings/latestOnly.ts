/**
 * Runs async work so that only the latest run counts: a new run aborts the one before it (a
 * request that can stop, stops), and a result that arrives late anyway (work that ignored its
 * signal) is reported as stale by its sequence number, never as the answer.
 */
export type LatestResult<T> = { current: true; value: T } | { current: false };

export interface LatestOnly {
  run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<LatestResult<T>>;
  /** Aborts the run in flight and makes its result stale (a form that changed, a page that left). */
  cancel(): void;
}

export function createLatestOnly(): LatestOnly {
  let sequence = 0;
  let controller: AbortController | null = null;

  function cancel() {
    sequence += 1;
    controller?.abort();
    controller = null;
  }

  return {
    async run(work) {
      cancel();
      const mine = sequence;
      const own = new AbortController();
      controller = own;
      try {
        const value = await work(own.signal);
        return mine === sequence ? { current: true, value } : { current: false };
      } catch (error) {
        if (mine !== sequence) return { current: false };
        throw error;
      } finally {
        if (controller === own) controller = null;
      }
    },
    cancel,
  };
}
