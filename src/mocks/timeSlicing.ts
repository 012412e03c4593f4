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
