/**
 * What the list does over the rows it has loaded when the backend cannot: filter by type and
 * sort. Rows whose backend does not report a field (no kind, no size) never match a filter on
 * it and sort last, so a missing value is never mistaken for a real one.
 */
import type { SegmentKind } from '@/domain/model';
import { sortColumnOf, type ListParams, type SortColumn, type SortKey } from './listParams';

export interface ViewRow {
  name: string;
  kind?: SegmentKind | undefined;
  count?: number | undefined;
  createdAt?: string | undefined;
  updatedAt?: string | undefined;
  endDate?: string | undefined;
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

const timeOf = (iso: string | undefined) => (iso ? Date.parse(iso) || undefined : undefined);
const ascending = (a: number, b: number) => a - b;
const descending = (a: number, b: number) => b - a;

/** What each sortable column orders by; a new sort column is one line here. */
const SORT_VALUES: Record<Exclude<SortColumn, 'name'>, (row: ViewRow) => number | undefined> = {
  size: (row) => row.count,
  created: (row) => timeOf(row.createdAt),
  updated: (row) => timeOf(row.updatedAt),
  endDate: (row) => timeOf(row.endDate),
};

function comparatorFor(sort: Exclude<SortKey, 'default'>): Compare<ViewRow> {
  const { column, direction } = sortColumnOf(sort)!;
  if (column === 'name') {
    return direction === 'asc'
      ? (a, b) => collator.compare(a.name, b.name)
      : (a, b) => collator.compare(b.name, a.name);
  }
  return byPresent(SORT_VALUES[column], direction === 'asc' ? ascending : descending);
}

export function applyView<T extends ViewRow>(rows: readonly T[], view: Pick<ListParams, 'kind' | 'sort'>): T[] {
  const kept = view.kind ? rows.filter((row) => row.kind === view.kind) : [...rows];
  // Array.prototype.sort is stable, so equal rows keep the backend's order.
  return view.sort === 'default' ? kept : kept.sort(comparatorFor(view.sort));
}
