import { DEMO_BASE_URL, DEMO_TOKEN } from '@/api/demo';
import { currentBackend, resetStore } from '../backend';
import { getMockBehavior, resetMockBehavior, setMockBehavior } from '../behavior';
import { call } from '../testing/call';

beforeEach(() => {
  resetStore();
  resetMockBehavior();
});

const staticBody = (name: string) => ({ name, is_static: true, list_id: 1 });

describe('authorization', () => {
  it('answers 401 without a token, or with a wrong one', async () => {
    const missing = await call('segments/list/', {}, { token: null });
    expect(missing.status).toBe(200);
    expect(missing.body).toEqual({ error: 401, error_text: 'API token required', data: null });
    expect((await call('segments/list/', {}, { token: 'stolen' })).body.error).toBe(401);
    expect((await call('segments/list/', { token: 'stolen' }, { token: null })).body.error).toBe(401);
  });

  it('accepts the token in the body, as documented', async () => {
    const { body } = await call('databases/list/', { token: DEMO_TOKEN }, { token: null });
    expect(body.error).toBe(0);
  });

  it('never stores a body token with the data', async () => {
    const { body } = await call<{ saved_id: number }>('segments/add/', {
      ...staticBody('With token'),
      token: DEMO_TOKEN,
    });
    expect(JSON.stringify(currentBackend().store.segment(body.data.saved_id))).not.toContain(DEMO_TOKEN);
  });
});

describe('request format', () => {
  it('answers 415 for a body that is not JSON by its Content-Type', async () => {
    const { body } = await call('segments/list/', {}, { headers: { 'Content-Type': 'text/plain' } });
    expect(body.error).toBe(415);
  });

  it('answers 400 for a malformed JSON body', async () => {
    const response = await fetch(`${DEMO_BASE_URL}/segments/list/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${DEMO_TOKEN}` },
      body: '{"from_id": ',
    });
    expect(((await response.json()) as { error: number }).error).toBe(400);
    const array = await call('segments/list/', [1, 2]);
    expect(array.body.error).toBe(400);
  });

  it('takes an empty body as no parameters', async () => {
    const response = await fetch(`${DEMO_BASE_URL}/databases/list/`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEMO_TOKEN}` },
    });
    expect(((await response.json()) as { error: number }).error).toBe(0);
  });
});

describe('request deduplication', () => {
  it('replays the first answer to a repeated Request-ID without writing twice', async () => {
    const headers = { 'Request-ID': 'f5a1c3e0-0000-4000-8000-000000000001' };
    const before = currentBackend().store.segments().length;
    const first = await call<{ saved_id: number }>('segments/add/', staticBody('Once only'), { headers });
    const again = await call<{ saved_id: number }>('segments/add/', staticBody('Once only'), { headers });
    expect(again.body).toEqual(first.body);
    expect(first.headers.get('Duplicate-Request')).toBeNull();
    expect(again.headers.get('Duplicate-Request')).toBe('true');
    expect(again.headers.get('Duplicate-Key')).toBe(headers['Request-ID']);
    expect(currentBackend().store.segments()).toHaveLength(before + 1);

    // A fresh Request-ID is a new write: this one collides with the name just saved.
    const fresh = await call('segments/add/', staticBody('Once only'), { headers: { 'Request-ID': 'another' } });
    expect(fresh.body.error).toBe(409);
  });

  it('replays a first error answer too, but never deduplicates reads', async () => {
    const headers = { 'Request-ID': 'repeat-me' };
    const first = await call('segments/delete/', { id: 9999 }, { headers });
    const again = await call('segments/delete/', { id: 9999 }, { headers });
    expect(first.body.error).toBe(404);
    expect(again.headers.get('Duplicate-Request')).toBe('true');
    const read = await call('segments/get/', { id: 1 }, { headers: { 'Request-ID': 'read' } });
    const reread = await call('segments/get/', { id: 1 }, { headers: { 'Request-ID': 'read' } });
    expect(read.headers.get('Duplicate-Request')).toBeNull();
    expect(reread.headers.get('Duplicate-Request')).toBeNull();
  });
});

describe('fault injection', () => {
  it('fails the next matching requests with the given HTTP status, then recovers', async () => {
    setMockBehavior({ failNext: { path: 'segments/get', status: 503, times: 2 } });
    expect((await call('segments/list/', {})).body.error).toBe(0);
    for (let i = 0; i < 2; i++) {
      const failed = await call('segments/get/', { id: 1 });
      expect(failed.status).toBe(503);
      expect(failed.body.error).toBe(503);
    }
    expect((await call('segments/get/', { id: 1 })).body.error).toBe(0);
    expect(getMockBehavior().failNext).toBeNull();
  });

  it('can fail inside the envelope with HTTP 200, and does not record the write for replay', async () => {
    setMockBehavior({ failNext: { error: 429 } });
    const headers = { 'Request-ID': 'retry-after-fault' };
    const failed = await call('segments/add/', staticBody('Retried'), { headers });
    expect(failed.status).toBe(200);
    expect(failed.body.error).toBe(429);
    const retried = await call<{ saved_id: number }>('segments/add/', staticBody('Retried'), { headers });
    expect(retried.body.error).toBe(0);
    expect(retried.headers.get('Duplicate-Request')).toBeNull();
  });

  it('simulates an outage and latency', async () => {
    setMockBehavior({ offline: true });
    await expect(call('segments/list/', {})).rejects.toBeInstanceOf(TypeError);
    setMockBehavior({ offline: false, latencyMs: 120 });
    const started = Date.now();
    expect((await call('databases/list/', {})).body.error).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    resetMockBehavior();
    expect(getMockBehavior()).toEqual({
      latencyMs: 0,
      latencyPath: null,
      failNext: null,
      offline: false,
      storageFull: false,
    });
  });
});

describe('unknown methods', () => {
  it('answer 501 in the envelope', async () => {
    const { status, body } = await call('segments/explode/', {});
    expect(status).toBe(200);
    expect(body).toEqual({ error: 501, error_text: 'The method does not exist', data: null });
  });
});
