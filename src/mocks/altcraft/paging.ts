import { LIST_PAGE_LIMIT } from '@/api/altcraft/endpoints';

export interface PageRequest {
  from_id?: number;
  limit?: number;
}

/**
 * Altcraft paging over id-ordered items: the items from `from_id` on (default 1), at most `limit`
 * (default and maximum 1000). `next_from_id` is the first id of the next page, 0 after the last;
 * `total_count` counts every item the request's filters kept.
 */
export function page<T extends { id: number }>(items: readonly T[], request: PageRequest) {
  const from = request.from_id ?? 1;
  const limit = Math.min(Math.max(Math.trunc(request.limit ?? LIST_PAGE_LIMIT), 1), LIST_PAGE_LIMIT);
  const start = items.findIndex((item) => item.id >= from);
  const rest = start < 0 ? [] : items.slice(start);
  return {
    items: rest.slice(0, limit),
    extra: { next_from_id: rest[limit]?.id ?? 0, total_count: items.length },
  };
}
