import { QueryClient, skipToken } from '@tanstack/react-query';
import { ApiError } from './errors';
import type { Segment } from '@/domain/model';
import { newGroup } from '@/domain/tree';
import { createAltcraftProvider } from './altcraft/provider';
import counters from './altcraft/fixtures/counters.response.json';
import databasesList from './altcraft/fixtures/databases-list.response.json';
import fieldsGet from './altcraft/fixtures/fields-get.response.json';
import taskStatus from './altcraft/fixtures/task-status.response.json';
import { scriptedFetch, TEST_BASE_URL } from './altcraft/testing/fixtures';
import {
  countsOptions,
  databasesOptions,
  estimateOptions,
  fieldCatalogOptions,
  segmentListOptions,
  TASK_POLL_LIMIT,
  taskStatusOptions,
  taskTimedOut,
} from './queries';
import { queryKeys } from './queryKeys';

const provider = (hasEstimate: boolean, routes = {}) =>
  createAltcraftProvider({
    baseUrl: TEST_BASE_URL,
    token: 't',
    connectionId: 'c1',
    fetch: scriptedFetch(routes).fetch,
    hasEstimate,
  });

const draft: Segment = { name: 'a', tags: [], kind: 'dynamic', refreshDaily: false, databaseId: 1, blocks: [] };

describe('query keys', () => {
  it('nest everything about segments under one prefix per connection', () => {
    const prefix = queryKeys.segments('c1');
    for (const key of [
      queryKeys.segmentList('c1', { search: 'x' }),
      queryKeys.segment('c1', 3),
      queryKeys.counts('c1', 3),
      queryKeys.estimate('c1', draft),
    ]) {
      expect(key.slice(0, 2)).toEqual(prefix);
    }
    expect(queryKeys.databases('c1')).toEqual(['databases', 'c1']);
    expect(queryKeys.fields('c1', 4)).toEqual(['fields', 'c1', 4]);
    expect(queryKeys.segment('c1', 3)).toEqual(queryKeys.segment('c1', '3'));
  });

  it('an estimate key ignores the name, and follows the kind, the database and the blocks', () => {
    expect(queryKeys.estimate('c1', { ...draft, name: 'b' })).toEqual(queryKeys.estimate('c1', draft));
    expect(queryKeys.estimate('c1', { ...draft, kind: 'updatable' })).not.toEqual(queryKeys.estimate('c1', draft));
    expect(queryKeys.estimate('c1', { ...draft, databaseId: 2 })).not.toEqual(queryKeys.estimate('c1', draft));
    const block = { databaseId: 1, sample: { from: 0, to: 100 }, limit: 5, root: newGroup('and') };
    expect(queryKeys.estimate('c1', { ...draft, blocks: [block] })).toEqual(
      queryKeys.estimate('c1', { ...draft, blocks: [structuredClone(block)] }),
    );
    expect(queryKeys.estimate('c1', { ...draft, blocks: [block] })).not.toEqual(
      queryKeys.estimate('c1', { ...draft, blocks: [{ ...block, limit: 6 }] }),
    );
  });
});

describe('options factories', () => {
  it('skip the estimate where the backend cannot count', () => {
    expect(estimateOptions(provider(false), draft).queryFn).toBe(skipToken);
    expect(estimateOptions(provider(true), draft).queryFn).toBeTypeOf('function');
  });

  it('page the list by cursor', () => {
    const options = segmentListOptions(provider(false));
    const page = (nextCursor: number | null) => ({ items: [], nextCursor, total: null });
    expect(options.getNextPageParam(page(15), [], undefined, [])).toBe(15);
    expect(options.getNextPageParam(page(null), [], undefined, [])).toBeUndefined();
  });

  it('load databases, fields and counts through the provider', async () => {
    const client = new QueryClient();
    const api = provider(false, {
      'databases/list/': databasesList,
      'databases/fields_get/': fieldsGet,
      'segments/get_counters': counters,
    });
    expect(await client.fetchQuery(databasesOptions(api))).toHaveLength(3);
    expect(await client.fetchQuery(fieldCatalogOptions(api, 2))).toHaveLength(10);
    expect(await client.fetchQuery(countsOptions(api, 14, { databaseId: 2 }))).toHaveLength(3);
    expect(fieldCatalogOptions(api, 2).queryKey).toEqual(['fields', 'c1', 2]);
  });

  it('poll a task until it is done', async () => {
    const client = new QueryClient();
    const options = taskStatusOptions(provider(false, { 'tasks/status': taskStatus }), 9);
    await client.fetchQuery(options);
    const query = client.getQueryCache().find({ queryKey: options.queryKey })!;
    const interval = options.refetchInterval as unknown as (q: typeof query) => number | false;
    expect(interval(query)).toBe(false);
    query.setData({ status: 'running', progress: 10 });
    expect(interval(query)).toBe(1000);
  });

  it('stop polling on an unknown status, an error (401, 404) or the time limit', async () => {
    const client = new QueryClient();
    const options = taskStatusOptions(provider(false, { 'tasks/status': taskStatus }), 9);
    await client.fetchQuery(options);
    const query = client.getQueryCache().find({ queryKey: options.queryKey })!;
    const interval = options.refetchInterval as unknown as (q: typeof query) => number | false;
    query.setData({ status: 'unknown', progress: 0, word: 'archived' });
    expect(interval(query)).toBe(false);
    query.setData({ status: 'running', progress: 10 });
    query.setState({ status: 'error', error: new ApiError({ code: 404 }) });
    expect(interval(query)).toBe(false);
    query.setState({ status: 'success', error: null, dataUpdateCount: TASK_POLL_LIMIT });
    expect(interval(query)).toBe(false);
    expect(taskTimedOut(query.state)).toBe(true);
    query.setState({ dataUpdateCount: 3 });
    expect(taskTimedOut(query.state)).toBe(false);
  });
});
