import * as fc from 'fast-check';
import { FULL_SAMPLE, inSample, isFullSample, sampleBucket } from './sample';

/** Pearson's chi-square statistic of bucket counts against a uniform distribution. */
function chiSquare(ids: Iterable<string>, buckets = 100): { statistic: number; total: number } {
  const counts = new Array<number>(buckets).fill(0);
  let total = 0;
  for (const id of ids) {
    counts[sampleBucket(id)]! += 1;
    total += 1;
  }
  const expected = total / buckets;
  return { statistic: counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0), total };
}

// Upper 0.001 quantile of the chi-square distribution with 99 degrees of freedom.
const CRITICAL_99_DOF_P001 = 148.23;

describe('sampleBucket', () => {
  it('is stable and within 0..99', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const bucket = sampleBucket(id);
        expect(Number.isInteger(bucket) && bucket >= 0 && bucket < 100).toBe(true);
        expect(sampleBucket(id)).toBe(bucket);
      }),
    );
  });

  it('is uniform over sequential ids 1..100000 (chi-square, p = 0.001)', () => {
    function* sequential() {
      for (let i = 1; i <= 100_000; i++) yield String(i);
    }
    const { statistic, total } = chiSquare(sequential());
    expect(total).toBe(100_000);
    expect(statistic).toBeLessThan(CRITICAL_99_DOF_P001);
  });

  it('is uniform over 100000 random ids (chi-square, p = 0.001)', () => {
    const ids = fc.sample(fc.uuid(), { numRuns: 100_000, seed: 42 });
    expect(chiSquare(ids).statistic).toBeLessThan(CRITICAL_99_DOF_P001);
  });
});

describe('inSample', () => {
  it('includes from and excludes to, so adjacent ranges split the base', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 99 }), (id, cut) => {
        const bucket = sampleBucket(id);
        expect(inSample(id, { from: bucket, to: bucket + 1 })).toBe(true);
        expect(inSample(id, { from: 0, to: cut }) !== inSample(id, { from: cut, to: 100 })).toBe(true);
      }),
    );
  });

  it('knows the full range', () => {
    expect(isFullSample(FULL_SAMPLE)).toBe(true);
    expect(isFullSample({ from: 0, to: 99 })).toBe(false);
    expect(isFullSample({ from: 1, to: 100 })).toBe(false);
  });
});
