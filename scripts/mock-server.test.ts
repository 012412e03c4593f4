import { http, passthrough } from 'msw';
import { DA_PATHS } from '@/api/digitalAudience/endpoints';
import {
  DA_SESSION_HEADER,
  DEMO_DA_AUDIENCE_ID,
  DEMO_DA_PASSWORD,
  DEMO_DA_SESSION,
  DEMO_DA_USER,
  DEMO_PUSH0_KEY,
} from '@/api/demo';
import { resetStore } from '@/mocks/backend';
import { server as interceptor } from '@/mocks/node';
import { startMockServer, type MockServer } from './mock-server';

let mock: MockServer;

beforeAll(async () => {
  mock = await startMockServer(0);
});
afterAll(() => mock.close());
// The Vitest setup intercepts every request; this suite must reach the real socket.
beforeEach(() => {
  resetStore();
  interceptor.use(http.all(`http://localhost:${mock.port}/*`, () => passthrough()));
});

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

describe('mock-server: Push0', () => {
  const push0 = (query: string, method = 'GET', body?: unknown) =>
    fetch(`${mock.urls.push0}/segments${query}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${DEMO_PUSH0_KEY}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('creates, lists, patches and deletes a segment over HTTP', async () => {
    expect(mock.urls.push0).toBe(`http://localhost:${mock.port}/push0/v1`);
    const constraints = [{ type: 'AND', constraints: [{ field: 'country', relation: '==', value: 'RU' }] }];
    const created = await push0('', 'POST', { name: 'Over the wire', constraints });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const listed = (await (await push0('?name=over%20the&limit=5')).json()) as Array<{ id: string }>;
    expect(listed.map((segment) => segment.id)).toEqual([id]);
    const patched = await push0('', 'PATCH', { id, description: 'Patched' });
    expect(await patched.json()).toMatchObject({ id, name: 'Over the wire', description: 'Patched', constraints });
    expect((await push0(`?id=${id}`, 'DELETE')).status).toBe(204);
    expect(await (await push0(`?id=${id}`)).json()).toEqual([]);
  });

  it('keeps the Content-Type rule over HTTP', async () => {
    const response = await fetch(`${mock.urls.push0}/segments`, {
      headers: { Authorization: `Bearer ${DEMO_PUSH0_KEY}` },
    });
    expect(response.status).toBe(400);
  });
});

describe('mock-server: Digital Audience (cookie only)', () => {
  const da = (path: string, init: RequestInit = {}) =>
    fetch(`${mock.urls.digitalAudience}/${path}`, {
      ...init,
      headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) },
    });
  const list = DA_PATHS.listByAudience(DEMO_DA_AUDIENCE_ID);

  it('signs in, then lists and extends with the cookie it set', async () => {
    const login = await da(DA_PATHS.login, {
      method: 'POST',
      body: JSON.stringify({ userName: DEMO_DA_USER, password: DEMO_DA_PASSWORD }),
    });
    expect(await login.json()).toEqual({ data: true });
    const [setCookie] = login.headers.getSetCookie();
    expect(setCookie).toMatch(/^digitalAudience=demo-da-session; Path=\/; HttpOnly; SameSite=Lax$/);
    const cookie = setCookie!.split(';')[0]!;

    const listed = await da(list, { headers: { Cookie: cookie } });
    const segments = ((await listed.json()) as { data: Array<{ id: number }> }).data;
    expect(segments).toHaveLength(15);
    const extended = await da(DA_PATHS.updateEndDate, {
      method: 'POST',
      headers: { Cookie: cookie },
      body: JSON.stringify({ segmentid: segments[0]!.id, endDate: '2027-01-31T00:00:00Z' }),
    });
    expect(await extended.json()).toMatchObject({ data: { id: segments[0]!.id, endDate: '2027-01-31T00:00:00.000Z' } });
  });

  it('answers 401 without the cookie, and to the session header alone: only a proxy makes that a cookie', async () => {
    const signIn = { method: 'POST', body: JSON.stringify({ userName: DEMO_DA_USER, password: DEMO_DA_PASSWORD }) };
    await da(DA_PATHS.login, signIn); // a sign-in by another client must not sign this one in
    expect(await (await da(list)).json()).toEqual({ message: 'Session expired. Sign in again.' });
    const headerOnly = await da(list, { headers: { [DA_SESSION_HEADER]: DEMO_DA_SESSION } });
    expect(headerOnly.status).toBe(401);
  });

  it('lets the preflights through for PATCH, DELETE and the session header', async () => {
    const preflight = await fetch(`${mock.urls.digitalAudience}/${list}`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Headers': 'x-da-session' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toBe('GET, POST, PATCH, DELETE, OPTIONS');
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain(DA_SESSION_HEADER);
    expect(preflight.headers.get('Access-Control-Expose-Headers')).toContain('X-Duplicate-Request');
  });
});
