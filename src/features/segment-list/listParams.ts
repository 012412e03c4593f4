/**
 * The list's view state as it lives in the URL, so a view can be shared or bookmarked:
 * `?q=vip&type=static&tag=geo&tag=promo&sort=name-asc`. Unknown or malformed values are
 * dropped rather than trusted, so a hand-edited link never breaks the page.
 */
import type { SegmentKind } from '@/domain/model';

export const SEGMENT_KINDS: readonly SegmentKind[] = ['static', 'dynamic', 'updatable'];

export const SORT_COLUMNS = ['name', 'size', 'updated'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

export const SORT_KEYS = [
  'default',
  'name-asc',
  'name-desc',
  'size-asc',
  'size-desc',
  'updated-asc',
  'updated-desc',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ListParams {
  search: string;
  kind: SegmentKind | null;
  tags: string[];
  sort: SortKey;
}

export const DEFAULT_LIST_PARAMS: ListParams = { search: '', kind: null, tags: [], sort: 'default' };

const isKind = (value: string | null): value is SegmentKind => SEGMENT_KINDS.some((kind) => kind === value);
const isSortKey = (value: string | null): value is SortKey => SORT_KEYS.some((key) => key === value);

export function parseListParams(params: URLSearchParams): ListParams {
  const kind = params.get('type');
  const sort = params.get('sort');
  const tags = [...new Set(params.getAll('tag').map((tag) => tag.trim()))].filter(Boolean);
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
 * A header click: a new column starts in its natural direction (names A→Z, sizes and dates
 * largest/newest first); the same column flips, and a third click returns to the backend's order.
 */
export function nextSort(current: SortKey, column: SortColumn): SortKey {
  const first: SortDirection = column === 'name' ? 'asc' : 'desc';
  const active = sortColumnOf(current);
  if (active?.column !== column) return `${column}-${first}`;
  if (active.direction === first) return `${column}-${first === 'asc' ? 'desc' : 'asc'}`;
  return 'default';
}
