import type { AddressInfo } from 'node:net';
import { http, passthrough } from 'msw';
import { createServer, type ViteDevServer } from 'vite';
import { DA_PATHS } from '@/api/digitalAudience/endpoints';
import { DEMO_DA_AUDIENCE_ID, DEMO_DA_PASSWORD, DEMO_DA_USER, DEMO_PUSH0_KEY } from '@/api/demo';
import { resetStore } from '@/mocks/backend';
import { server as interceptor } from '@/mocks/node';
import { startMockServer, type MockServer } from './mock-server';
import { parseProxyTargets, proxyConfig, sessionHeaderToCookie, type OutgoingHeaders } from './proxy';

describe('parseProxyTargets', () => {
  it('reads name=url pairs', () => {
    expect(parseProxyTargets(' da=http://localhost:8787/da , push0=https://api.push0.com/v1,')).toEqual({
      targets: [
        { name: 'da', target: 'http://localhost:8787/da' },
        { name: 'push0', target: 'https://api.push0.com/v1' },
      ],
      errors: [],
    });
    expect(parseProxyTargets(undefined)).toEqual({ targets: [], errors: [] });
  });

  it('leaves out malformed entries and says why, without echoing the URL', () => {
    const { targets, errors } = parseProxyTargets(
      'nourl,bad name=http://a.test,ftp=ftp://a.test,rel=/da,creds=https://user:secret@a.test,ok=http://a.test,ok=http://b.test',
    );
    expect(targets).toEqual([{ name: 'ok', target: 'http://a.test' }]);
    expect(errors).toEqual([
      'VITE_PROXY_TARGETS entry 1 ignored: expected name=url',
      'VITE_PROXY_TARGETS entry 2 ("bad name") ignored: the name must be letters, digits, "-" or "_"',
      'VITE_PROXY_TARGETS entry 3 ("ftp") ignored: the target must be http:// or https://',
      'VITE_PROXY_TARGETS entry 4 ("rel") ignored: the target is not an absolute URL',
      'VITE_PROXY_TARGETS entry 5 ("creds") ignored: the target must not carry credentials',
      'VITE_PROXY_TARGETS entry 7 ("ok") ignored: the name is already used',
    ]);
    expect(errors.join('\n')).not.toContain('secret');
  });
});

describe('proxyConfig', () => {
  it('puts named targets before the single /proxy target, and reports bad entries', () => {
    const reported: string[] = [];
    const config = proxyConfig(
      { VITE_PROXY_TARGETS: 'da=http://localhost:8787/da,broken', VITE_PROXY_TARGET: 'https://altcraft.test' },
      (message) => reported.push(message),
    )!;
    expect(Object.keys(config)).toEqual(['^\\/proxy\\/da(?=[/?]|$)', '^\\/proxy(?=[/?]|$)']);
    expect(reported).toEqual(['VITE_PROXY_TARGETS entry 2 ignored: expected name=url']);
    const [named, single] = Object.values(config);
    expect(named).toMatchObject({
      target: 'http://localhost:8787/da',
      changeOrigin: true,
      cookieDomainRewrite: '',
      cookiePathRewrite: '/proxy/da',
    });
    expect(single).toMatchObject({ target: 'https://altcraft.test', cookiePathRewrite: '/proxy' });
    expect(named!.rewrite!('/proxy/da/segment/audience:1001')).toBe('/segment/audience:1001');
    expect(named!.rewrite!('/proxy/da?x=1')).toBe('/?x=1');
    expect(single!.rewrite!('/proxy/api/v1.1/segments/list/')).toBe('/api/v1.1/segments/list/');
  });

  it('matches a name only as a whole path segment', () => {
    const config = proxyConfig({ VITE_PROXY_TARGETS: 'da=http://a.test' }, () => {})!;
    const matches = new RegExp(Object.keys(config)[0]!);
    expect(matches.test('/proxy/da/segment/1')).toBe(true);
    expect(matches.test('/proxy/da')).toBe(true);
    expect(matches.test('/proxy/dashboard')).toBe(false);
  });

  it('proxies nothing without targets, and rejects a malformed single target', () => {
    const reported: string[] = [];
    expect(proxyConfig({}, (message) => reported.push(message))).toBeUndefined();
    expect(proxyConfig({ VITE_PROXY_TARGET: 'localhost:8787' }, (message) => reported.push(message))).toBeUndefined();
    expect(reported).toEqual(['VITE_PROXY_TARGET ignored: the target must be http:// or https://']);
  });
});

/** A stand-in for the outgoing ClientRequest, with Node's case-insensitive header names. */
function outgoing(headers: Record<string, string | string[]>): OutgoingHeaders & { headers: Record<string, unknown> } {
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return {
    headers: lower,
    getHeader: (name) => lower[name.toLowerCase()],
    setHeader: (name, value) => (lower[name.toLowerCase()] = value),
    removeHeader: (name) => delete lower[name.toLowerCase()],
  };
}

describe('sessionHeaderToCookie', () => {
  it('moves the session header into the cookie, next to the cookies already sent', () => {
    const request = outgoing({ 'X-DA-Session': 'abc', Cookie: 'theme=dark; digitalAudience=old' });
    sessionHeaderToCookie(request);
    expect(request.headers).toEqual({ cookie: 'theme=dark; digitalAudience=abc' });
    const alone = outgoing({ 'x-da-session': 'abc' });
    sessionHeaderToCookie(alone);
    expect(alone.headers).toEqual({ cookie: 'digitalAudience=abc' });
  });

  it('leaves requests without the header alone, and drops a value that could smuggle in cookies', () => {
    const plain = outgoing({ Cookie: 'a=1' });
    sessionHeaderToCookie(plain);
    expect(plain.headers).toEqual({ cookie: 'a=1' });
    const smuggled = outgoing({ 'x-da-session': 'abc; admin=1' });
    sessionHeaderToCookie(smuggled);
    expect(smuggled.headers).toEqual({});
  });
});

describe('the dev server proxy, end to end', () => {
  let mock: MockServer;
  let vite: ViteDevServer;
  let origin: string;

  beforeAll(async () => {
    mock = await startMockServer(0);
    const proxy = proxyConfig({ VITE_PROXY_TARGETS: `da=${mock.urls.digitalAudience},push0=${mock.urls.push0}` });
    vite = await createServer({
      configFile: false,
      logLevel: 'silent',
      appType: 'custom',
      optimizeDeps: { noDiscovery: true, include: [] },
      server: { port: 0, host: 'localhost', proxy, ws: false, watch: null },
    });
    await vite.listen();
    origin = `http://localhost:${(vite.httpServer!.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await vite.close();
    await mock.close();
  });
  beforeEach(() => {
    resetStore();
    // The Vitest setup intercepts every request; these must reach the real sockets.
    interceptor.use(http.all('http://localhost:*/*', () => passthrough()));
  });

  const list = DA_PATHS.listByAudience(DEMO_DA_AUDIENCE_ID);

  it('turns the session header into the cookie the mock server insists on', async () => {
    const direct = await fetch(`${mock.urls.digitalAudience}/${list}`, {
      headers: { 'X-DA-Session': 'demo-da-session' },
    });
    expect(direct.status).toBe(401);
    const proxied = await fetch(`${origin}/proxy/da/${list}`, { headers: { 'X-DA-Session': 'demo-da-session' } });
    expect(proxied.status).toBe(200);
    expect(((await proxied.json()) as { data: unknown[] }).data).toHaveLength(15);
  });

  it('keeps a sign-in cookie for the app origin, under the proxy path', async () => {
    const login = await fetch(`${origin}/proxy/da/${DA_PATHS.login}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userName: DEMO_DA_USER, password: DEMO_DA_PASSWORD }),
    });
    expect(login.headers.getSetCookie()).toEqual([
      'digitalAudience=demo-da-session; Path=/proxy/da; HttpOnly; SameSite=Lax',
    ]);
    const withCookie = await fetch(`${origin}/proxy/da/${list}`, {
      headers: { Cookie: 'digitalAudience=demo-da-session' },
    });
    expect(withCookie.status).toBe(200);
  });

  it('appends the rest of the path and the query to the target path', async () => {
    const response = await fetch(`${origin}/proxy/push0/segments?name=moscow`, {
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${DEMO_PUSH0_KEY}` },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as unknown[]).length).toBe(2);
  });
});
