import { ApiError } from '../errors';
import { DA_SESSION_HEADER } from '../demo';
import { createHttpClient } from '../http';
import { SECRET_MASK } from '../provider';
import { scriptedFetch, type ScriptedAnswer } from '../altcraft/testing/fixtures';
import bareList from './fixtures/audience-segments-bare.response.json';
import list from './fixtures/audience-segments.response.json';
import createResponse from './fixtures/createcrmaudience.response.json';
import error401 from './fixtures/error-401.response.json';
import error404 from './fixtures/error-404.response.json';
import error500 from './fixtures/error-500.response.json';
import segment from './fixtures/loadsegmentbyid.response.json';
import loginRejected from './fixtures/login-rejected.response.json';
import loginResponse from './fixtures/login.response.json';
import removeResponse from './fixtures/remove.response.json';
import endDateResponse from './fixtures/updateenddate.response.json';
import { digitalAudienceCapabilities } from './capabilities';
import { DA_PATHS } from './endpoints';
import { createDigitalAudienceProvider } from './provider';
import { transportFor, type DaAuth } from './session';

const BASE = 'https://app.test/proxy/da';
const SESSION: DaAuth = { kind: 'session', session: 'cookie-value-123' };
const LOGIN: DaAuth = { kind: 'login', userName: 'marketer', password: 'pa55word' };

const LIST = 'segment/audience:1001';
const GET = 'Segment/loadsegmentbyid/1';
const LOGIN_PATH = DA_PATHS.login;

/** A fresh Response per use: a scripted answer may be served more than once. */
const respond =
  (status: number, body?: unknown): ScriptedAnswer =>
  () =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });

function setup(routes: Record<string, ScriptedAnswer | ScriptedAnswer[]>, auth: DaAuth = SESSION, audienceId = '1001') {
  const scripted = scriptedFetch(routes, BASE);
  const credentials: Array<RequestCredentials | undefined> = [];
  const fetchImpl: typeof fetch = (input, init) => {
    credentials.push(init?.credentials);
    return scripted.fetch(input, init);
  };
  const provider = createDigitalAudienceProvider({
    baseUrl: BASE,
    connectionId: 'da-1',
    audienceId,
    auth,
    fetch: fetchImpl,
    http: { sleep: async () => {} },
  });
  const paths = () => scripted.calls.map((call) => `${call.method} ${call.path}`);
  return { provider, calls: scripted.calls, credentials, paths };
}

describe('Digital Audience provider: reads', () => {
  it('lists the audience with the session header, unwrapping data', async () => {
    const { provider, calls } = setup({ [LIST]: list });
    const page = await provider.list({ limit: 1, tags: ['ignored'] });
    expect(page.nextCursor).toBeNull();
    expect(page.total).toBe(3);
    expect(page.items.map((item) => item.name)).toEqual([
      'Sports readers NL',
      'Lapsed subscribers BE',
      'Newsletter openers (hashed e-mail)',
    ]);
    const [call] = calls;
    expect(call).toMatchObject({ method: 'GET', url: `${BASE}/segment/audience:1001`, body: undefined });
    expect(call!.headers.get(DA_SESSION_HEADER)).toBe('cookie-value-123');
    expect(call!.headers.get('Content-Type')).toBe('application/json');
    expect(call!.headers.get('Cookie')).toBeNull();
    expect(call!.headers.get('Request-ID')).toBeNull();
    expect(call!.url).not.toContain('cookie-value-123');
  });

  it('accepts a bare array', async () => {
    // An array of answers is a sequence to scriptedFetch: the bare array is its one answer.
    const { provider } = setup({ [LIST]: [bareList] });
    expect((await provider.list()).items.map((item) => item.id)).toEqual([2, 3]);
  });

  it('searches names case-insensitively, here', async () => {
    const { provider, calls } = setup({ [LIST]: list });
    const page = await provider.list({ search: '  NL ' });
    expect(page).toMatchObject({ total: 1, nextCursor: null });
    expect(page.items.map((item) => item.id)).toEqual([1]);
    expect(calls[0]!.url).toBe(`${BASE}/${LIST}`);
  });

  it('escapes the audience id but keeps the route’s colon', async () => {
    const { provider, calls } = setup({ 'segment/audience:a%2Fb': [[]] }, SESSION, 'a/b');
    await provider.list();
    expect(calls[0]!.url).toBe(`${BASE}/segment/audience:a%2Fb`);
  });

  it('gets one segment into the model, and its payload is what came', async () => {
    const { provider, calls } = setup({ [GET]: segment });
    const model = await provider.get('1');
    expect(calls[0]).toMatchObject({ method: 'GET', path: GET });
    expect(model).toMatchObject({ id: 1, name: 'Sports readers NL', kind: 'static', blocks: [] });
    expect(model.lifecycle).toMatchObject({ status: 'Active', endDate: '2025-12-16T00:00:00.000Z' });
    expect(provider.payload(model)).toEqual({ body: segment.data });
  });

  it('proves the connection with the audience’s list', async () => {
    const { provider, paths } = setup({ [LIST]: list });
    await provider.checkConnection();
    expect(paths()).toEqual([`GET ${LIST}`]);
  });

  it('rejects an answer that holds no segment', async () => {
    const { provider } = setup({ [GET]: { data: { message: 'ok' } }, [LIST]: { data: segment.data } });
    await expect(provider.get(1)).rejects.toMatchObject({ code: 'bad_response' });
    await expect(provider.list()).rejects.toMatchObject({ code: 'bad_response' });
  });
});

describe('Digital Audience provider: failures', () => {
  it('a 401 is an expired session that leads to Settings', async () => {
    const { provider, paths } = setup({ [LIST]: respond(401, error401) });
    const error = await provider.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'session_expired',
      status: 401,
      action: 'settings',
      serverText: 'Session expired. Sign in again.',
    });
    expect(paths()).toEqual([`GET ${LIST}`]);
  });

  it('a 404 keeps the vendor’s words', async () => {
    const { provider } = setup({ 'Segment/loadsegmentbyid/999': respond(404, error404) });
    await expect(provider.get(999)).rejects.toMatchObject({ code: 404, serverText: 'Segment 999 not found' });
  });

  it('a 500 is retried like any read, then shows the vendor’s message', async () => {
    const { provider, paths } = setup({ [GET]: respond(500, error500) });
    await expect(provider.get(1)).rejects.toMatchObject({ code: 500, status: 500, serverText: error500.message });
    expect(paths()).toEqual([`GET ${GET}`, `GET ${GET}`, `GET ${GET}`]);
  });

  it('a 500 then a success is a success', async () => {
    const { provider } = setup({ [GET]: [respond(500, error500), segment] });
    await expect(provider.get(1)).resolves.toMatchObject({ id: 1 });
  });
});

describe('Digital Audience provider: session header', () => {
  it('is masked when a request is described', () => {
    const http = createHttpClient({ baseUrl: BASE, token: '', ...transportFor(SESSION) });
    const described = http.describe({ method: 'GET', path: DA_PATHS.listByAudience('1001') });
    expect(described.url).toBe(`${BASE}/${LIST}`);
    expect(described.headers[DA_SESSION_HEADER]).toBe(SECRET_MASK);
    expect(JSON.stringify(described)).not.toContain('cookie-value-123');
  });

  it('is absent for a login connection, which relies on the proxy’s cookie', () => {
    const http = createHttpClient({ baseUrl: BASE, token: '', ...transportFor(LOGIN) });
    const { headers } = http.describe({ method: 'GET', path: LIST });
    expect(Object.keys(headers).sort()).toEqual(['Accept', 'Accept-Language', 'Content-Type']);
  });
});

describe('Digital Audience provider: login', () => {
  it('signs in once before the first request, then reuses the session', async () => {
    const { provider, calls, credentials, paths } = setup(
      { [LOGIN_PATH]: loginResponse, [LIST]: list, [GET]: segment },
      LOGIN,
    );
    await provider.list();
    await provider.get(1);
    expect(paths()).toEqual([`POST ${LOGIN_PATH}`, `GET ${LIST}`, `GET ${GET}`]);
    expect(calls[0]!.body).toEqual({ userName: 'marketer', password: 'pa55word' });
    expect(credentials).toEqual(['same-origin', 'same-origin', 'same-origin']);
    for (const call of calls) expect(call.headers.get(DA_SESSION_HEADER)).toBeNull();
  });

  it('shares one sign-in between concurrent requests', async () => {
    const { provider, paths } = setup({ [LOGIN_PATH]: loginResponse, [LIST]: list, [GET]: segment }, LOGIN);
    await Promise.all([provider.list(), provider.get(1), provider.checkConnection()]);
    expect(paths().filter((path) => path === `POST ${LOGIN_PATH}`)).toHaveLength(1);
  });

  it('accepts a bare true', async () => {
    const { provider } = setup({ [LOGIN_PATH]: true, [LIST]: list }, LOGIN);
    await expect(provider.list()).resolves.toMatchObject({ total: 3 });
  });

  it('a rejected login is a 401 with the vendor’s words, and the next request tries again', async () => {
    const { provider, paths } = setup(
      { [LOGIN_PATH]: [respond(401, loginRejected), loginResponse], [LIST]: list },
      LOGIN,
    );
    const error = await provider.list().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 401, status: 401, serverText: 'Invalid user name or password' });
    expect(paths()).toEqual([`POST ${LOGIN_PATH}`]);
    await expect(provider.list()).resolves.toMatchObject({ total: 3 });
    expect(paths()).toEqual([`POST ${LOGIN_PATH}`, `POST ${LOGIN_PATH}`, `GET ${LIST}`]);
  });

  it('a login answering false is a 401 too', async () => {
    const { provider } = setup({ [LOGIN_PATH]: { data: false } }, LOGIN);
    await expect(provider.list()).rejects.toMatchObject({ code: 401 });
  });

  it('a login at a wrong address keeps its 404', async () => {
    const { provider } = setup({ [LOGIN_PATH]: respond(404, { message: 'Not found' }) }, LOGIN);
    await expect(provider.list()).rejects.toMatchObject({ code: 404 });
  });

  it('a 401 on a read signs in afresh once and repeats the read', async () => {
    const { provider, paths } = setup({ [LOGIN_PATH]: loginResponse, [LIST]: [respond(401, error401), list] }, LOGIN);
    await expect(provider.list()).resolves.toMatchObject({ total: 3 });
    expect(paths()).toEqual([`POST ${LOGIN_PATH}`, `GET ${LIST}`, `POST ${LOGIN_PATH}`, `GET ${LIST}`]);
  });

  it('a read still refused after the fresh sign-in is an expired session', async () => {
    const { provider, paths } = setup({ [LOGIN_PATH]: loginResponse, [LIST]: respond(401, error401) }, LOGIN);
    await expect(provider.list()).rejects.toMatchObject({ code: 'session_expired', status: 401 });
    expect(paths()).toEqual([`POST ${LOGIN_PATH}`, `GET ${LIST}`, `POST ${LOGIN_PATH}`, `GET ${LIST}`]);
  });

  it('a 401 on a write is not repeated; the next request signs in first', async () => {
    const { provider, paths } = setup(
      { [LOGIN_PATH]: loginResponse, 'segment/1': respond(401, error401), [LIST]: list },
      LOGIN,
    );
    await expect(provider.remove(1)).rejects.toMatchObject({ code: 'session_expired', status: 401 });
    expect(paths()).toEqual([`POST ${LOGIN_PATH}`, `DELETE segment/1`]);
    await provider.list();
    expect(paths()).toEqual([`POST ${LOGIN_PATH}`, `DELETE segment/1`, `POST ${LOGIN_PATH}`, `GET ${LIST}`]);
  });

  it('an aborted caller stops waiting for the shared sign-in', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { provider } = setup({ [LOGIN_PATH]: async () => gate.then(() => loginResponse), [LIST]: list }, LOGIN);
    const controller = new AbortController();
    const first = provider.list({ signal: controller.signal });
    const second = provider.list();
    controller.abort();
    await expect(first).rejects.toMatchObject({ code: 'aborted' });
    release();
    await expect(second).resolves.toMatchObject({ total: 3 });
  });
});

describe('Digital Audience provider: writes', () => {
  it('moves the end date and answers the segment', async () => {
    const { provider, calls } = setup({ [DA_PATHS.updateEndDate]: endDateResponse });
    const model = await provider.updateEndDate!('1', '2026-01-31');
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: `${BASE}/api/segment/updateenddate`,
      body: { segmentid: 1, endDate: '2026-01-31T00:00:00.000Z' },
    });
    expect(calls[0]!.headers.get(DA_SESSION_HEADER)).toBe('cookie-value-123');
    expect(model.lifecycle?.endDate).toBe('2025-12-16T11:36:10.687Z');
    expect(provider.payload(model).body).toEqual(endDateResponse.data);
  });

  it('reads the segment back when updateenddate only acknowledges', async () => {
    const { provider, paths } = setup({ [DA_PATHS.updateEndDate]: { data: true }, [GET]: segment });
    await expect(provider.updateEndDate!(1, '2026-01-31T00:00:00Z')).resolves.toMatchObject({ id: 1 });
    expect(paths()).toEqual([`POST ${DA_PATHS.updateEndDate}`, `GET ${GET}`]);
  });

  it('does not repeat a failed write', async () => {
    const { provider, paths } = setup({ [DA_PATHS.updateEndDate]: respond(500, error500) });
    await expect(provider.updateEndDate!(1, '2026-01-31')).rejects.toMatchObject({
      code: 500,
      serverText: error500.message,
    });
    expect(paths()).toHaveLength(1);
  });

  it('deletes with DELETE, whatever the 2xx body', async () => {
    const { provider, calls } = setup({ 'segment/7': [removeResponse, respond(204)] });
    await provider.remove(7);
    await provider.remove(7);
    expect(calls.map((call) => [call.method, call.url, call.body])).toEqual([
      ['DELETE', `${BASE}/segment/7`, undefined],
      ['DELETE', `${BASE}/segment/7`, undefined],
    ]);
  });

  it('creates an audience; the campaign id goes as a number, a blank description not at all', async () => {
    const { provider, calls } = setup({ [DA_PATHS.createAudience]: createResponse });
    const created = await provider.createAudience!({
      name: 'Black Friday lookalikes',
      description: ' ',
      campaignId: ' 77 ',
    });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      path: 'audience/create/api/audience/createcrmaudience',
      body: { name: 'Black Friday lookalikes', campaignId: 77 },
    });
    expect(calls[0]!.body).not.toHaveProperty('description');
    expect(created).toEqual({ id: 2203, name: 'Black Friday lookalikes' });
  });

  it('names a created audience after the input when the answer has no name', async () => {
    const { provider, calls } = setup({ [DA_PATHS.createAudience]: { data: { id: '9' } } });
    const created = await provider.createAudience!({ name: 'CRM', description: 'From CRM', campaignId: 'c-80' });
    expect(calls[0]!.body).toEqual({ name: 'CRM', description: 'From CRM', campaignId: 'c-80' });
    expect(created).toEqual({ id: '9', name: 'CRM' });
  });
});

describe('Digital Audience provider: what it cannot do', () => {
  it('has the capabilities of a read-only, rule-less backend', () => {
    const { provider } = setup({});
    expect(provider.capabilities).toBe(digitalAudienceCapabilities);
    expect(provider.capabilities).toMatchObject({
      kinds: ['static'],
      conditions: false,
      editing: false,
      databases: false,
      sizes: false,
      lifecycle: true,
      audiences: true,
      maxDepth: 1,
      operators: {},
    });
    expect(provider.connectionId).toBe('da-1');
  });

  it('refuses rule and count work without a request', async () => {
    const { provider, calls } = setup({});
    const model = { name: 'x', tags: [], kind: 'static', refreshDaily: false, databaseId: 0, blocks: [] } as const;
    const refusals: Array<Promise<unknown>> = [
      provider.create({ ...model, tags: [], blocks: [] }),
      provider.update({ ...model, id: 1, tags: [], blocks: [] }),
      provider.writeRequest({ ...model, id: 1, tags: [], blocks: [] }),
      provider.counts(1),
      provider.refreshCounts(1),
      provider.taskStatus('t'),
      provider.addStaticMembers(1, 0, ['p']),
      provider.removeStaticMembers(1, 0, ['p']),
    ];
    for (const refusal of refusals) await expect(refusal).rejects.toMatchObject({ code: 'unsupported' });
    // Each says why in the reader's language, naming the vendor.
    const said = await Promise.all(refusals.map((refusal) => refusal.catch((error: ApiError) => error.text('ru'))));
    expect(said).toEqual([
      ...Array<string>(3).fill(
        'Этот бэкенд не может это сохранить. У сегментов Digital Audience нет правил: их создают на платформе поставщика.',
      ),
      'Этот бэкенд не может это сохранить. Digital Audience не считает охват по каналам.',
      'Этот бэкенд не может это сохранить. Digital Audience не считает охват по каналам.',
      'Этот бэкенд не может это сохранить. У Digital Audience нет фоновых задач.',
      'Этот бэкенд не может это сохранить. В сегменты Digital Audience здесь нельзя добавлять участников.',
      'Этот бэкенд не может это сохранить. Из сегментов Digital Audience здесь нельзя удалять участников.',
    ]);
    await expect(provider.databases()).resolves.toEqual([]);
    await expect(provider.fieldCatalog(0)).resolves.toEqual([]);
    expect(provider.estimate).toBeUndefined();
    expect(provider.checkProfile).toBeUndefined();
    expect(calls).toEqual([]);
  });
});
