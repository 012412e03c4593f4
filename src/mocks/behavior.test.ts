import {
  clientOf,
  DEMO_CLIENT_HEADER,
  getMockBehavior,
  latencyFor,
  resetMockBehavior,
  setMockBehavior,
  takeFailure,
} from './behavior';

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
    expect(getMockBehavior()).toEqual({
      latencyMs: 300,
      latencyPath: null,
      failNext: null,
      offline: true,
      storageFull: false,
    });
    resetMockBehavior();
    expect(getMockBehavior()).toEqual({
      latencyMs: 0,
      latencyPath: null,
      failNext: null,
      offline: false,
      storageFull: false,
    });
  });

  it('delays every method, or only the one named', () => {
    setMockBehavior({ latencyMs: 800 });
    expect(latencyFor('segments/list/')).toBe(800);
    setMockBehavior({ latencyPath: '/segments/estimate' });
    expect(latencyFor('segments/estimate/')).toBe(800);
    expect(latencyFor('segments/list/')).toBe(0);
  });

  it("keeps each tab's faults apart: one tab's armed failure never fails another's request", () => {
    setMockBehavior({ failNext: { path: 'segments/get', times: 1 }, offline: true }, 'tab-a');
    expect(takeFailure('segments/get', 'tab-b')).toBeNull();
    expect(takeFailure('segments/get')).toBeNull();
    expect(getMockBehavior('tab-b').offline).toBe(false);
    expect(takeFailure('segments/get', 'tab-a')).toEqual({ status: 200, error: 500 });
    resetMockBehavior('tab-a');
    expect(getMockBehavior('tab-a').offline).toBe(false);
  });

  it('tells the tab from the request header, and requests without it share the default', () => {
    const tagged = new Request('https://demo.invalid/', { headers: { [DEMO_CLIENT_HEADER]: 'tab-a' } });
    expect(clientOf(tagged)).toBe('tab-a');
    expect(clientOf(new Request('https://demo.invalid/'))).toBe('');
  });
});
