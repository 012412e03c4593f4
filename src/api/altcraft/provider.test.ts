import type { Group, Segment } from '@/domain/model';
import { updateCondition } from '@/domain/tree';
import { ApiError } from '../errors';
import { createAltcraftProvider } from './provider';
import counters from './fixtures/counters.response.json';
import databasesList from './fixtures/databases-list.response.json';
import error401 from './fixtures/error-401.response.json';
import estimate from './fixtures/estimate.response.json';
import fieldsGet from './fixtures/fields-get.response.json';
import getDynamic from './fixtures/get-dynamic.response.json';
import getOpaque from './fixtures/get-opaque.response.json';
import list from './fixtures/list.response.json';
import profileCheck from './fixtures/profile-check.response.json';
import refreshCounters from './fixtures/refresh-counters.response.json';
import segstatic from './fixtures/segstatic.response.json';
import taskStatus from './fixtures/task-status.response.json';
import updateResponse from './fixtures/update.response.json';
import { scriptedFetch, TEST_BASE_URL, type ScriptedAnswer } from './testing/fixtures';

const OK = { error: 0, error_text: 'Successful operation' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function setup(routes: Record<string, ScriptedAnswer | ScriptedAnswer[]>, hasEstimate = false) {
  const scripted = scriptedFetch(routes);
  const provider = createAltcraftProvider({
    baseUrl: TEST_BASE_URL,
    token: 'secret-token',
    connectionId: 'conn-1',
    fetch: scripted.fetch,
    hasEstimate,
    http: { sleep: async () => {} },
  });
  return { provider, calls: scripted.calls };
}

describe('Altcraft provider', () => {
  it('lists a page with bearer auth and never puts the token in the URL or body', async () => {
    const { provider, calls } = setup({ 'segments/list/': list });
    const page = await provider.list({ tags: ['geo'] });
    expect(page).toMatchObject({ nextCursor: 15, total: 42 });
    expect(page.items.map((item) => item.name)).toEqual(['Women in Moscow', 'Static segment 2', 'Dynamic segment']);
    const [call] = calls;
    expect(call).toMatchObject({ method: 'POST', body: { from_id: 1, limit: 50, ui_tags: ['geo'] } });
    expect(call!.headers.get('Authorization')).toBe('Bearer secret-token');
    expect(call!.headers.get('Content-Type')).toBe('application/json');
    expect(call!.headers.get('Request-ID')).toBeNull();
    expect(JSON.stringify(call)).not.toContain('secret-token');
  });

  it('continues from the cursor and ends when next_from_id is 0', async () => {
    const { provider, calls } = setup({ 'segments/list/': { ...list, next_from_id: 0 } });
    expect((await provider.list({ cursor: 15, limit: 3 })).nextCursor).toBeNull();
    expect(calls[0]!.body).toEqual({ from_id: 15, limit: 3 });
  });

  it('searches names across pages and resumes after the last match', async () => {
    const page = (ids: number[], next: number) => ({
      ...OK,
      data: ids.map((id) => ({ id, name: id % 2 ? `Moscow ${id}` : `Kazan ${id}`, ui_tags: [], Groups: [] })),
      next_from_id: next,
      total_count: 99,
    });
    const { provider, calls } = setup({ 'segments/list/': [page([1, 2, 3], 4), page([4, 5, 6, 7], 0)] });
    const found = await provider.list({ search: 'moscow', limit: 3 });
    expect(found).toEqual({
      items: expect.arrayContaining([]) as unknown,
      nextCursor: 6,
      total: null,
    });
    expect(found.items.map((item) => item.id)).toEqual([1, 3, 5]);
    expect(calls.map((call) => (call.body as { from_id: number }).from_id)).toEqual([1, 4]);
  });

  it('gets a segment and saves it back unchanged byte for byte', async () => {
    const { provider, calls } = setup({
      'segments/get/': getOpaque,
      'databases/fields_get/': fieldsGet,
      'segments/update/': updateResponse,
    });
    const segment = await provider.get(31);
    expect(await provider.update(segment)).toEqual({ id: 1 });
    const sent = calls.find((call) => call.path === 'segments/update/')!;
    expect(JSON.stringify((sent.body as { segment: unknown }).segment)).toBe(JSON.stringify(getOpaque.data.segment));
    expect(sent.body).toMatchObject({ id: 31, list_id: 2, name: 'Built in the Altcraft UI', is_static: false });
    expect(sent.headers.get('Request-ID')).toMatch(UUID);
    expect(calls.find((call) => call.path === 'databases/fields_get/')?.body).toEqual({ id: 2 });
  });

  it('types an edited condition from the database’s field list', async () => {
    const { provider, calls } = setup({
      'segments/get/': getDynamic,
      'databases/fields_get/': {
        ...OK,
        data: [{ name: '_sex', title: 'Gender', type: 'int', category: 'system' }],
      },
      'segments/update/': updateResponse,
    });
    const segment = await provider.get(14);
    const root = segment.blocks[0]!.root;
    const edited = updateCondition(root, root.children[0]!.id, { value: { kind: 'one', value: 1 } });
    if (!edited.ok) throw new Error(edited.reason);
    const renamed: Segment = { ...segment, blocks: [{ ...segment.blocks[0]!, root: edited.tree }] };
    await provider.update(renamed);
    const sentQuery = (calls.at(-1)!.body as { segment: Array<{ queries: unknown[] }> }).segment[0]!.queries[0];
    // The query keeps the type it was read with; the field list only types fields never read.
    expect(sentQuery).toMatchObject({ name: '_sex', type: 'enum', value: [{ name: 'default', value: 1 }] });
  });

  it('falls back to system field types when the server has no field list', async () => {
    const { provider, calls } = setup({
      'databases/fields_get/': { error: 501, error_text: 'Method does not exist' },
      'segments/add/': { ...OK, data: { saved_id: 77 } },
    });
    const root: Group = {
      type: 'group',
      id: 'r',
      combinator: 'and',
      children: [{ type: 'condition', id: 'c', field: '_sex', operator: 'is', value: { kind: 'one', value: 2 } }],
    };
    const draft: Segment = {
      name: 'New',
      tags: [],
      kind: 'dynamic',
      refreshDaily: false,
      databaseId: 3,
      blocks: [{ databaseId: 3, sample: { from: 0, to: 100 }, limit: 0, root }],
    };
    expect(await provider.create(draft)).toEqual({ id: 77 });
    expect(calls.at(-1)!.body).toMatchObject({ segment: [{ queries: [{ name: '_sex', type: 'enum' }] }] });
  });

  it('previews exactly the body and URL that create and update send', async () => {
    const { provider, calls } = setup({
      'databases/fields_get/': fieldsGet,
      'segments/add/': { ...OK, data: { saved_id: 78 } },
      'segments/update/': updateResponse,
    });
    const root: Group = {
      type: 'group',
      id: 'r',
      combinator: 'and',
      // "device" is `devices` on the wire: an enum, but not the first wire type that reads as one.
      children: [{ type: 'condition', id: 'c', field: 'device', operator: 'is', value: { kind: 'one', value: 2 } }],
    };
    const draft: Segment = {
      name: 'Tablets',
      tags: [],
      kind: 'dynamic',
      refreshDaily: false,
      databaseId: 2,
      blocks: [{ databaseId: 2, sample: { from: 0, to: 100 }, limit: 0, root }],
    };

    const created = await provider.writeRequest!(draft);
    expect(created.body).toMatchObject({ segment: [{ queries: [{ name: 'device', type: 'devices' }] }] });
    await provider.create(draft);
    const add = calls.find((call) => call.path === 'segments/add/')!;
    expect(add.body).toEqual(created.body);
    expect(created).toMatchObject({
      method: 'POST',
      url: add.url,
      xml: expect.stringContaining('<type>devices</type>'),
    });

    const stored: Segment = { ...draft, id: 78 };
    const updated = await provider.writeRequest!(stored);
    await provider.update(stored);
    const sent = calls.find((call) => call.path === 'segments/update/')!;
    expect(sent.body).toEqual(updated.body);
    expect(updated.body).toMatchObject({ id: 78 });
    expect(updated.url).toBe(sent.url);
    // The preview is no write: the only calls are the field list and the two saves.
    expect(calls.map((call) => call.path)).toEqual(['databases/fields_get/', 'segments/add/', 'segments/update/']);
    expect(JSON.stringify(created)).not.toContain('secret-token');
  });

  it('gives each write a fresh Request-ID and reuses one on an explicit retry', async () => {
    const { provider, calls } = setup({ 'segments/delete/': [new TypeError('Failed to fetch'), OK] });
    const failure = await provider.remove(5).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'network', requestId: expect.stringMatching(UUID) });
    expect(calls).toHaveLength(1);
    await provider.remove(5, { requestId: (failure as ApiError).requestId! });
    await provider.remove(6);
    const ids = calls.map((call) => call.headers.get('Request-ID'));
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(calls.map((call) => call.body)).toEqual([{ id: 5 }, { id: 5 }, { id: 6 }]);
  });

  it('reads every database page and the field catalog', async () => {
    const { provider, calls } = setup({
      'databases/list/': [
        { ...databasesList, next_from_id: 7 },
        { ...OK, data: [{ id: 7, name: 'Archive' }], next_from_id: 0 },
      ],
      'databases/fields_get/': fieldsGet,
    });
    expect((await provider.databases()).map((db) => db.id)).toEqual([2, 5, 6, 7]);
    expect(calls.map((call) => call.body)).toEqual([
      { from_id: 1, limit: 1000 },
      { from_id: 7, limit: 1000 },
    ]);
    expect((await provider.fieldCatalog(2)).map((field) => field.name)).toContain('orders_count');
  });

  it('reads counters, starts a recount and polls its task', async () => {
    const { provider, calls } = setup({
      'segments/get_counters': counters,
      'segments/refresh_counters': refreshCounters,
      'tasks/status': taskStatus,
    });
    expect(await provider.counts(14, { databaseId: 2 })).toHaveLength(3);
    expect(await provider.refreshCounts(14, { databaseId: 2, resourceId: 1 })).toEqual({ taskId: 9001 });
    expect(await provider.taskStatus(9001)).toEqual({ status: 'completed', progress: 100 });
    expect(calls.map((call) => call.body)).toEqual([
      { id: 14, db_id: 2 },
      { id: 14, resource_id: 1, db_id: 2 },
      { task_id: 9001 },
    ]);
    expect(calls[1]!.headers.get('Request-ID')).toMatch(UUID);
  });

  it('reports static membership changes per profile', async () => {
    const { provider, calls } = setup({
      'profiles/segstatic/add': [segstatic, { error: 404, error_text: 'Profile not found' }, segstatic],
    });
    const results = await provider.addStaticMembers(2, 5, ['a', 'b', 'c'], { skipTriggers: true });
    expect(results.map((result) => [result.profileId, result.ok])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
    expect(results[1]).toMatchObject({ error: { code: 404, serverText: 'Profile not found' } });
    expect(calls[0]!.body).toEqual({ segment_id: 2, db_id: 5, profile_id: 'a', skip_triggers: true });
  });

  it('turns an error envelope on HTTP 200 into a typed error', async () => {
    const { provider } = setup({ 'segments/get/': error401 });
    await expect(provider.get(1)).rejects.toMatchObject({
      code: 401,
      status: 200,
      action: 'settings',
      message: 'The API token or sign-in details are missing or wrong. Check them in Settings.',
    });
  });

  it('turns unreadable data into bad_response listing the first issues', async () => {
    const { provider } = setup({ 'segments/get/': { ...OK, data: { id: 1, segment: [{ condition: 'and' }] } } });
    const error = await provider.get(1).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'bad_response' });
    expect((error as ApiError).message).toMatch(/data\.name: .*; data\.segment\.0\.list_id: /);
  });

  it('has no estimate or profile check against a real Altcraft server', () => {
    const { provider } = setup({});
    expect(provider.estimate).toBeUndefined();
    expect(provider.checkProfile).toBeUndefined();
    expect(provider.capabilities.estimate).toBe(false);
    expect(provider.connectionId).toBe('conn-1');
  });

  it('estimates a draft on the demo backend and keys groups by node id', async () => {
    const { provider, calls } = setup(
      { 'segments/get/': getDynamic, 'databases/fields_get/': fieldsGet, 'segments/estimate/': estimate },
      true,
    );
    const draft = await provider.get(14);
    const result = await provider.estimate!(draft);
    const root = draft.blocks[0]!.root;
    expect(result).toEqual({ total: 1840, perGroup: { [root.id]: 1840, [root.children[1]!.id]: 6120 } });
    const sent = calls.at(-1)!;
    expect(sent.body).toMatchObject({ name: draft.name, is_static: false });
    expect(sent.body).not.toHaveProperty('id');
    expect(sent.headers.get('Request-ID')).toBeNull();
  });

  it('checks a profile on the demo backend', async () => {
    const { provider, calls } = setup({ 'segments/get/': getDynamic, 'profiles/check/': profileCheck }, true);
    const segment = await provider.get(14);
    const result = await provider.checkProfile!(14, 'anna@example.com', { segment });
    expect(calls.at(-1)!.body).toEqual({ segment_id: 14, profile: 'anna@example.com' });
    expect(result.inSegment).toBe(true);
    expect(result.explain[4]).toEqual({
      path: '0.1.1',
      nodeId: (segment.blocks[0]!.root.children[1] as Group).children[1]!.id,
      matched: false,
      text: '_city equals Saint Petersburg',
    });
  });
});
