import { measure } from './timing';

describe('measure', () => {
  it('runs the warm-up and the timed runs, and reports a median in milliseconds', () => {
    let calls = 0;
    const ms = measure(() => (calls += 1), 4, 2);
    expect(calls).toBe(6);
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(measure(() => undefined, 3, 0)).toBeGreaterThanOrEqual(0);
  });
});
