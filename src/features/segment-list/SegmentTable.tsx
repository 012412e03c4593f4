import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import type { SegmentSummary } from '@/api/provider';
import { useLocale, useMessages, type Translate } from '@/ui/i18n';
import { SegmentKindChip } from '@/ui/SegmentKindChip';
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
  width?: number;
  align?: 'right';
  sort?: SortColumn;
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
    { key: 'type', label: 'column.type', width: 136 },
    { key: 'database', label: 'column.database', width: 170 },
    { key: 'tags', label: 'column.tags', width: 220 },
    { key: 'size', label: 'column.size', width: 120, align: 'right', sort: 'size' },
    ...(showUpdated ? [{ key: 'updated', label: 'column.updated', width: 150, sort: 'updated' } as const] : []),
    { key: 'actions', label: 'column.actions', width: 64 },
  ];
}

/**
 * The segments as a real table, virtualized against the window: only the rows in view (plus a
 * margin) are in the DOM, so 10,000 loaded rows scroll like 50. Spacer rows keep the scroll height.
 */
export function SegmentTable(props: SegmentTableProps) {
  const t = useMessages(listMessages);
  const locale = useLocale();
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

  const paddingTop = items.length > 0 ? items[0]!.start - scrollMargin : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items.at(-1)!.end - scrollMargin) : 0;
  const active = sortColumnOf(props.sort);
  const numbers = new Intl.NumberFormat(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

  return (
    <Table
      aria-label={t('tableLabel')}
      aria-rowcount={props.totalRows === null ? -1 : props.totalRows + 1}
      aria-busy={props.loading}
      size="small"
      sx={{ tableLayout: 'fixed', minWidth: 880 }}
    >
      <TableHead>
        <TableRow aria-rowindex={1}>
          {columns.map((column) => {
            const direction = active && active.column === column.sort ? active.direction : undefined;
            return (
              <TableCell
                key={column.key}
                align={column.align}
                aria-sort={direction === undefined ? undefined : direction === 'asc' ? 'ascending' : 'descending'}
                sx={{
                  width: column.width,
                  position: 'sticky',
                  top: HEADER_OFFSET,
                  zIndex: 2,
                  bgcolor: 'background.paper',
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
      <TableBody ref={bodyRef}>
        {props.loading && rows.length === 0 ? <SkeletonRows columns={columns.length} /> : null}
        {paddingTop > 0 ? <SpacerRow height={paddingTop} columns={columns.length} /> : null}
        {items.map((item) => {
          const row = rows[item.index]!;
          return (
            <SegmentRow
              key={item.key}
              row={row}
              rowIndex={item.index + 2}
              t={t}
              showUpdated={props.showUpdated}
              databaseLabel={databaseLabel(row, props.databaseName, t)}
              size={row.count === undefined ? undefined : numbers.format(row.count)}
              updated={formatDate(row.updatedAt, dates)}
              onOpen={props.onOpen}
              onAction={props.onAction}
            />
          );
        })}
        {paddingBottom > 0 ? <SpacerRow height={paddingBottom} columns={columns.length} /> : null}
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

function formatDate(iso: string | undefined, format: Intl.DateTimeFormat): { text: string; iso: string } | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : { text: format.format(time), iso };
}

interface SegmentRowProps {
  row: SegmentSummary;
  rowIndex: number;
  t: Translate<ListKey>;
  showUpdated: boolean;
  databaseLabel: string | undefined;
  size: string | undefined;
  updated: { text: string; iso: string } | undefined;
  onOpen: (row: SegmentSummary) => void;
  onAction: (action: RowAction, row: SegmentSummary) => void;
}

const cellText = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** Memoized: while scrolling, only rows entering the window render. */
const SegmentRow = memo(function SegmentRow({ row, rowIndex, t, ...props }: SegmentRowProps) {
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
    <TableRow hover aria-rowindex={rowIndex} onClick={handleClick} sx={{ height: ROW_HEIGHT, cursor: 'pointer' }}>
      <TableCell sx={cellText}>
        <Link component={RouterLink} to={href} underline="hover" sx={{ fontWeight: 600 }}>
          {row.name}
        </Link>
      </TableCell>
      <TableCell>{row.kind ? <SegmentKindChip kind={row.kind} /> : unknown}</TableCell>
      <TableCell sx={cellText}>{props.databaseLabel ?? unknown}</TableCell>
      <TableCell sx={{ py: 0 }}>
        <TagChips tags={row.tags} t={t} />
      </TableCell>
      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {props.size ?? unknown}
      </TableCell>
      {props.showUpdated ? (
        <TableCell sx={cellText}>
          {props.updated ? <time dateTime={props.updated.iso}>{props.updated.text}</time> : unknown}
        </TableCell>
      ) : null}
      <TableCell align="right" sx={{ py: 0 }}>
        <SegmentRowActions row={row} onAction={props.onAction} />
      </TableCell>
    </TableRow>
  );
});

function TagChips({ tags, t }: { tags: string[]; t: Translate<ListKey> }) {
  if (tags.length === 0) return null;
  const shown = tags.slice(0, MAX_TAG_CHIPS);
  const rest = tags.slice(MAX_TAG_CHIPS);
  return (
    <Box sx={{ display: 'flex', gap: 0.5, overflow: 'hidden' }}>
      {shown.map((tag) => (
        <Chip key={tag} size="small" label={tag} sx={{ maxWidth: 120 }} />
      ))}
      {rest.length > 0 ? (
        <Chip
          size="small"
          variant="outlined"
          title={rest.join(', ')}
          label={
            <>
              <span aria-hidden="true">{t('moreTags', { count: rest.length })}</span>
              <Box component="span" sx={visuallyHidden}>
                {t('moreTags.label', { count: rest.length, tags: rest.join(', ') })}
              </Box>
            </>
          }
        />
      ) : null}
    </Box>
  );
}

/** A dash for sighted users, the words for screen readers. */
function Unknown({ label }: { label: string }) {
  return (
    <Box component="span" sx={{ color: 'text.disabled' }}>
      <span aria-hidden="true">—</span>
      <Box component="span" sx={visuallyHidden}>
        {label}
      </Box>
    </Box>
  );
}

function SpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true">
      <td colSpan={columns} aria-hidden="true" style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}

function SkeletonRows({ columns }: { columns: number }) {
  const widths = [70, 60, 70, 50, 40, 50, 20];
  return Array.from({ length: 8 }, (_row, index) => (
    <TableRow key={index} aria-hidden="true" sx={{ height: ROW_HEIGHT }}>
      {Array.from({ length: columns }, (_cell, cell) => (
        <TableCell key={cell}>
          <Skeleton width={`${widths[cell] ?? 50}%`} />
        </TableCell>
      ))}
    </TableRow>
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
