import { DA_PATHS } from '@/api/digitalAudience/endpoints';
import { DEMO_DA_AUDIENCE_ID, DEMO_DA_PASSWORD, DEMO_DA_USER } from '@/api/demo';
import { server } from '../node';
import { resetStore } from '../backend';
import { digitalAudienceHandlers } from './handlers';
import { SESSION_SET_COOKIE } from './session';
import { da } from './testing';

beforeEach(() => resetStore());

const login = (body: unknown, baseUrl?: string) =>
  da<{ data?: boolean; message?: string }>(DA_PATHS.login, {
    method: 'POST',
    body,
    session: null,
    ...(baseUrl ? { baseUrl } : {}),
  });

describe('login behind a proxy (the mock server: cookie only, kept by the client)', () => {
  const REMOTE = 'https://da.remote.test/da';
  beforeEach(() => server.use(...digitalAudienceHandlers(REMOTE, { acceptSessionHeader: false, cookieJar: 'client' })));

  it('sets the session cookie for the client, never for a jar of its own', async () => {
    const signedIn = await login({ userName: DEMO_DA_USER, password: DEMO_DA_PASSWORD }, REMOTE);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toEqual({ data: true });
    expect(signedIn.headers.get('Set-Cookie')).toBe(SESSION_SET_COOKIE);

    const list = DA_PATHS.listByAudience(DEMO_DA_AUDIENCE_ID);
    // Nobody sends the cookie back, so the next request has no session...
    expect((await da(list, { baseUrl: REMOTE, session: null })).status).toBe(401);
    // ...and the session header alone is not enough without a proxy to turn it into the cookie.
    expect((await da(list, { baseUrl: REMOTE })).status).toBe(401);
    const withCookie = await da(list, {
      baseUrl: REMOTE,
      session: null,
      headers: { Cookie: 'digitalAudience=demo-da-session' },
    });
    expect(withCookie.status).toBe(200);
  });
});

describe('login in the browser demo (MSW keeps the cookie, as a browser would)', () => {
  it('refuses wrong credentials with the vendor-style message, and a malformed body with 400', async () => {
    expect(await login({ userName: DEMO_DA_USER, password: 'guess' })).toMatchObject({
      status: 401,
      body: { message: 'Invalid user name or password' },
    });
    expect((await login({ user: DEMO_DA_USER })).status).toBe(400);
  });

  it('answers {data: true} and the cookie comes back with later requests', async () => {
    const list = DA_PATHS.listByAudience(DEMO_DA_AUDIENCE_ID);
    expect((await da(list, { session: null })).status).toBe(401);
    const signedIn = await login({ userName: DEMO_DA_USER, password: DEMO_DA_PASSWORD });
    expect(signedIn).toMatchObject({ status: 200, body: { data: true } });
    const after = await da<{ data: unknown[] }>(list, { session: null });
    expect(after.status).toBe(200);
    expect(after.body.data).toHaveLength(15);
  });
});
