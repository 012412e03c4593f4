import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createAltcraftProvider } from './altcraft/provider';
import getDynamic from './altcraft/fixtures/get-dynamic.response.json';
import list from './altcraft/fixtures/list.response.json';
import { scriptedFetch, TEST_BASE_URL, type ScriptedAnswer } from './altcraft/testing/fixtures';
import type { ApiError } from './errors';
import { useDeleteSegment, useRefreshCounts, useRenameSegment, useSaveSegment, useStaticMembers } from './mutations';
import { segmentListOptions, segmentOptions } from './queries';
import { queryKeys } from './queryKeys';

const OK = { error: 0, error_text: 'Successful operation' };

/** An answer the test releases by hand, to look at the cache while the request is in flight. */
function held(answer: unknown) {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { answer: async () => gate.then(() => answer), release: () => release() };
}

function setup(routes: Record<string, ScriptedAnswer | ScriptedAnswer[]>) {
  const scripted = scriptedFetch(routes);
  const provider = createAltcraftProvider({
    baseUrl: TEST_BASE_URL,
    token: 't',
    connectionId: 'c1',
    fetch: scripted.fetch,
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const listIds = () =>
    client
      .getQueryData(segmentListOptions(provider).queryKey)
      ?.pages.flatMap((page) => page.items.map((item) => item.id));
  return { provider, client, wrapper, listIds, calls: scripted.calls };
}

describe('useDeleteSegment', () => {
  it('removes the row at once and puts it back when the server refuses', async () => {
    const refusal = held({ error: 403, error_text: 'No rights' });
    const { provider, client, wrapper, listIds } = setup({
      'segments/list/': list,
      'segments/get/': getDynamic,
      'segments/delete/': refusal.answer,
    });
    await client.fetchInfiniteQuery(segmentListOptions(provider));
    await client.fetchQuery(segmentOptions(provider, 14));
    const { result } = renderHook(() => useDeleteSegment(provider), { wrapper });

    act(() => result.current.mutate(14));
    await waitFor(() => expect(listIds()).toEqual([1, 2]));
    expect(client.getQueryData(queryKeys.segment('c1', 14))).toBeUndefined();

    refusal.release();
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ code: 403, action: 'settings' });
    expect(listIds()).toEqual([1, 2, 14]);
    expect(client.getQueryData(queryKeys.segment('c1', 14))).toMatchObject({ id: 14 });
  });

  it('keeps the row gone after the server agrees and the list is refetched', async () => {
    const without14 = { ...list, data: list.data.filter((item) => item.id !== 14) };
    const { provider, client, wrapper, listIds, calls } = setup({
      'segments/list/': [list, without14],
      'segments/delete/': OK,
    });
    await client.fetchInfiniteQuery(segmentListOptions(provider));
    const { result } = renderHook(() => useDeleteSegment(provider), { wrapper });
    await act(() => result.current.mutateAsync(14));
    expect(listIds()).toEqual([1, 2]);
    expect(calls.filter((call) => call.path === 'segments/list/')).toHaveLength(1);
    // Invalidation marks the list stale; the next observer refetches it.
    expect(client.getQueryState(segmentListOptions(provider).queryKey)?.isInvalidated).toBe(true);
  });
});

describe('useRenameSegment', () => {
  it('renames list row and detail at once and rolls back on failure', async () => {
    const refusal = held({ error: 409, error_text: 'Name taken' });
    const { provider, client, wrapper } = setup({
      'segments/list/': list,
      'segments/get/': getDynamic,
      'databases/fields_get/': { ...OK, data: [] },
      'segments/update/': refusal.answer,
    });
    await client.fetchInfiniteQuery(segmentListOptions(provider));
    const segment = await client.fetchQuery(segmentOptions(provider, 14));
    const { result } = renderHook(() => useRenameSegment(provider), { wrapper });
    const nameOf14 = () =>
      client.getQueryData(segmentListOptions(provider).queryKey)?.pages[0]?.items.find((item) => item.id === 14)?.name;

    act(() => result.current.mutate({ segment: { ...segment, id: 14 }, name: 'Renamed' }));
    await waitFor(() => expect(nameOf14()).toBe('Renamed'));
    expect(client.getQueryData(queryKeys.segment('c1', 14))).toMatchObject({ name: 'Renamed' });

    refusal.release();
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(nameOf14()).toBe('Dynamic segment');
    expect(client.getQueryData(queryKeys.segment('c1', 14))).toMatchObject({ name: getDynamic.data.name });
  });
});

describe('useSaveSegment', () => {
  it('creates a segment without an id and retries with the failed Request-ID', async () => {
    const { provider, wrapper, calls } = setup({
      'segments/add/': [new TypeError('offline'), { ...OK, data: { saved_id: 90 } }],
    });
    const { result } = renderHook(() => useSaveSegment(provider), { wrapper });
    const segment = { name: 'S', tags: [], kind: 'static' as const, refreshDaily: false, databaseId: 5, blocks: [] };
    const error = await act(() =>
      result.current.mutateAsync({ segment }).then(
        () => null,
        (e: unknown) => e as ApiError,
      ),
    );
    expect(error?.requestId).toBeDefined();
    const saved = await act(() => result.current.mutateAsync({ segment, requestId: error!.requestId! }));
    expect(saved).toEqual({ id: 90 });
    expect(calls.map((call) => call.headers.get('Request-ID'))).toEqual([error!.requestId, error!.requestId]);
  });
});

describe('counts and static membership', () => {
  it('starts a recount and changes members, invalidating the segment’s queries', async () => {
    const { provider, client, wrapper, calls } = setup({
      'segments/refresh_counters': { ...OK, data: { task_id: 5 } },
      'profiles/segstatic/remove': OK,
      'segments/get/': getDynamic,
    });
    await client.fetchQuery(segmentOptions(provider, 14));
    const recount = renderHook(() => useRefreshCounts(provider), { wrapper });
    expect(await act(() => recount.result.current.mutateAsync({ id: 14, databaseId: 2 }))).toEqual({ taskId: 5 });
    const members = renderHook(() => useStaticMembers(provider), { wrapper });
    const results = await act(() =>
      members.result.current.mutateAsync({ segmentId: 14, databaseId: 2, profileIds: ['p1'], action: 'remove' }),
    );
    expect(results).toEqual([{ profileId: 'p1', ok: true }]);
    expect(calls.map((call) => call.path)).toEqual([
      'segments/get/',
      'segments/refresh_counters',
      'profiles/segstatic/remove',
    ]);
    expect(client.getQueryState(queryKeys.segment('c1', 14))?.isInvalidated).toBe(true);
  });
});
