/**
 * The embedded backend runs on the page's main thread (MSW hands each request to the page). A list
 * of 50 segments counted over 50,000 profiles is seconds of work on a busy machine; done in one go
 * it would freeze the page, its snackbars and its inputs. This maps in slices instead, yielding
 * to the event loop whenever a slice has run for `sliceMs`.
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the page handle input and paint, then goes on. `scheduler.yield()` (Chromium) resumes ahead
 * of other queued work and is not clamped; nested `setTimeout`s wait at least 4 ms each in browsers.
 */
function nextTask(): Promise<unknown> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function mapInSlices<T, R>(items: readonly T[], map: (item: T) => R, sliceMs = 16): Promise<R[]> {
  const results: R[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTask();
      sliceStart = performance.now();
    }
    results.push(map(item));
  }
  return results;
}

/**
 * Runs `step` over rows [0, rowCount) in consecutive ranges, yielding to the event loop between
 * them. The range grows or shrinks so each step takes about `sliceMs`, whatever a row costs.
 */
export async function stepInSlices(
  rowCount: number,
  step: (start: number, end: number) => void,
  {
    sliceMs = 8,
    firstRows = 2_000,
    pause = nextTask,
  }: {
    sliceMs?: number;
    firstRows?: number;
    /** How to let other work run between steps (a worker must let its queued messages in). */
    pause?: () => Promise<unknown>;
  } = {},
): Promise<void> {
  let rows = firstRows;
  for (let start = 0; start < rowCount;) {
    if (start > 0) await pause();
    const end = Math.min(rowCount, start + rows);
    const began = performance.now();
    step(start, end);
    const perRow = (performance.now() - began) / (end - start);
    rows = Math.max(100, Math.round(perRow > 0 ? sliceMs / perRow : rows * 2));
    start = end;
  }
}
