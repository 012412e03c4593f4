import type { Segment } from '@/domain/model';
import { ApiError } from '../errors';
import { NO_DATABASE, SECRET_MASK } from '../provider';
import { push0Capabilities } from './capabilities';
import { fromWire } from './convert';
import { PUSH0_FIELDS } from './fields';
import createId from './fixtures/create-id.response.json';
import createSegment from './fixtures/create-segment.response.json';
import createString from './fixtures/create-string.response.json';
import error400 from './fixtures/error-400.response.json';
import error403 from './fixtures/error-403.response.json';
import error429 from './fixtures/error-429.response.json';
import get from './fixtures/get.response.json';
import list from './fixtures/list.response.json';
import { createPush0Provider } from './provider';
import { reply, scriptedFetch, TEST_BASE_URL, type ScriptedAnswer } from './testing/scriptedFetch';

function setup(routes: Record<string, ScriptedAnswer[]>) {
  const scripted = scriptedFetch(routes);
  const provider = createPush0Provider({
    baseUrl: TEST_BASE_URL,
    token: 'push0-secret',
    connectionId: 'conn-p0',
    fetch: scripted.fetch,
    http: { sleep: async () => {} },
  });
  return { provider, calls: scripted.calls };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => new Error('expected a failure'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const draft: Segment = {
  name: 'Pixel owners',
  description: 'Google phones',
  tags: [],
  kind: 'dynamic',
  refreshDaily: false,
  databaseId: NO_DATABASE,
  blocks: [
    {
      databaseId: NO_DATABASE,
      sample: { from: 0, to: 100 },
      limit: 0,
      root: {
        type: 'group',
        id: 'r',
        combinator: 'and',
        children: [
          {
            type: 'condition',
            id: 'c',
            field: 'deviceModel',
            operator: 'begins_with',
            value: { kind: 'one', value: 'Pixel' },
          },
        ],
      },
    },
  ],
};
const draftBody = {
  name: 'Pixel owners',
  description: 'Google phones',
  constraints: [{ type: 'AND', constraints: [{ field: 'deviceModel', relation: 'starts_with', value: 'Pixel' }] }],
};

describe('Push0 provider', () => {
  it('lists the first page with the key and Content-Type, and no Request-ID', async () => {
    const { provider, calls } = setup({ 'GET segments': [list] });
    const page = await provider.list();
    expect(page).toMatchObject({ nextCursor: null, total: null });
    expect(page.items.map((item) => [item.id, item.name])).toEqual([
      ['sg_0a1b2c3d4e5f', 'Lapsed 30+ days'],
      ['sg_1b2c3d4e5f6a', 'Samsung or Xiaomi phones'],
      ['seg_2c3d4e5f6a7b', 'Beta testers in Poland'],
    ]);
    expect(page.items[1]).toEqual({
      id: 'sg_1b2c3d4e5f6a',
      name: 'Samsung or Xiaomi phones',
      tags: [],
      kind: 'dynamic',
      createdAt: new Date(1760054400000).toISOString(),
      updatedAt: new Date(1760054400000).toISOString(),
    });
    const [call] = calls;
    expect(call).toMatchObject({
      method: 'GET',
      path: 'segments',
      query: [
        ['page', '1'],
        ['limit', '50'],
      ],
      body: undefined,
    });
    expect(call!.headers.get('Authorization')).toBe('Bearer push0-secret');
    expect(call!.headers.get('Content-Type')).toBe('application/json');
    expect(call!.headers.get('Request-ID')).toBeNull();
    expect(call!.url).not.toContain('push0-secret');
  });

  it('pages by number: a full page points at the next one', async () => {
    const { provider, calls } = setup({ 'GET segments': [list] });
    expect((await provider.list({ cursor: 4, limit: 3 })).nextCursor).toBe(5);
    expect((await provider.list({ cursor: 5, limit: 500 })).nextCursor).toBeNull();
    expect(calls.map((call) => call.query)).toEqual([
      [
        ['page', '4'],
        ['limit', '3'],
      ],
      [
        ['page', '5'],
        ['limit', '100'],
      ],
    ]);
  });

  it('searches on the server by name', async () => {
    const { provider, calls } = setup({ 'GET segments': [[]] });
    await provider.list({ search: '  Beta ', tags: ['ignored'] });
    await provider.list({ search: '   ' });
    expect(calls.map((call) => call.query)).toEqual([
      [
        ['page', '1'],
        ['limit', '50'],
        ['name', 'Beta'],
      ],
      [
        ['page', '1'],
        ['limit', '50'],
      ],
    ]);
  });

  it('gets one segment by id and refuses an empty answer or another segment as 404', async () => {
    const { provider, calls } = setup({ 'GET segments': [get, [], list] });
    const segment = await provider.get('seg_3d4e5f6a7b8c');
    expect(segment).toMatchObject({ id: 'seg_3d4e5f6a7b8c', kind: 'dynamic', origin: { vendor: 'push0' } });
    expect(calls[0]!.query).toEqual([['id', 'seg_3d4e5f6a7b8c']]);
    expect((await failure(provider.get('sg_gone'))).code).toBe(404);
    expect((await failure(provider.get('sg_gone'))).code).toBe(404);
  });

  it.each([
    ['a bare string', createString, 200],
    ['{id}', createId, 201],
    ['the whole segment', createSegment, 201],
  ])('creates with POST and reads the id from %s', async (_name, answer, status) => {
    const { provider, calls } = setup({ 'POST segments': [reply(status, answer)] });
    expect(await provider.create(draft)).toEqual({ id: 'sg_8f3k2m9q1x7a' });
    expect(calls[0]).toMatchObject({ method: 'POST', path: 'segments', query: [], body: draftBody });
    expect(calls[0]!.headers.get('Request-ID')).toBeNull();
  });

  it('refuses a create answer without an id', async () => {
    const { provider } = setup({ 'POST segments': [reply(201), { name: 'x' }] });
    expect((await failure(provider.create(draft))).code).toBe('bad_response');
    expect((await failure(provider.create(draft))).code).toBe('bad_response');
  });

  it('updates with PATCH of only what changed, whatever the answer', async () => {
    const { provider, calls } = setup({ 'PATCH segments': [reply(204), { ok: true }] });
    const read = fromWire(get[0]);
    expect(await provider.update({ ...read, name: 'Renamed' })).toEqual({ id: 'seg_3d4e5f6a7b8c' });
    expect(await provider.update(read)).toEqual({ id: 'seg_3d4e5f6a7b8c' });
    expect(calls.map((call) => [call.method, call.query, call.body])).toEqual([
      ['PATCH', [], { id: 'seg_3d4e5f6a7b8c', name: 'Renamed' }],
      ['PATCH', [], { id: 'seg_3d4e5f6a7b8c' }],
    ]);
  });

  it('deletes with DELETE ?id=, Content-Type included, no body', async () => {
    const { provider, calls } = setup({ 'DELETE segments': [reply(204)] });
    await provider.remove('sg_1');
    expect(calls[0]).toMatchObject({ method: 'DELETE', path: 'segments', query: [['id', 'sg_1']], body: undefined });
    expect(calls[0]!.headers.get('Content-Type')).toBe('application/json');
  });

  it('previews the exact save request with the key masked, sending nothing', async () => {
    const { provider, calls } = setup({});
    expect(await provider.writeRequest(draft)).toEqual({
      method: 'POST',
      url: `${TEST_BASE_URL}/segments`,
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Accept-Language': 'en',
        Authorization: `Bearer ${SECRET_MASK}`,
      },
      body: draftBody,
    });
    const read = fromWire(get[0]);
    expect(await provider.writeRequest({ ...read, description: 'New' })).toMatchObject({
      method: 'PATCH',
      url: `${TEST_BASE_URL}/segments`,
      body: { id: 'seg_3d4e5f6a7b8c', description: 'New' },
    });
    expect(calls).toEqual([]);
    expect(JSON.stringify(await provider.writeRequest(draft))).not.toContain('push0-secret');
  });

  it('shows the stored form as the payload', () => {
    const { provider } = setup({});
    expect(provider.payload(draft)).toEqual({ body: draftBody });
    const read = fromWire(get[0]);
    expect(provider.payload(read).body).toEqual({
      id: 'seg_3d4e5f6a7b8c',
      name: get[0]!.name,
      description: get[0]!.description,
      constraints: get[0]!.constraints,
    });
  });

  it('tests the connection with the smallest list page', async () => {
    const { provider, calls } = setup({ 'GET segments': [[]] });
    await provider.checkConnection();
    expect(calls[0]!.query).toEqual([
      ['page', '1'],
      ['limit', '1'],
    ]);
  });

  it.each([
    ['an HTML page', new Response('<html></html>', { status: 200 })],
    ['an object', { segments: [] }],
    ['a 404', reply(404, { message: 'Not found' })],
  ])('takes %s on "Test connection" for a wrong base path', async (_name, answer) => {
    const { provider } = setup({ 'GET segments': [answer] });
    const error = await failure(provider.checkConnection());
    expect(error.code).toBe('wrong_path');
    expect(error.action).toBe('settings');
  });

  it.each([
    [400, error400, 400, undefined],
    [401, { message: 'Missing API key' }, 401, 'settings'],
    [403, error403, 403, 'settings'],
    [408, {}, 'timeout', 'retry'],
  ] as const)('maps HTTP %i to %s with the vendor message', async (status, body, code, action) => {
    const { provider, calls } = setup({ 'POST segments': [reply(status, body)] });
    const error = await failure(provider.create(draft));
    expect([error.code, error.status, error.action]).toEqual([code, status, action]);
    expect(error.serverText).toBe('message' in body ? body.message : undefined);
    expect(calls).toHaveLength(1);
  });

  it('passes Retry-After of a 429 on, and retries reads of a 500', async () => {
    const { provider } = setup({ 'POST segments': [reply(429, error429, { 'Retry-After': '7' })] });
    const limited = await failure(provider.create(draft));
    expect([limited.code, limited.retryAfterSeconds]).toEqual([429, 7]);

    const flaky = setup({ 'GET segments': [reply(500, { message: 'boom' }), list] });
    expect((await flaky.provider.list()).items).toHaveLength(3);
    expect(flaky.calls).toHaveLength(2);
  });

  it('reads an unexpected body as bad_response', async () => {
    const { provider } = setup({ 'GET segments': [{ items: [] }, [{ id: 'sg_1', name: 'x', constraints: 'all' }]] });
    expect((await failure(provider.list())).code).toBe('bad_response');
    expect((await failure(provider.get('sg_1'))).code).toBe('bad_response');
  });

  it('has no databases, answers its fixed catalog, and refuses what it lacks', async () => {
    const { provider, calls } = setup({});
    expect(provider.capabilities).toBe(push0Capabilities);
    expect(provider.connectionId).toBe('conn-p0');
    expect(await provider.databases()).toEqual([]);
    expect(await provider.fieldCatalog(NO_DATABASE)).toBe(PUSH0_FIELDS);
    for (const call of [
      provider.counts('sg_1'),
      provider.refreshCounts('sg_1'),
      provider.taskStatus('t'),
      provider.addStaticMembers('sg_1', NO_DATABASE, ['p']),
      provider.removeStaticMembers('sg_1', NO_DATABASE, ['p']),
    ]) {
      expect((await failure(call)).code).toBe('unsupported');
    }
    expect(provider.estimate).toBeUndefined();
    expect(provider.checkProfile).toBeUndefined();
    expect(calls).toEqual([]);
  });
});
