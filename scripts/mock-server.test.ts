import { http, passthrough } from 'msw';
import { server as interceptor } from '@/mocks/node';
import { startMockServer, type MockServer } from './mock-server';

let mock: MockServer;

beforeAll(async () => {
  mock = await startMockServer(0);
});
afterAll(() => mock.close());
// The Vitest setup intercepts every request; this suite must reach the real socket.
beforeEach(() => interceptor.use(http.all(`http://localhost:${mock.port}/*`, () => passthrough())));

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${mock.url}/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer demo-token', ...headers },
    body: JSON.stringify(body),
  });

describe('mock-server', () => {
  it('serves the Altcraft methods over HTTP with CORS', async () => {
    const response = await post('databases/list/', {}, { Origin: 'http://localhost:4173' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:4173');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('Duplicate-Request');
    const body = (await response.json()) as { error: number; total_count: number };
    expect(body).toMatchObject({ error: 0, total_count: 3 });
  });

  it('answers preflights and the health check', async () => {
    const preflight = await fetch(`${mock.url}/segments/add/`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://example.test', 'Access-Control-Request-Headers': 'authorization,request-id' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('Request-ID');
    const health = await fetch(`http://localhost:${mock.port}/health`);
    expect(await health.json()).toEqual({ ok: true });
  });

  it('replays a repeated Request-ID with the Duplicate-Request header visible to the app', async () => {
    const body = { name: 'Over the wire', is_static: true, list_id: 1 };
    const first = await post('segments/add/', body, { 'Request-ID': 'wire-1' });
    const again = await post('segments/add/', body, { 'Request-ID': 'wire-1' });
    expect(await again.json()).toEqual(await first.json());
    expect(again.headers.get('Duplicate-Request')).toBe('true');
  });

  it('answers 401 without the token', async () => {
    const response = await fetch(`${mock.url}/segments/list/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(await response.json()).toMatchObject({ error: 401, error_text: 'API token required' });
  });
});
