import { describe, expect, it } from 'vitest';
import { countInChunks, mapInSlices } from './timeSlicing';

function busy(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Spin: stands for a count over many profiles.
  }
}

describe('mapInSlices', () => {
  it('maps every item in order', async () => {
    expect(await mapInSlices([1, 2, 3], (n) => n * 2)).toEqual([2, 4, 6]);
  });

  it('lets timers run between slices of long work', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    await mapInSlices([1, 2, 3, 4, 5, 6], () => busy(10), 15);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('does not yield while the work stays within a slice', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    await mapInSlices([1, 2, 3], (n) => n, 1_000);
    clearInterval(timer);
    expect(ticks).toBe(0);
  });
});

describe('countInChunks', () => {
  it('adds up the counts of every chunk, as one pass would', async () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const countEven = (chunk: readonly number[]) =>
      new Map([
        ['even', chunk.filter((n) => n % 2 === 0).length],
        ['all', chunk.length],
      ]);
    expect(await countInChunks(items, 3, countEven)).toEqual(countEven(items));
    expect(await countInChunks([], 3, countEven)).toEqual(new Map());
  });
});
