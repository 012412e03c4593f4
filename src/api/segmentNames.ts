import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { isApiError } from './errors';
import type { SegmentPage } from './provider';
import { queryKeys } from './queryKeys';

/**
 * Whether a create was refused because the name is in use: Altcraft answers 409 ("another record
 * with the same unique attributes", and a segment's only unique attribute is its name). A refusal
 * wrote nothing, so sending the segment again under another name is safe.
 */
export function isNameTaken(error: unknown): boolean {
  return isApiError(error) && error.code === 409;
}

/** The names of every segment of the connection that any loaded list page holds. */
export function knownSegmentNames(client: QueryClient, connectionId: string): string[] {
  const lists = client.getQueriesData<InfiniteData<SegmentPage>>({ queryKey: queryKeys.segmentLists(connectionId) });
  return lists.flatMap(([, data]) => data?.pages.flatMap((page) => page.items.map((item) => item.name)) ?? []);
}
