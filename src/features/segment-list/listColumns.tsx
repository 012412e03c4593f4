/**
 * The list's columns as data: one object per column with its header, width, alignment, sort key,
 * cell and the rule that says when the connection's backend shows it. The table's header, its rows,
 * its skeleton and its column widths are all derived from LIST_COLUMNS, so a column is added,
 * removed or changed here and nowhere else.
 */
import type { ReactElement, ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import type { SegmentSummary } from '@/api/provider';
import type { Capabilities, SegmentKind } from '@/domain/model';
import type { Translate } from '@/ui/i18n';
import { FIRST_DIRECTION, type SortColumn } from './listParams';
import type { ListMessageKey } from './messages';
import { SegmentRowActions, type RowAction } from './SegmentRowActions';

export type ColumnKey =
  'name' | 'type' | 'database' | 'tags' | 'status' | 'size' | 'endDate' | 'created' | 'updated' | 'actions';

/**
 * What the loaded rows report. Some columns depend on it as well as on the capabilities: Altcraft
 * saves no tags (capabilities.tags) yet its list reports them, and a date column is only worth its
 * room when the backend sends that date.
 */
export interface ListFacts {
  tags: boolean;
  created: boolean;
  updated: boolean;
}

export const NO_FACTS: ListFacts = { tags: false, created: false, updated: false };

export function factsOf(rows: readonly SegmentSummary[]): ListFacts {
  return {
    tags: rows.some((row) => row.tags.length > 0),
    created: rows.some((row) => row.createdAt !== undefined),
    updated: rows.some((row) => row.updatedAt !== undefined),
  };
}

/** What every cell may need, made once per table render (SegmentTable), never per row. */
export interface CellContext {
  t: Translate<ListMessageKey>;
  kindLabel: (kind: SegmentKind) => string;
  numbers: Intl.NumberFormat;
  dates: Intl.DateTimeFormat;
  databaseName: (id: number) => string | undefined;
  /** The shared "not reported" mark: a dash for sighted users, words for screen readers. */
  unknown: ReactElement;
  /**
   * For a type or size the list leaves out and the row's own read fills (useRowDetails.ts): a
   * placeholder while it has not been read, the "not reported" mark once its read failed.
   */
  unread: (row: SegmentSummary) => ReactElement;
  /** capabilities.editing: the row menu offers Edit and Clone. */
  editing: boolean;
  onAction: (action: RowAction, row: SegmentSummary) => void;
}

export interface ListColumn {
  key: ColumnKey;
  header: ListMessageKey;
  /** Pixels, or 'fill' for the column that takes the rest of the row. */
  width: number | 'fill';
  align?: 'right';
  sort?: SortColumn;
  /** Left out on narrow screens, where the name needs the room. */
  narrow?: boolean;
  /** Tabular figures, so numbers line up. */
  numeric?: boolean;
  /** The header's words are for screen readers only (the actions column). */
  headerHidden?: boolean;
  shows: (capabilities: Capabilities, facts: ListFacts) => boolean;
  /** Plain elements styled once by the table: rows mount by the dozen on every fast scroll. */
  cell: (row: SegmentSummary, context: CellContext) => ReactNode;
}

export const segmentHref = (row: Pick<SegmentSummary, 'id'>) => `/segments/${encodeURIComponent(String(row.id))}`;

const always = () => true;
const MAX_TAG_CHIPS = 2;

function dateCell(iso: string | undefined, context: CellContext): ReactNode {
  const time = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(time)) return context.unknown;
  return <time dateTime={iso}>{context.dates.format(time)}</time>;
}

function databaseCell(row: SegmentSummary, context: CellContext): ReactNode {
  const label =
    row.databaseName ??
    (row.databaseId === undefined
      ? undefined
      : (context.databaseName(row.databaseId) ?? context.t('database', { id: row.databaseId })));
  return label === undefined ? context.unknown : <span className="text">{label}</span>;
}

function statusCell(row: SegmentSummary, context: CellContext): ReactNode {
  // The vendor's own word; its active flag stands in where the word is missing.
  const text =
    row.status ?? (row.active === undefined ? undefined : context.t(row.active ? 'status.active' : 'status.inactive'));
  if (text === undefined) return context.unknown;
  return (
    <span className="chip status" data-active={row.active === false ? 'false' : undefined}>
      {text}
    </span>
  );
}

function tagsCell(row: SegmentSummary, { t }: CellContext): ReactNode {
  if (row.tags.length === 0) return null;
  const rest = row.tags.slice(MAX_TAG_CHIPS);
  return (
    <span className="tags">
      {row.tags.slice(0, MAX_TAG_CHIPS).map((tag) => (
        <span key={tag} className="chip tag">
          {tag}
        </span>
      ))}
      {rest.length > 0 ? (
        <span className="chip more" title={rest.join(', ')}>
          <span aria-hidden="true">{t('moreTags', { count: rest.length })}</span>
          <span className="visually-hidden">{t('moreTags.label', { count: rest.length, tags: rest.join(', ') })}</span>
        </span>
      ) : null}
    </span>
  );
}

/** Every column any backend can show, in the order they appear. */
export const LIST_COLUMNS: readonly ListColumn[] = [
  {
    key: 'name',
    header: 'column.name',
    width: 'fill',
    sort: 'name',
    shows: always,
    cell: (row) => (
      // dir="auto": a right-to-left name reads right; title: a name cut short shows in full on hover.
      <RouterLink className="name" to={segmentHref(row)} dir="auto" title={row.name}>
        {row.name}
      </RouterLink>
    ),
  },
  {
    key: 'type',
    header: 'column.type',
    width: 136,
    // With one kind only (Push0 is dynamic only), a type column would say the same on every row.
    shows: (capabilities) => capabilities.kinds.length > 1,
    cell: (row, context) =>
      row.kind ? (
        <span className="chip kind" data-kind={row.kind}>
          {context.kindLabel(row.kind)}
        </span>
      ) : (
        context.unread(row)
      ),
  },
  {
    key: 'database',
    header: 'column.database',
    width: 170,
    narrow: true,
    shows: (capabilities) => capabilities.databases,
    cell: databaseCell,
  },
  {
    key: 'tags',
    header: 'column.tags',
    width: 220,
    narrow: true,
    shows: (capabilities, facts) => capabilities.tags || facts.tags,
    cell: tagsCell,
  },
  {
    key: 'status',
    header: 'column.status',
    width: 140,
    shows: (capabilities) => capabilities.lifecycle,
    cell: statusCell,
  },
  {
    key: 'size',
    header: 'column.size',
    width: 120,
    align: 'right',
    numeric: true,
    sort: 'size',
    shows: (capabilities) => capabilities.sizes,
    cell: (row, context) => (row.count === undefined ? context.unread(row) : context.numbers.format(row.count)),
  },
  {
    key: 'endDate',
    header: 'column.endDate',
    width: 150,
    sort: 'endDate',
    shows: (capabilities) => capabilities.lifecycle,
    cell: (row, context) => dateCell(row.endDate, context),
  },
  {
    key: 'created',
    header: 'column.created',
    width: 150,
    sort: 'created',
    // A backend with a lifecycle (Digital Audience) has its schedule to show instead; its detail
    // page's Status card says when a segment was created.
    shows: (capabilities, facts) => facts.created && !capabilities.lifecycle,
    cell: (row, context) => dateCell(row.createdAt, context),
  },
  {
    key: 'updated',
    header: 'column.updated',
    width: 150,
    sort: 'updated',
    shows: (_capabilities, facts) => facts.updated,
    cell: (row, context) => dateCell(row.updatedAt, context),
  },
  {
    key: 'actions',
    header: 'column.actions',
    width: 64,
    align: 'right',
    headerHidden: true,
    shows: always,
    cell: (row, context) => <SegmentRowActions row={row} editing={context.editing} onAction={context.onAction} />,
  },
];

/** The columns this backend shows, for what its rows report. */
export function columnsFor(capabilities: Capabilities, facts: ListFacts): ListColumn[] {
  return LIST_COLUMNS.filter((column) => column.shows(capabilities, facts));
}

/** The sort columns among `columns`: a sort on any other is ignored. */
export function sortableColumns(columns: readonly ListColumn[]): SortColumn[] {
  return columns.flatMap((column) => (column.sort ? [column.sort] : []));
}

/** The class a column's header and body cells share, so they line up without table layout. */
export function columnClass(column: ListColumn): string {
  return `col-${column.key}${column.narrow ? ' hide-narrow' : ''}${column.numeric ? ' number' : ''}`;
}

/** The direction a sort label shows before it is active. */
export const initialDirection = (column: ListColumn) => (column.sort ? FIRST_DIRECTION[column.sort] : 'asc');

/** Every column's box, for the table's one-time styles. */
export const columnWidthStyles = Object.fromEntries(
  LIST_COLUMNS.map((column) => [
    `& .col-${column.key}`,
    {
      flex: column.width === 'fill' ? '1 1 0' : `0 0 ${column.width}px`,
      ...(column.align === 'right' ? { justifyContent: 'flex-end' } : {}),
    },
  ]),
);
