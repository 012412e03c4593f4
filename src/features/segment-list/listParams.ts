/**
 * The list's view state as it lives in the URL, so a view can be shared or bookmarked:
 * `?q=vip&type=static&tag=geo&tag=promo&sort=name-asc`. Unknown or malformed values are
 * dropped rather than trusted, so a hand-edited link never breaks the page.
 */
import type { SegmentListFilters } from '@/api/queryKeys';
import type { SegmentKind } from '@/domain/model';

export const SEGMENT_KINDS: readonly SegmentKind[] = ['static', 'dynamic', 'updatable'];

export const SORT_COLUMNS = ['name', 'size', 'created', 'updated', 'endDate'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

/**
 * The direction a column sorts in on its first click: names A→Z, sizes largest first, creation and
 * update newest first, end dates soonest first (what ends next is what needs attention).
 */
export const FIRST_DIRECTION: Record<SortColumn, SortDirection> = {
  name: 'asc',
  size: 'desc',
  created: 'desc',
  updated: 'desc',
  endDate: 'asc',
};

export type SortKey = 'default' | `${SortColumn}-${SortDirection}`;
export const SORT_KEYS: readonly SortKey[] = [
  'default',
  ...SORT_COLUMNS.flatMap((column) => [`${column}-asc` as const, `${column}-desc` as const]),
];

export interface ListParams {
  search: string;
  kind: SegmentKind | null;
  tags: string[];
  sort: SortKey;
}

export const DEFAULT_LIST_PARAMS: ListParams = { search: '', kind: null, tags: [], sort: 'default' };

const isKind = (value: string | null): value is SegmentKind => SEGMENT_KINDS.some((kind) => kind === value);
const isSortKey = (value: string | null): value is SortKey => SORT_KEYS.some((key) => key === value);

/** Trimmed, without blanks or repeats, in the order given: a tag filter as the list applies it. */
export const distinctTags = (tags: readonly string[]): string[] =>
  [...new Set(tags.map((tag) => tag.trim()))].filter(Boolean);

/** Rows per request; the table asks for the next page as the user nears the end. */
export const PAGE_SIZE = 50;

/**
 * What the list asks its backend for, from its view: the search and the tags go to the server; the
 * type filter and the sort are applied to the loaded rows. The page and the first-load prefetch
 * (app/firstPage.ts) both build it here, so they ask under one query key.
 */
export function listFilters(view: Pick<ListParams, 'search' | 'tags'>): SegmentListFilters {
  return {
    limit: PAGE_SIZE,
    ...(view.search ? { search: view.search } : {}),
    ...(view.tags.length ? { tags: view.tags } : {}),
  };
}

export function parseListParams(params: URLSearchParams): ListParams {
  const kind = params.get('type');
  const sort = params.get('sort');
  const tags = distinctTags(params.getAll('tag'));
  return {
    search: params.get('q')?.trim() ?? '',
    kind: isKind(kind) ? kind : null,
    tags,
    sort: isSortKey(sort) ? sort : 'default',
  };
}

/** Writes the view into `params`, leaving other keys alone; defaults are omitted to keep links short. */
export function writeListParams(params: URLSearchParams, view: ListParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['q', 'type', 'tag', 'sort']) next.delete(key);
  const search = view.search.trim();
  if (search) next.set('q', search);
  if (view.kind) next.set('type', view.kind);
  for (const tag of view.tags) next.append('tag', tag);
  if (view.sort !== 'default') next.set('sort', view.sort);
  return next;
}

export function hasActiveFilters(view: ListParams): boolean {
  return view.search !== '' || view.kind !== null || view.tags.length > 0;
}

export function sortColumnOf(sort: SortKey): { column: SortColumn; direction: SortDirection } | null {
  if (sort === 'default') return null;
  const [column, direction] = sort.split('-') as [SortColumn, SortDirection];
  return { column, direction };
}

/**
 * A header click: a new column starts in its natural direction (FIRST_DIRECTION); the same column
 * flips, and a third click returns to the backend's order.
 */
export function nextSort(current: SortKey, column: SortColumn): SortKey {
  const first = FIRST_DIRECTION[column];
  const active = sortColumnOf(current);
  if (active?.column !== column) return `${column}-${first}`;
  if (active.direction === first) return `${column}-${first === 'asc' ? 'desc' : 'asc'}`;
  return 'default';
}

/**
 * The view as a backend can apply it: a type filter only where it has more than one kind, a sort
 * only on a column it shows. A link made on another connection then never empties the list.
 */
export function supportedView(
  view: ListParams,
  kinds: readonly SegmentKind[],
  sortable: readonly SortColumn[],
): ListParams {
  const column = sortColumnOf(view.sort)?.column;
  const kind = kinds.length > 1 && view.kind !== null && kinds.includes(view.kind) ? view.kind : null;
  const sort = column === undefined || sortable.includes(column) ? view.sort : 'default';
  return kind === view.kind && sort === view.sort ? view : { ...view, kind, sort };
}
