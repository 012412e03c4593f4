import * as fc from 'fast-check';
import type { SampleRange } from '@/domain/model';
import { clampSize, isCrossed, orderedRange, rangeWithSize, sampleCount, sampleShare } from './sampleSize';

const percent = fc.integer({ min: 0, max: 100 });
const anyRange = fc.record({ from: percent, to: percent });
const matching = fc.integer({ min: 0, max: 10_000_000 });

describe('sample arithmetic', () => {
  it('counts the 80 → 20 range as nobody, not -30,000', () => {
    expect(sampleShare({ from: 80, to: 20 })).toBe(0);
    expect(sampleCount(50_000, { from: 80, to: 20 })).toBe(0);
    expect(sampleCount(168, { from: 0, to: 20 })).toBe(34);
    expect(sampleCount(168, { from: 0, to: 100 })).toBe(168);
  });

  it('keeps the count within 0..matching for every range', () => {
    fc.assert(
      fc.property(matching, anyRange, (total, range) => {
        const count = sampleCount(total, range);
        expect(Number.isInteger(count)).toBe(true);
        expect(count).toBeGreaterThanOrEqual(0);
        expect(count).toBeLessThanOrEqual(total);
      }),
    );
  });

  it('never counts more with a smaller sample size', () => {
    fc.assert(
      fc.property(matching, percent, percent, percent, (total, start, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const from = { from: start, to: 100 };
        const smaller = sampleCount(total, rangeWithSize(from, small));
        const larger = sampleCount(total, rangeWithSize(from, large));
        expect(smaller).toBeLessThanOrEqual(larger);
      }),
    );
  });

  it('makes a range of exactly the asked size that stays within 0..100', () => {
    fc.assert(
      fc.property(anyRange, fc.integer({ min: -50, max: 150 }), (current, size) => {
        const range = rangeWithSize(current, size);
        expect(range.to - range.from).toBe(clampSize(size));
        expect(range.from).toBeGreaterThanOrEqual(0);
        expect(range.to).toBeLessThanOrEqual(100);
        expect(isCrossed(range)).toBe(false);
      }),
    );
  });

  it('keeps the start of an advanced range and slides it back only when it would pass 100', () => {
    expect(rangeWithSize({ from: 30, to: 50 }, 10)).toEqual({ from: 30, to: 40 });
    expect(rangeWithSize({ from: 90, to: 100 }, 20)).toEqual({ from: 80, to: 100 });
    expect(rangeWithSize({ from: 80, to: 20 }, 20)).toEqual({ from: 0, to: 20 });
  });

  it('swaps crossed ends and says so; a range in order stays as it is', () => {
    expect(orderedRange({ from: 80, to: 20 })).toEqual({ range: { from: 20, to: 80 }, swapped: true });
    fc.assert(
      fc.property(anyRange, (range: SampleRange) => {
        const result = orderedRange(range);
        expect(result.range.from).toBeLessThanOrEqual(result.range.to);
        expect(result.swapped).toBe(range.from > range.to);
        expect(sampleShare(result.range)).toBe(Math.abs(range.to - range.from));
      }),
    );
  });
});
