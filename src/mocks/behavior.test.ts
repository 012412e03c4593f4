import { getMockBehavior, latencyFor, resetMockBehavior, setMockBehavior, takeFailure } from './behavior';

afterEach(() => resetMockBehavior());

describe('fault injection state', () => {
  it('matches the exact method path, slashes optional, and counts down', () => {
    setMockBehavior({ failNext: { path: '/segments/get', times: 2, status: 500 } });
    expect(takeFailure('segments/get_counters')).toBeNull();
    expect(takeFailure('segments/get/')).toEqual({ status: 500, error: 500 });
    expect(takeFailure('segments/get/')).toEqual({ status: 500, error: 500 });
    expect(takeFailure('segments/get/')).toBeNull();
    expect(getMockBehavior().failNext).toBeNull();
  });

  it('fails any method once by default, inside the envelope', () => {
    setMockBehavior({ failNext: {} });
    expect(takeFailure('databases/list/')).toEqual({ status: 200, error: 500 });
    expect(takeFailure('databases/list/')).toBeNull();
  });

  it('keeps latency and outage settings until reset', () => {
    setMockBehavior({ latencyMs: 300 });
    setMockBehavior({ offline: true });
    expect(getMockBehavior()).toEqual({ latencyMs: 300, latencyPath: null, failNext: null, offline: true });
    resetMockBehavior();
    expect(getMockBehavior()).toEqual({ latencyMs: 0, latencyPath: null, failNext: null, offline: false });
  });

  it('delays every method, or only the one named', () => {
    setMockBehavior({ latencyMs: 800 });
    expect(latencyFor('segments/list/')).toBe(800);
    setMockBehavior({ latencyPath: '/segments/estimate' });
    expect(latencyFor('segments/estimate/')).toBe(800);
    expect(latencyFor('segments/list/')).toBe(0);
  });
});
