import {
  failedAccessibilityAudits,
  measureFromResult,
  median,
  medianMeasure,
  type LighthouseResultLike,
} from './lighthouseResults';

/** The shape of a Lighthouse 12 result, cut down to what the bench reads. */
function result(overrides: Partial<LighthouseResultLike> = {}): LighthouseResultLike {
  return {
    categories: { performance: { score: 0.874 }, accessibility: { score: 1 } },
    audits: {
      'first-contentful-paint': { numericValue: 1812.4 },
      'largest-contentful-paint': { numericValue: 2950.6 },
      'total-blocking-time': { numericValue: 210 },
      'unused-javascript': { details: { type: 'opportunity', overallSavingsBytes: 20_480, items: [] } },
      'network-requests': {
        details: {
          type: 'table',
          items: [
            { url: 'http://localhost/segments', resourceType: 'Document', transferSize: 900 },
            { url: 'http://localhost/assets/index.js', resourceType: 'Script', transferSize: 102_400 },
            { url: 'http://localhost/assets/list.js', resourceType: 'Script', transferSize: 51_200 },
            { url: 'http://localhost/assets/index.css', resourceType: 'Stylesheet', transferSize: 4_000 },
            { url: 'http://localhost:8787/api/v1.1/segments/list/', resourceType: 'Fetch', transferSize: 30_000 },
          ],
        },
      },
    },
    ...overrides,
  };
}

describe('measureFromResult', () => {
  it('reads scores as 0–100, the three timings, and the scripts’ transfer size in KiB', () => {
    expect(measureFromResult(result())).toEqual({
      performance: 87,
      accessibility: 100,
      scriptTransferKiB: 150,
      unusedScriptKiB: 20,
      fcpMs: 1812,
      lcpMs: 2951,
      tbtMs: 210,
    });
  });

  it('gives NaN for what Lighthouse could not score or time, rather than a zero', () => {
    const measure = measureFromResult(
      result({
        categories: { performance: { score: null } },
        audits: { ...result().audits, 'largest-contentful-paint': {} },
      }),
    );
    expect(measure.performance).toBeNaN();
    expect(measure.accessibility).toBeNaN();
    expect(measure.lcpMs).toBeNaN();
    expect(measure.fcpMs).toBe(1812);
  });

  it('refuses a run Lighthouse marked as failed', () => {
    expect(() =>
      measureFromResult(result({ runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } })),
    ).toThrow('Lighthouse: NO_FCP: The page did not paint any content.');
  });

  it('refuses a run with no network requests recorded', () => {
    expect(() => measureFromResult(result({ audits: {} }))).toThrow('no network requests');
  });
});

describe('median', () => {
  it('takes the middle value of an odd count, in any order', () => {
    expect(median([300, 100, 200])).toBe(200);
  });

  it('takes the mean of the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves NaN out, and is NaN only when nothing is a number', () => {
    expect(median([Number.NaN, 5, 7, 9])).toBe(7);
    expect(median([Number.NaN])).toBeNaN();
    expect(median([])).toBeNaN();
  });
});

describe('medianMeasure', () => {
  it('takes each figure’s median on its own', () => {
    const runs = [
      { performance: 90, tbtMs: 400 },
      { performance: 70, tbtMs: 100 },
      { performance: 80, tbtMs: 250 },
    ];
    expect(medianMeasure(runs)).toEqual({ performance: 80, tbtMs: 250 });
  });

  it('refuses an empty list of runs', () => {
    expect(() => medianMeasure([])).toThrow('No runs');
  });
});

describe('failedAccessibilityAudits', () => {
  it('names the weighted accessibility audits that did not pass', () => {
    const lhr = result({
      categories: {
        accessibility: {
          score: 0.96,
          auditRefs: [
            { id: 'color-contrast', weight: 7 },
            { id: 'label', weight: 7 },
            { id: 'aria-allowed-role', weight: 0 },
            { id: 'tabindex', weight: 7 },
          ],
        },
      },
      audits: {
        'color-contrast': { score: 0 },
        label: { score: 1 },
        'aria-allowed-role': { score: 0 },
        tabindex: { score: null },
      },
    });
    expect(failedAccessibilityAudits(lhr)).toEqual(['color-contrast']);
  });

  it('is empty without an accessibility category', () => {
    expect(failedAccessibilityAudits(result({ categories: {} }))).toEqual([]);
  });
});
