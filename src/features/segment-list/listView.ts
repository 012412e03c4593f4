/**
 * What the list does over the rows it has loaded when the backend cannot: filter by type and
 * sort. Rows whose backend does not report a field (no kind, no size) never match a filter on
 * it and sort last, so a missing value is never mistaken for a real one.
 */
import type { SegmentKind } from '@/domain/model';
import type { ListParams, SortKey } from './listParams';

export interface ViewRow {
  name: string;
  kind?: SegmentKind | undefined;
  count?: number | undefined;
  updatedAt?: string | undefined;
}

type Compare<T> = (a: T, b: T) => number;

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Orders by `key`, always putting rows without a value last whatever the direction. */
function byPresent<T, V>(key: (row: T) => V | undefined, compare: Compare<V>): Compare<T> {
  return (a, b) => {
    const left = key(a);
    const right = key(b);
    if (left === undefined || right === undefined) return Number(left === undefined) - Number(right === undefined);
    return compare(left, right);
  };
}

const time = (row: ViewRow) => (row.updatedAt ? Date.parse(row.updatedAt) || undefined : undefined);

const COMPARATORS: Record<Exclude<SortKey, 'default'>, Compare<ViewRow>> = {
  'name-asc': (a, b) => collator.compare(a.name, b.name),
  'name-desc': (a, b) => collator.compare(b.name, a.name),
  'size-desc': byPresent(
    (row) => row.count,
    (a, b) => b - a,
  ),
  'size-asc': byPresent(
    (row) => row.count,
    (a, b) => a - b,
  ),
  'updated-asc': byPresent(time, (a, b) => a - b),
  'updated-desc': byPresent(time, (a, b) => b - a),
};

export function applyView<T extends ViewRow>(rows: readonly T[], view: Pick<ListParams, 'kind' | 'sort'>): T[] {
  const kept = view.kind ? rows.filter((row) => row.kind === view.kind) : [...rows];
  // Array.prototype.sort is stable, so equal rows keep the backend's order.
  return view.sort === 'default' ? kept : kept.sort(COMPARATORS[view.sort]);
}
