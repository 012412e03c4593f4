/**
 * Mutation hooks. Each invalidates by key prefix when it settles; rename and delete show their
 * result at once and roll back when the server refuses.
 */
import { useMutation, useQueryClient, type InfiniteData, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { Segment } from '@/domain/model';
import type { Cursor, SegmentPage, SegmentSummary, SegmentsProvider } from './provider';
import { queryKeys } from './queryKeys';

type ListData = InfiniteData<SegmentPage, Cursor | undefined>;
type Snapshot = Array<[QueryKey, unknown]>;

const sameId = (a: number | string, b: number | string) => String(a) === String(b);

/** Cancels and remembers every query under the prefixes, then applies `change` to the lists. */
async function patchLists(
  client: QueryClient,
  provider: SegmentsProvider,
  id: number | string,
  change: (items: SegmentSummary[]) => SegmentSummary[],
): Promise<Snapshot> {
  const lists = queryKeys.segmentLists(provider.connectionId);
  const detail = queryKeys.segment(provider.connectionId, id);
  await Promise.all([client.cancelQueries({ queryKey: lists }), client.cancelQueries({ queryKey: detail })]);
  const snapshot: Snapshot = [...client.getQueriesData({ queryKey: lists }), [detail, client.getQueryData(detail)]];
  client.setQueriesData<ListData>({ queryKey: lists }, (data) =>
    data ? { ...data, pages: data.pages.map((page) => ({ ...page, items: change(page.items) })) } : data,
  );
  return snapshot;
}

function restore(client: QueryClient, snapshot: Snapshot | undefined) {
  for (const [key, data] of snapshot ?? []) client.setQueryData(key, data);
}

export interface SaveVariables {
  segment: Segment;
  /** The `requestId` of the ApiError of a failed save, to retry that same save. */
  requestId?: string;
}

/** Creates a segment without an id, updates one with an id. */
export function useSaveSegment(provider: SegmentsProvider) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ segment, requestId }: SaveVariables) => {
      const options = requestId ? { requestId } : {};
      return segment.id === undefined ? provider.create(segment, options) : provider.update(segment, options);
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.segments(provider.connectionId) }),
  });
}

export function useDeleteSegment(provider: SegmentsProvider) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number | string) => provider.remove(id),
    onMutate: async (id) => {
      const snapshot = await patchLists(client, provider, id, (items) => items.filter((item) => !sameId(item.id, id)));
      client.removeQueries({ queryKey: queryKeys.segment(provider.connectionId, id), exact: true });
      return snapshot;
    },
    onError: (_error, _id, snapshot) => restore(client, snapshot),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.segments(provider.connectionId) }),
  });
}

export interface RenameVariables {
  /** The full segment as loaded: Altcraft updates the whole segment, not the name alone. */
  segment: Segment & { id: number | string };
  name: string;
}

export function useRenameSegment(provider: SegmentsProvider) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ segment, name }: RenameVariables) => provider.update({ ...segment, name }),
    onMutate: async ({ segment, name }) => {
      const rename = (item: SegmentSummary) => (sameId(item.id, segment.id) ? { ...item, name } : item);
      const snapshot = await patchLists(client, provider, segment.id, (items) => items.map(rename));
      client.setQueryData<Segment>(queryKeys.segment(provider.connectionId, segment.id), (data) =>
        data ? { ...data, name } : data,
      );
      return snapshot;
    },
    onError: (_error, _variables, snapshot) => restore(client, snapshot),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.segments(provider.connectionId) }),
  });
}

/** Starts a recount; poll `taskStatusOptions` with the task id, then counts are refetched. */
export function useRefreshCounts(provider: SegmentsProvider) {
  return useMutation({
    mutationFn: ({ id, databaseId }: { id: number | string; databaseId?: number }) =>
      provider.refreshCounts(id, databaseId === undefined ? {} : { databaseId }),
  });
}

export interface MembersVariables {
  segmentId: number | string;
  databaseId: number;
  profileIds: string[];
  action: 'add' | 'remove';
}

export function useStaticMembers(provider: SegmentsProvider) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ segmentId, databaseId, profileIds, action }: MembersVariables) =>
      action === 'add'
        ? provider.addStaticMembers(segmentId, databaseId, profileIds)
        : provider.removeStaticMembers(segmentId, databaseId, profileIds),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.segments(provider.connectionId) }),
  });
}
