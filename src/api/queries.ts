/**
 * One options factory per resource. The transport already retries reads, so queries do not.
 */
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  skipToken,
  type QueryClient,
} from '@tanstack/react-query';
import type { Segment } from '@/domain/model';
import type { CountsOptions, Cursor, SegmentsProvider } from './provider';
import { queryKeys, type SegmentListFilters } from './queryKeys';

const CATALOG_STALE_MS = 5 * 60_000;
const TASK_POLL_MS = 1_000;
/** Polls of one task before the app gives up waiting (about ten minutes). */
export const TASK_POLL_LIMIT = 600;

/** Whether a task has been polled for as long as the app waits. */
export function taskTimedOut(state: { dataUpdateCount: number }): boolean {
  return state.dataUpdateCount >= TASK_POLL_LIMIT;
}

export function segmentListOptions(provider: SegmentsProvider, filters: SegmentListFilters = {}) {
  return infiniteQueryOptions({
    queryKey: queryKeys.segmentList(provider.connectionId, filters),
    queryFn: ({ pageParam, signal }) => provider.list({ ...filters, cursor: pageParam, signal }),
    initialPageParam: undefined as Cursor | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    retry: false,
  });
}

export function segmentOptions(provider: SegmentsProvider, id: number | string) {
  return queryOptions({
    queryKey: queryKeys.segment(provider.connectionId, id),
    queryFn: ({ signal }) => provider.get(id, signal),
    retry: false,
  });
}

export function databasesOptions(provider: SegmentsProvider) {
  return queryOptions({
    queryKey: queryKeys.databases(provider.connectionId),
    queryFn: ({ signal }) => provider.databases(signal),
    staleTime: CATALOG_STALE_MS,
    retry: false,
  });
}

export function fieldCatalogOptions(provider: SegmentsProvider, databaseId: number) {
  return queryOptions({
    queryKey: queryKeys.fields(provider.connectionId, databaseId),
    queryFn: ({ signal }) => provider.fieldCatalog(databaseId, signal),
    staleTime: CATALOG_STALE_MS,
    retry: false,
  });
}

/**
 * A database's field catalog asked for ahead of the builder, which asks only once its form has
 * mounted (app/firstPage.ts, SegmentEditorPage.tsx); nothing until a database is known.
 */
export function prefetchFieldCatalog(
  client: QueryClient,
  provider: SegmentsProvider,
  databaseId: number | undefined,
): Promise<void> | null {
  return databaseId !== undefined && databaseId > 0
    ? client.prefetchQuery(fieldCatalogOptions(provider, databaseId))
    : null;
}

/**
 * The known values of one field, for suggestions: asked once per database and field (on the first
 * focus of a value that wants them) and kept, so typing filters them locally.
 */
export function fieldValuesOptions(provider: SegmentsProvider, databaseId: number, field: string) {
  const fieldValues = provider.fieldValues?.bind(provider);
  return queryOptions({
    queryKey: queryKeys.fieldValues(provider.connectionId, databaseId, field),
    queryFn: fieldValues ? ({ signal }) => fieldValues(databaseId, field, '', signal) : skipToken,
    staleTime: CATALOG_STALE_MS,
    retry: false,
  });
}

export function countsOptions(
  provider: SegmentsProvider,
  id: number | string,
  options: Omit<CountsOptions, 'signal'> = {},
) {
  return queryOptions({
    queryKey: queryKeys.counts(provider.connectionId, id),
    queryFn: ({ signal }) => provider.counts(id, { ...options, signal }),
    retry: false,
  });
}

/**
 * Polls until the task completes or fails, and no further: an unknown status, an error (a 401, a
 * 404 for a task the server forgot) or the time limit stop it too, and the caller says why.
 */
export function taskStatusOptions(provider: SegmentsProvider, taskId: number | string) {
  return queryOptions({
    queryKey: queryKeys.task(provider.connectionId, taskId),
    queryFn: ({ signal }) => provider.taskStatus(taskId, signal),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      if (query.state.status === 'error' || taskTimedOut(query.state)) return false;
      return status === 'pending' || status === 'running' ? TASK_POLL_MS : false;
    },
    retry: false,
  });
}

/**
 * The estimated size of a draft, where the backend can count one. While a new count is on its
 * way the previous one stays (`isPlaceholderData` tells the UI to dim it).
 */
export function estimateOptions(provider: SegmentsProvider, draft: Segment) {
  const estimate = provider.estimate?.bind(provider);
  return queryOptions({
    queryKey: queryKeys.estimate(provider.connectionId, draft),
    queryFn: estimate ? ({ signal }) => estimate(draft, signal) : skipToken,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
