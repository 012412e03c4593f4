import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import type { SegmentSummary } from '@/api/provider';
import { useLocale, useMessages, type Translate } from '@/ui/i18n';
import { KIND_COLOR, useSegmentKindLabel } from '@/ui/SegmentKindChip';
import { sortColumnOf, type SortColumn, type SortKey } from './listParams';
import { listMessages } from './messages';
import { SegmentRowActions, type RowAction } from './SegmentRowActions';

/** Rows never wrap, so every row is this tall and the virtualizer's estimate is exact. */
export const ROW_HEIGHT = 53;
/** The sticky app bar above the page; the table header sticks just under it. */
const HEADER_OFFSET = 56;
/** How close to the last loaded row the next page is requested. */
const PREFETCH_ROWS = 15;
const MAX_TAG_CHIPS = 2;

type ListKey = keyof (typeof listMessages)['en'];

interface Column {
  key: string;
  label: ListKey;
  align?: 'right';
  sort?: SortColumn;
  /** Left out on narrow screens, where the name needs the room. */
  narrow?: boolean;
}

export interface SegmentTableProps {
  rows: readonly SegmentSummary[];
  sort: SortKey;
  onSort: (column: SortColumn) => void;
  showUpdated: boolean;
  databaseName: (id: number) => string | undefined;
  /** Rows the backend holds for this view, when it says (for screen readers' "row 5 of 120"). */
  totalRows: number | null;
  loading: boolean;
  /** Asks for the next page; called as the user scrolls near the end of the loaded rows. */
  onNearEnd: () => void;
  onOpen: (row: SegmentSummary) => void;
  onAction: (action: RowAction, row: SegmentSummary) => void;
}

function columnsFor(showUpdated: boolean): Column[] {
  return [
    { key: 'name', label: 'column.name', sort: 'name' },
    { key: 'type', label: 'column.type' },
    { key: 'database', label: 'column.database', narrow: true },
    { key: 'tags', label: 'column.tags', narrow: true },
    { key: 'size', label: 'column.size', align: 'right', sort: 'size' },
    ...(showUpdated ? [{ key: 'updated', label: 'column.updated', sort: 'updated' } as const] : []),
    { key: 'actions', label: 'column.actions' },
  ];
}

/**
 * The segments as a real table, virtualized against the window: only the rows in view (plus a
 * margin) are in the DOM, so 10,000 loaded rows scroll like 50. Rows are laid out with flexbox
 * and placed by transform (roles keep the table semantics), so a new row never makes the browser
 * lay the whole table out again.
 */
export function SegmentTable(props: SegmentTableProps) {
  const t = useMessages(listMessages);
  const locale = useLocale();
  const kindLabel = useSegmentKindLabel();
  const { rows, onNearEnd } = props;
  const columns = columnsFor(props.showUpdated);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // Where the body starts on the page. What lies above it (filters, notes) can change height,
  // which changes the page's height too, so watching the page is enough to stay in step.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const measure = () => setScrollMargin(Math.round(body.getBoundingClientRect().top + window.scrollY));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  // The virtualizer keeps its own mutable state; this component does not rely on memoizing it.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin,
    getItemKey: (index) => String(rows[index]?.id ?? index),
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (!props.loading && lastIndex >= rows.length - PREFETCH_ROWS) onNearEnd();
  }, [lastIndex, rows.length, props.loading, onNearEnd]);

  const active = sortColumnOf(props.sort);
  const { numbers, dates } = useMemo(
    () => ({
      numbers: new Intl.NumberFormat(locale),
      dates: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
    }),
    [locale],
  );

  return (
    <Table
      aria-label={t('tableLabel')}
      aria-rowcount={props.totalRows === null ? -1 : props.totalRows + 1}
      aria-busy={props.loading}
      size="small"
      sx={tableStyles}
    >
      <TableHead className="head">
        <TableRow aria-rowindex={1} className="flex-row">
          {columns.map((column) => {
            const direction = active && active.column === column.sort ? active.direction : undefined;
            return (
              <TableCell
                key={column.key}

                align={column.align}
                // Header and body cells share the col-* boxes, so columns line up without table layout.
                className={`col-${column.key}${column.narrow ? ' hide-narrow' : ''}`}
                aria-sort={direction === undefined ? undefined : direction === 'asc' ? 'ascending' : 'descending'}
                sx={{
                  display: 'flex',
                  alignItems: 'center',
                  minWidth: 0,
                  fontWeight: 600,
                  color: 'text.secondary',
                }}
              >
                {column.key === 'actions' ? (
                  <Box component="span" sx={visuallyHidden}>
                    {t(column.label)}
                  </Box>
                ) : column.sort ? (
                  <TableSortLabel
                    active={direction !== undefined}
                    direction={direction ?? (column.sort === 'name' ? 'asc' : 'desc')}
                    onClick={() => props.onSort(column.sort!)}
                  >
                    {t(column.label)}
                  </TableSortLabel>
                ) : (
                  t(column.label)
                )}
              </TableCell>
            );
          })}
        </TableRow>
      </TableHead>
      <TableBody
        ref={bodyRef}

        className="body"
        style={rows.length > 0 ? { height: virtualizer.getTotalSize() } : undefined}
      >
        {props.loading && rows.length === 0 ? <SkeletonRows columns={columns} /> : null}
        {items.map((item) => {
          const row = rows[item.index]!;
          return (
            <SegmentRow
              key={item.key}
              row={row}
              rowIndex={item.index + 2}
              offset={item.start - scrollMargin}
              t={t}
              showUpdated={props.showUpdated}
              kindLabel={row.kind ? kindLabel(row.kind) : undefined}
              databaseLabel={databaseLabel(row, props.databaseName, t)}
              size={row.count === undefined ? undefined : numbers.format(row.count)}
              updatedText={formatDate(row.updatedAt, dates)}
              onOpen={props.onOpen}
              onAction={props.onAction}
            />
          );
        })}
      </TableBody>
    </Table>
  );
}

function databaseLabel(
  row: SegmentSummary,
  nameOf: (id: number) => string | undefined,
  t: Translate<ListKey>,
): string | undefined {
  if (row.databaseName) return row.databaseName;
  if (row.databaseId === undefined) return undefined;
  return nameOf(row.databaseId) ?? t('database', { id: row.databaseId });
}

function formatDate(iso: string | undefined, format: Intl.DateTimeFormat): string | undefined {
  const time = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(time) ? undefined : format.format(time);
}

interface SegmentRowProps {
  row: SegmentSummary;
  rowIndex: number;
  /** Where the row sits in the body, in px. */
  offset: number;
  t: Translate<ListKey>;
  showUpdated: boolean;
  /** Props are primitives (or stable), so the memoized row re-renders only when its data changes. */
  kindLabel: string | undefined;
  databaseLabel: string | undefined;
  size: string | undefined;
  updatedText: string | undefined;
  onOpen: (row: SegmentSummary) => void;
  onAction: (action: RowAction, row: SegmentSummary) => void;
}

/**
 * Memoized, and built from plain elements styled once by the table (`rowStyles`): rows mount
 * by the dozen on every fast scroll, and a styled component per cell is what makes that slow.
 */
const SegmentRow = memo(function SegmentRow({ row, rowIndex, offset, t, ...props }: SegmentRowProps) {
  const href = `/segments/${encodeURIComponent(String(row.id))}`;
  // The name is the link for keyboards and screen readers; a click anywhere else on the row
  // opens it too. Clicks inside the row's menu (rendered in a portal) are not the row's.
  const handleClick = (event: MouseEvent<HTMLTableRowElement>) => {
    const target = event.target as Element;
    if (!event.currentTarget.contains(target) || target.closest('a, button')) return;
    if (window.getSelection()?.toString()) return;
    props.onOpen(row);
  };
  const unknown = <Unknown label={t('unknown')} />;
  return (
    <tr
      className="row flex-row"
      aria-rowindex={rowIndex}
      onClick={handleClick}
      style={{ transform: `translateY(${offset}px)` }}
    >
      <td className="cell col-name">
        <RouterLink className="name" to={href}>
          {row.name}
        </RouterLink>
      </td>
      <td className="cell col-type">
        {row.kind && props.kindLabel ? (
          <span className="chip kind" data-kind={row.kind}>
            {props.kindLabel}
          </span>
        ) : (
          unknown
        )}
      </td>
      <td className="cell col-database hide-narrow">
        <span className="text">{props.databaseLabel ?? unknown}</span>
      </td>
      <td className="cell col-tags hide-narrow">
        <TagChips tags={row.tags} t={t} />
      </td>
      <td className="cell col-size number">{props.size ?? unknown}</td>
      {props.showUpdated ? (
        <td className="cell col-updated">
          {props.updatedText ? <time dateTime={row.updatedAt}>{props.updatedText}</time> : unknown}
        </td>
      ) : null}
      <td className="cell col-actions">
        <SegmentRowActions row={row} onAction={props.onAction} />
      </td>
    </tr>
  );
});

function TagChips({ tags, t }: { tags: string[]; t: Translate<ListKey> }) {
  if (tags.length === 0) return null;
  const shown = tags.slice(0, MAX_TAG_CHIPS);
  const rest = tags.slice(MAX_TAG_CHIPS);
  return (
    <span className="tags">
      {shown.map((tag) => (
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

/** A dash for sighted users, the words for screen readers. */
function Unknown({ label }: { label: string }) {
  return (
    <span className="unknown">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

function SkeletonRows({ columns }: { columns: Column[] }) {
  const widths = [70, 60, 70, 50, 40, 50, 20];
  return Array.from({ length: 8 }, (_row, index) => (
    <tr key={index} aria-hidden="true" className="flex-row skeleton-row">
      {columns.map((column, cell) => (
        <td key={column.key} className={`cell col-${column.key}${column.narrow ? ' hide-narrow' : ''}`}>
          <Skeleton width={`${widths[cell] ?? 50}%`} />
        </td>
      ))}
    </tr>
  ));
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

const kindColors = Object.fromEntries(
  Object.entries(KIND_COLOR).map(([kind, color]) => [
    `& .kind[data-kind="${kind}"]`,
    color === 'default' ? {} : { color: `${color}.main`, borderColor: `${color}.main` },
  ]),
);

/** Rows and cells are styled here once for the whole table (see SegmentRow). */
const tableStyles = {
  display: 'grid',
  '& .head': {
    display: 'grid',
    position: 'sticky',
    top: HEADER_OFFSET,
    zIndex: 2,
    bgcolor: 'background.paper',
    borderTopLeftRadius: 'inherit',
    borderTopRightRadius: 'inherit',
  },
  '& .flex-row': { display: 'flex', width: '100%' },
  '& .body': { display: 'grid', position: 'relative' },
  '& .row': {
    position: 'absolute',
    top: 0,
    left: 0,
    height: ROW_HEIGHT,
    cursor: 'pointer',
    // Each row is its own layout island: changing one never re-lays the others.
    contain: 'layout style',
  },
  '& .row:hover': { bgcolor: 'action.hover' },
  '& .skeleton-row': { height: ROW_HEIGHT },
  '& .cell': {
    display: 'flex',
    alignItems: 'center',
    minWidth: 0,
    px: 2,
    py: 0,
    borderBottom: 1,
    borderColor: 'divider',
    typography: 'body2',
  },
  '& .col-name': { flex: '1 1 0' },
  '& .col-type': { flex: '0 0 136px' },
  '& .col-database': { flex: '0 0 170px' },
  '& .col-tags': { flex: '0 0 220px' },
  '& .col-size': { flex: '0 0 120px', justifyContent: 'flex-end' },
  '& .col-updated': { flex: '0 0 150px' },
  '& .col-actions': { flex: '0 0 64px', justifyContent: 'flex-end', px: 1 },
  '@media (max-width: 900px)': { '& .hide-narrow': { display: 'none' } },
  '& .name, & .text': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& .number': { fontVariantNumeric: 'tabular-nums' },
  '& .name': {
    color: 'primary.main',
    fontWeight: 600,
    textDecoration: 'none',
    '&:hover': { textDecoration: 'underline' },
  },
  '& .unknown': { color: 'text.disabled' },
  '& .tags': { display: 'flex', gap: 0.5, overflow: 'hidden' },
  '& .chip': {
    display: 'inline-flex',
    alignItems: 'center',
    height: 24,
    px: 1,
    borderRadius: 12,
    fontSize: '0.8125rem',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    maxWidth: 120,
    flexShrink: 0,
  },
  '& .tag': { bgcolor: 'action.selected' },
  '& .kind, & .more': { border: 1, borderColor: 'divider', maxWidth: 'none' },
  '& .kind': { fontWeight: 600 },
  ...kindColors,
  '& .menu-button': {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: 34,
    height: 34,
    p: 0,
    border: 0,
    borderRadius: '50%',
    bgcolor: 'transparent',
    color: 'action.active',
    cursor: 'pointer',
    '&:hover': { bgcolor: 'action.hover' },
    '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 1 },
  },
  '& .visually-hidden': visuallyHidden,
} as const;
