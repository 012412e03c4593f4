import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { SegmentSummary } from '@/api/provider';
import { useLocale, useMessages } from '@/ui/i18n';
import { KIND_COLOR, useSegmentKindLabel } from '@/ui/SegmentKindChip';
import { columnClass, columnWidthStyles, initialDirection, type CellContext, type ListColumn } from './listColumns';
import { sortColumnOf, type SortColumn, type SortKey } from './listParams';
import { listMessages } from './messages';
import type { RowAction } from './SegmentRowActions';

/** Rows never wrap, so every row is this tall and the virtualizer's estimate is exact. */
export const ROW_HEIGHT = 53;
/** Below `sm` each row is a card of two lines (the name, then type, size and dates): this tall. */
export const CARD_HEIGHT = 72;
/** Where rows become cards: MUI's `sm` breakpoint (600 px). */
const NARROW = '@media (max-width: 599.95px)';
/** The sticky app bar above the page; the table header sticks just under it. */
const HEADER_OFFSET = 56;
/** How close to the last loaded row the next page is requested. */
const PREFETCH_ROWS = 15;
/** Rows beyond the screen's edges whose details are read too, so a short scroll finds them filled. */
const DETAIL_MARGIN = 3;

export interface SegmentTableProps {
  rows: readonly SegmentSummary[];
  /** The backend's columns (listColumns.tsx), memoized by the page: the rows re-render when they change. */
  columns: readonly ListColumn[];
  sort: SortKey;
  onSort: (column: SortColumn) => void;
  databaseName: (id: number) => string | undefined;
  /** capabilities.editing: the row menu offers Edit and Clone. */
  editing: boolean;
  /** Rows the backend holds for this view, when it says (for screen readers' "row 5 of 120"). */
  totalRows: number | null;
  loading: boolean;
  /** Asks for the next page; called as the user scrolls near the end of the loaded rows. */
  onNearEnd: () => void;
  onOpen: (row: SegmentSummary) => void;
  onAction: (action: RowAction, row: SegmentSummary) => void;
  /** The ids of the rows on screen (and a few beyond), top first, whenever they change. */
  onRowsInView?: (ids: readonly string[]) => void;
  /** Rows whose own read failed (useRowDetails.ts): what they lack is unknown, not still to come. */
  unreadable?: ReadonlySet<string>;
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
  const { rows, columns, onNearEnd, databaseName, editing, onAction, onRowsInView, unreadable = NONE } = props;
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

  // On a phone a row is a card: the name gets the whole width instead of a few characters.
  const narrow = useMediaQuery(NARROW.replace('@media ', ''));
  const rowHeight = narrow ? CARD_HEIGHT : ROW_HEIGHT;

  // The virtualizer keeps its own mutable state; this component does not rely on memoizing it.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => rowHeight,
    // Five rows (265 px) beyond each edge cover a wheel's or a key's step. More only adds rows to
    // mount on every frame of a fast scroll: at 12, scrolling back through 4,000 rows took
    // 83 ms a frame at p95; at 5, 33 ms (`npm run bench -- list`).
    overscan: 5,
    scrollMargin,
    getItemKey: (index) => String(rows[index]?.id ?? index),
  });
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (!props.loading && lastIndex >= rows.length - PREFETCH_ROWS) onNearEnd();
  }, [lastIndex, rows.length, props.loading, onNearEnd]);

  // The rows in view, without the render overscan: what the row-details reader serves first.
  // Only once scrolling pauses (the virtualizer's isScrolling ends 150 ms after the last scroll):
  // rows that fly past are never read, and a fast scroll does not start and cancel a read per row
  // every frame (that was a third of a scroll-back frame's time).
  const range = virtualizer.isScrolling ? null : virtualizer.range;
  const inView =
    range === null
      ? null
      : rows
          .slice(Math.max(0, range.startIndex - DETAIL_MARGIN), range.endIndex + 1 + DETAIL_MARGIN)
          .map((row) => String(row.id))
          .join('\u0000');
  useEffect(() => {
    if (inView !== null) onRowsInView?.(inView === '' ? [] : inView.split('\u0000'));
  }, [inView, onRowsInView]);

  const active = sortColumnOf(props.sort);
  // One context for every cell of every row: stable, so the memoized rows skip re-rendering.
  const context = useMemo<CellContext>(() => {
    const unknown = <MissingValue kind="unknown" label={t('unknown')} />;
    const notRead = <MissingValue kind="not-read" label={t('notReadYet')} />;
    return {
      t,
      kindLabel,
      numbers: new Intl.NumberFormat(locale),
      dates: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
      databaseName,
      unknown,
      unread: (row) => (unreadable.has(String(row.id)) ? unknown : notRead),
      editing,
      onAction,
    };
  }, [t, kindLabel, locale, databaseName, editing, onAction, unreadable]);

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
            const sort = column.sort;
            return (
              <TableCell
                key={column.key}
                align={column.align}
                className={`head-cell ${columnClass(column)}`}
                aria-sort={direction === undefined ? undefined : direction === 'asc' ? 'ascending' : 'descending'}
              >
                {column.headerHidden ? (
                  <span className="visually-hidden">{t(column.header)}</span>
                ) : sort ? (
                  <TableSortLabel
                    active={direction !== undefined}
                    direction={direction ?? initialDirection(column)}
                    onClick={() => props.onSort(sort)}
                  >
                    {t(column.header)}
                  </TableSortLabel>
                ) : (
                  t(column.header)
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
        {items.map((item) => (
          <SegmentRow
            key={item.key}
            row={rows[item.index]!}
            rowIndex={item.index + 2}
            offset={item.start - scrollMargin}
            columns={columns}
            context={context}
            onOpen={props.onOpen}
          />
        ))}
      </TableBody>
    </Table>
  );
}

interface SegmentRowProps {
  row: SegmentSummary;
  rowIndex: number;
  /** Where the row sits in the body, in px. */
  offset: number;
  /** Props are stable unless the row's data changes, so the memoized row re-renders only then. */
  columns: readonly ListColumn[];
  context: CellContext;
  onOpen: (row: SegmentSummary) => void;
}

/**
 * Memoized, and built from plain elements styled once by the table (`tableStyles`): rows mount
 * by the dozen on every fast scroll, and a styled component per cell is what makes that slow.
 */
const SegmentRow = memo(function SegmentRow({ row, rowIndex, offset, columns, context, onOpen }: SegmentRowProps) {
  // The name is the link for keyboards and screen readers; a click anywhere else on the row
  // opens it too. Clicks inside the row's menu (rendered in a portal) are not the row's.
  const handleClick = (event: MouseEvent<HTMLTableRowElement>) => {
    const target = event.target as Element;
    if (!event.currentTarget.contains(target) || target.closest('a, button')) return;
    if (window.getSelection()?.toString()) return;
    onOpen(row);
  };
  return (
    <tr
      className="row flex-row"
      aria-rowindex={rowIndex}
      onClick={handleClick}
      style={{ transform: `translateY(${offset}px)` }}
    >
      {columns.map((column) => (
        <td key={column.key} className={`cell ${columnClass(column)}`}>
          {column.cell(row, context)}
        </td>
      ))}
    </tr>
  );
});

const NONE: ReadonlySet<string> = new Set();

/**
 * A cell without its value: a mark for sighted users, the words for screen readers. "unknown" is a
 * dash (not reported, or its read failed); "not-read" a faint bar where the value appears once the
 * row is read (rows are read once scrolling pauses).
 */
function MissingValue({ kind, label }: { kind: 'unknown' | 'not-read'; label: string }) {
  return (
    <span className={kind}>
      {kind === 'unknown' ? <span aria-hidden="true">—</span> : <span aria-hidden="true" className="not-read-bar" />}
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

const SKELETON_WIDTHS = [70, 60, 70, 50, 40, 50, 20];

function SkeletonRows({ columns }: { columns: readonly ListColumn[] }) {
  return Array.from({ length: 8 }, (_row, index) => (
    <tr key={index} aria-hidden="true" className="flex-row skeleton-row">
      {columns.map((column, cell) => (
        <td key={column.key} className={`cell ${columnClass(column)}`}>
          <Skeleton width={`${SKELETON_WIDTHS[cell] ?? 50}%`} />
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
    // The overscan rows off screen skip style and layout of their cells until they scroll in:
    // a fast scroll mounts dozens of rows a frame, and styling their cells was most of its time.
    contentVisibility: 'auto',
    containIntrinsicSize: `auto ${ROW_HEIGHT}px`,
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
  '& .head-cell': {
    display: 'flex',
    alignItems: 'center',
    minWidth: 0,
    fontWeight: 600,
    color: 'text.secondary',
  },
  // A keyboard user sees which sort header has focus (MUI draws none for TableSortLabel).
  '& .MuiTableSortLabel-root.Mui-focusVisible': {
    outline: '2px solid',
    outlineColor: 'primary.main',
    outlineOffset: 2,
    borderRadius: 0.5,
    color: 'text.primary',
  },
  ...columnWidthStyles,
  '& .cell.col-actions': { px: 1 },
  '@media (max-width: 900px)': { '& .hide-narrow': { display: 'none' } },
  // Cards below `sm`: the name on its own line, type, size and dates under it, the menu at the
  // right; the header becomes a wrapping row of sort buttons. Nothing scrolls sideways.
  [NARROW]: {
    '& .flex-row': { flexWrap: 'wrap', alignContent: 'center' },
    '& .row, & .skeleton-row': {
      height: CARD_HEIGHT,
      pr: 6,
      borderBottom: 1,
      borderColor: 'divider',
    },
    '& .flex-row > .cell': { flex: '0 0 auto', height: 28, px: 1, borderBottom: 0, maxWidth: '100%' },
    '& .flex-row > .cell.col-name': { flex: '1 0 100%' },
    '& .flex-row > .cell.col-actions': { position: 'absolute', top: 0, right: 0, bottom: 0, height: 'auto' },
    '& .head .flex-row': { borderBottom: 1, borderColor: 'divider' },
    '& .head .head-cell': { flex: '0 0 auto', px: 1, borderBottom: 0 },
    '& .head .head-cell.col-actions': { flex: '0 0 0', p: 0, overflow: 'hidden' },
  },
  '& .name, & .text': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& .number': { fontVariantNumeric: 'tabular-nums' },
  '& .name': {
    color: 'primary.main',
    fontWeight: 600,
    textDecoration: 'none',
    '&:hover': { textDecoration: 'underline' },
  },
  '& .unknown': { color: 'text.disabled' },
  '& .not-read-bar': {
    display: 'inline-block',
    width: 32,
    height: 8,
    borderRadius: 4,
    bgcolor: 'action.selected',
    verticalAlign: 'middle',
  },
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
  '& .status': { border: 1, borderColor: 'divider', maxWidth: 'none' },
  '& .status[data-active="false"]': { color: 'text.secondary', borderStyle: 'dashed' },
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
