/** Benchmark timing for scripts/bench (performance is measured there, never in timed tests). */

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median duration of `run` in ms (3 decimals), after a few warm-up calls so the JIT has settled. */
export function measure(run: () => void, runs = 15, warmup = 5): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return Number(median(times).toFixed(3));
}
