/**
 * The embedded backend runs on the page's main thread (MSW hands each request to the page). A list
 * of 50 segments counted over 50,000 profiles is seconds of work on a busy machine; done in one go
 * it would freeze the page, its snackbars and its inputs. This maps in slices instead, yielding
 * to the event loop whenever a slice has run for `sliceMs`.
 */
export async function mapInSlices<T, R>(items: readonly T[], map: (item: T) => R, sliceMs = 16): Promise<R[]> {
  const results: R[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
    results.push(map(item));
  }
  return results;
}

/** Adds up per-key counts over `items` a chunk at a time, yielding to the event loop between chunks. */
export async function countInChunks<T>(
  items: readonly T[],
  chunkSize: number,
  countChunk: (chunk: readonly T[]) => Map<string, number>,
): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (let start = 0; start < items.length; start += chunkSize) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const [key, n] of countChunk(items.slice(start, start + chunkSize)))
      totals.set(key, (totals.get(key) ?? 0) + n);
  }
  return totals;
}
