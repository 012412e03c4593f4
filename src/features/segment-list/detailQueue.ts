/**
 * Reads one item at a time per slot, at most `concurrency` at once, in the order the caller wants
 * them now. What is wanted changes as the user scrolls: `want` replaces the wish list, queued ids
 * no longer in it are dropped, and running reads no longer in it are aborted, so a fast scroll past
 * a thousand rows never leaves a thousand reads behind it. Each id is read once; a failure is not
 * retried here (the caller shows it), and an aborted read may be wanted again later.
 */
export interface DetailQueueOptions<T> {
  concurrency: number;
  load: (id: string, signal: AbortSignal) => Promise<T>;
  onLoaded: (id: string, value: T) => void;
  onFailed: (id: string, error: unknown) => void;
}

export interface DetailQueue {
  /** The ids wanted now, most urgent first. */
  want: (ids: readonly string[]) => void;
  /** The ids being read now. */
  running: () => string[];
  /** Aborts every read and stops; nothing is reported after this. */
  dispose: () => void;
}

export function detailQueue<T>({ concurrency, load, onLoaded, onFailed }: DetailQueueOptions<T>): DetailQueue {
  let wanted: readonly string[] = [];
  const running = new Map<string, AbortController>();
  const settled = new Set<string>();
  let disposed = false;

  function start(id: string) {
    const controller = new AbortController();
    running.set(id, controller);
    load(id, controller.signal).then(
      (value) => finish(id, controller, () => onLoaded(id, value)),
      (error: unknown) => finish(id, controller, () => onFailed(id, error)),
    );
  }

  function finish(id: string, controller: AbortController, report: () => void) {
    if (running.get(id) === controller) running.delete(id);
    // An aborted read reports nothing and stays unread: the row may be wanted again.
    if (disposed || controller.signal.aborted) return;
    settled.add(id);
    report();
    pump();
  }

  function pump() {
    for (const id of wanted) {
      if (running.size >= concurrency) return;
      if (!running.has(id) && !settled.has(id)) start(id);
    }
  }

  return {
    want(ids) {
      if (disposed) return;
      wanted = ids;
      const keep = new Set(ids);
      for (const [id, controller] of running) {
        if (keep.has(id)) continue;
        running.delete(id);
        controller.abort();
      }
      pump();
    },
    running: () => [...running.keys()],
    dispose() {
      disposed = true;
      for (const controller of running.values()) controller.abort();
      running.clear();
    },
  };
}
