import { QueryClient } from '@tanstack/react-query';
import { getActiveConnection, setActiveConnection } from '@/api/connections';
import { queryKeys } from '@/api/queryKeys';
import { prefetchFirstPage } from './firstPage';

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000 } } });
const keysOf = (queries: QueryClient) =>
  queries
    .getQueryCache()
    .getAll()
    .map((query) => JSON.stringify(query.queryKey))
    .sort();

afterEach(() => setActiveConnection('demo'));

describe('the first page’s data, asked for before React renders', () => {
  it('on the editor: the databases, the segment, then the catalog of the segment’s database', async () => {
    const queries = client();
    const connectionId = getActiveConnection()!.id;
    prefetchFirstPage(queries, '/segments/1/edit');
    await vi.waitFor(() => {
      const segment = queries.getQueryData<{ databaseId: number }>(queryKeys.segment(connectionId, '1'));
      expect(segment).toBeDefined();
      expect(queries.getQueryData(queryKeys.fields(connectionId, segment!.databaseId))).toBeDefined();
    });
    expect(queries.getQueryData(queryKeys.databases(connectionId))).toBeDefined();
  });

  it('on a new segment the databases, then the first one’s catalog; on a segment’s page only the segment', async () => {
    const connectionId = getActiveConnection()!.id;
    const fresh = client();
    prefetchFirstPage(fresh, '/segments/new');
    expect(keysOf(fresh)).toEqual([JSON.stringify(queryKeys.databases(connectionId))]);
    await vi.waitFor(() => {
      const databases = fresh.getQueryData<Array<{ id: number }>>(queryKeys.databases(connectionId));
      expect(databases?.length).toBeGreaterThan(0);
      expect(fresh.getQueryData(queryKeys.fields(connectionId, databases![0]!.id))).toBeDefined();
    });

    const detail = client();
    prefetchFirstPage(detail, '/segments/7');
    expect(keysOf(detail)).toEqual([JSON.stringify(queryKeys.segment(connectionId, '7'))]);
    await vi.waitFor(() =>
      expect(detail.getQueryState(queryKeys.segment(connectionId, '7'))?.status).not.toBe('pending'),
    );
  });

  it('asks for nothing elsewhere, nor where the backend has no rules to edit (Digital Audience)', () => {
    const reads = vi.spyOn(Storage.prototype, 'getItem');
    for (const path of ['/settings', '/nowhere/else', '/segments/1/edit/more']) {
      const queries = client();
      prefetchFirstPage(queries, path);
      expect(keysOf(queries)).toEqual([]);
    }
    // Not even the stored connections are read: the task that starts the first render stays short.
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
    setActiveConnection('demo-da');
    const queries = client();
    prefetchFirstPage(queries, '/segments/1/edit');
    expect(keysOf(queries)).toEqual([]);
  });

  it('on the list: its first page, with the search and tags its URL holds, and the databases it names', async () => {
    const connectionId = getActiveConnection()!.id;
    const queries = client();
    // The type and the sort are applied to the loaded rows: they are not part of the request.
    prefetchFirstPage(queries, '/segments', '?q=%20vip%20&tag=geo&tag=promo&type=static&sort=name-asc');
    const listKey = queryKeys.segmentList(connectionId, { limit: 50, search: 'vip', tags: ['geo', 'promo'] });
    await vi.waitFor(() =>
      expect(keysOf(queries)).toEqual(
        [JSON.stringify(queryKeys.databases(connectionId)), JSON.stringify(listKey)].sort(),
      ),
    );
    await vi.waitFor(() => {
      const list = queries.getQueryData<{ pages: Array<{ items: unknown[] }> }>(listKey);
      expect(list?.pages).toHaveLength(1);
    });
  });

  it('on the root, the list’s default view (the redirect drops the query string); on Push0, no databases', async () => {
    const connectionId = getActiveConnection()!.id;
    const root = client();
    prefetchFirstPage(root, '/', '?q=vip');
    await vi.waitFor(() =>
      expect(keysOf(root)).toContain(JSON.stringify(queryKeys.segmentList(connectionId, { limit: 50 }))),
    );

    setActiveConnection('demo-push0');
    const push0 = client();
    prefetchFirstPage(push0, '/segments/');
    await vi.waitFor(() =>
      expect(keysOf(push0)).toEqual([JSON.stringify(queryKeys.segmentList('demo-push0', { limit: 50 }))]),
    );
  });

  it('asks once when the page has asked first: the prefetch finds its request on the way', async () => {
    const connectionId = getActiveConnection()!.id;
    const queries = client();
    const listKey = queryKeys.segmentList(connectionId, { limit: 50 });
    const pageAsks = vi.fn<() => Promise<never>>(() => new Promise<never>(() => undefined));
    // The page's own request, still on its way, before the filters' module arrives.
    void queries.prefetchInfiniteQuery({ queryKey: listKey, queryFn: pageAsks, initialPageParam: undefined });
    prefetchFirstPage(queries, '/segments');
    // A second request would have gone to the demo, which answers within this wait.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(keysOf(queries)).toEqual(
      [JSON.stringify(queryKeys.databases(connectionId)), JSON.stringify(listKey)].sort(),
    );
    expect(pageAsks).toHaveBeenCalledTimes(1);
    expect(queries.getQueryState(listKey)).toMatchObject({ fetchStatus: 'fetching', data: undefined });
  });

  it('leaves a list filters’ chunk that cannot be fetched to the list’s page to report', async () => {
    vi.doMock('@/features/segment-list/listParams', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const unhandled = vi.fn<(reason: unknown) => void>();
    process.on('unhandledRejection', unhandled);
    try {
      prefetchFirstPage(client(), '/segments');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
      vi.doUnmock('@/features/segment-list/listParams');
    }
  });

  it('on a backend without databases (Push0), its one field catalog at once', () => {
    setActiveConnection('demo-push0');
    const queries = client();
    prefetchFirstPage(queries, '/segments/new');
    expect(keysOf(queries)).toEqual([JSON.stringify(queryKeys.fields('demo-push0', 0))]);
  });

  it('keeps a failed segment’s error on its query, for the page to show with its Retry', async () => {
    const connectionId = getActiveConnection()!.id;
    const queries = client();
    prefetchFirstPage(queries, '/segments/999999/edit');
    await vi.waitFor(() =>
      expect(queries.getQueryState(queryKeys.segment(connectionId, '999999'))?.status).toBe('error'),
    );
  });
});
