import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapInSlices, stepInSlices } from './timeSlicing';

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

describe('stepInSlices', () => {
  afterEach(() => vi.restoreAllMocks());

  it('covers every row once, in order, in ranges sized to the time a row takes', async () => {
    // A clock that a row moves on by 1 µs: 2,000 rows make the 2 ms slice.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const ranges: [number, number][] = [];
    await stepInSlices(
      10_000,
      (start, end) => {
        ranges.push([start, end]);
        clock += (end - start) / 1_000;
      },
      { sliceMs: 2, firstRows: 500 },
    );
    expect(ranges).toEqual([
      [0, 500],
      [500, 2_500],
      [2_500, 4_500],
      [4_500, 6_500],
      [6_500, 8_500],
      [8_500, 10_000],
    ]);
  });

  it('does nothing for no rows', async () => {
    let steps = 0;
    await stepInSlices(0, () => steps++);
    expect(steps).toBe(0);
  });
});
