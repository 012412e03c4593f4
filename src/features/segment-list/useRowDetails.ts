import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SegmentSummary, SegmentsProvider } from '@/api/provider';
import { segmentOptions } from '@/api/queries';
import type { Segment } from '@/domain/model';
import { detailQueue, type DetailQueue } from './detailQueue';

/** Reads of one segment at a time: enough to fill a screen quickly without crowding the backend. */
export const DETAIL_CONCURRENCY = 4;
/** Results arriving together are shown together: one re-render per batch, not one per row. */
const FLUSH_MS = 50;

/** What a row's `get` adds that its list entry may lack. */
export interface RowDetail {
  kind?: Segment['kind'];
  count?: number;
}

/** What the list still has to learn (or could not), per column. */
export interface Learning {
  kind: number;
  count: number;
}

export interface RowDetails {
  /** The loaded rows with what `get` told about them; a row that gained nothing is the same object. */
  rows: SegmentSummary[];
  /** Rows whose type or size is still being read, for the filter or sort that needs all of them. */
  learning: Learning;
  /** Rows whose type or size could not be read. */
  failed: Learning;
  /** Ids of the rows whose read failed: what they lack stays unknown. */
  unreadable: ReadonlySet<string>;
}

/**
 * Where a backend's list leaves out a row's type or size (Altcraft's segments/list says neither,
 * and tells a static segment from a non-refreshing one by nothing at all), the row's own `get`
 * answers them. This reads the rows on screen first, then, while a type filter or a size sort
 * needs them, every loaded row; at most DETAIL_CONCURRENCY at a time, off the scroll path, and
 * rows scrolled away are dropped from the queue (their reads aborted). Results go into the same
 * TanStack Query cache as the detail page's (segmentOptions), so opening a row afterwards is instant.
 *
 * Only a column the backend has is filled (a type where it has more than one kind, a size where
 * it reports sizes), and only for rows whose list entry lacks it: a backend whose list says both
 * (Push0, Digital Audience) is never asked.
 */
export function useRowDetails(
  provider: SegmentsProvider,
  loaded: readonly SegmentSummary[],
  /** Ids of the rows on screen, most urgent first. */
  onScreen: readonly string[],
  /** Every loaded row's type (a type filter) or size (a size sort) is needed, not just the visible ones'. */
  everything: { kind: boolean; count: boolean },
): RowDetails {
  const client = useQueryClient();
  const { capabilities, connectionId } = provider;
  const fillKind = capabilities.kinds.length > 1;
  const fillCount = capabilities.sizes;

  const [state, setState] = useState(() => emptyState(connectionId));
  // Another connection's rows share nothing with this one's: start afresh (set while rendering,
  // so React re-renders before painting).
  const current = state.connectionId === connectionId ? state : emptyState(connectionId);
  if (current !== state) setState(current);

  const { details, failed: unreadable } = current;
  // Same summary and same detail → the same merged object, so memoized rows do not re-render.
  const [merged] = useState(() => new WeakMap<SegmentSummary, { detail: RowDetail; row: SegmentSummary }>());

  const rows = useMemo(() => {
    const cache = merged;
    return loaded.map((row) => {
      const lacksKind = fillKind && row.kind === undefined;
      const lacksCount = fillCount && row.count === undefined;
      if (!lacksKind && !lacksCount) return row;
      const id = String(row.id);
      const detail = details.get(id) ?? fromCache(client.getQueryData(segmentOptions(provider, id).queryKey));
      if (!detail) return row;
      const previous = cache.get(row);
      if (previous && previous.detail.kind === detail.kind && previous.detail.count === detail.count)
        return previous.row;
      const next: SegmentSummary = { ...row };
      if (lacksKind && detail.kind !== undefined) next.kind = detail.kind;
      if (lacksCount && detail.count !== undefined) next.count = detail.count;
      cache.set(row, { detail, row: next });
      return next;
    });
  }, [loaded, details, merged, client, provider, fillKind, fillCount]);

  const lacking = useMemo(() => {
    const kind: string[] = [];
    const count: string[] = [];
    for (const row of rows) {
      const id = String(row.id);
      if (unreadable.has(id)) continue;
      if (fillKind && row.kind === undefined) kind.push(id);
      if (fillCount && row.count === undefined) count.push(id);
    }
    return { kind, count };
  }, [rows, unreadable, fillKind, fillCount]);

  // What to read now: the rows on screen first, then whatever a filter or sort needs.
  const wanted = useMemo(() => {
    const missing = new Set([...lacking.kind, ...lacking.count]);
    const ids = onScreen.filter((id) => missing.has(id));
    if (everything.kind) ids.push(...lacking.kind);
    if (everything.count) ids.push(...lacking.count);
    return [...new Set(ids)];
  }, [lacking, onScreen, everything.kind, everything.count]);

  const queue = useRef<DetailQueue | null>(null);
  const latest = useRef<readonly string[]>([]);
  // The queue keys rows by string; the backend is asked with the id as its list gave it.
  const ids = useRef(new Map<string, number | string>());
  useEffect(() => {
    for (const row of loaded) ids.current.set(String(row.id), row.id);
  }, [loaded]);
  useEffect(() => {
    const owner = provider.connectionId;
    const arrived = new Map<string, RowDetail>();
    const lost = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const batch = new Map(arrived);
      const failures = new Set(lost);
      arrived.clear();
      lost.clear();
      setState((previous) => {
        const base = previous.connectionId === owner ? previous : emptyState(owner);
        return {
          connectionId: owner,
          details: batch.size ? new Map([...base.details, ...batch]) : base.details,
          failed: failures.size ? new Set([...base.failed, ...failures]) : base.failed,
        };
      });
    };
    const later = () => {
      timer ??= setTimeout(flush, FLUSH_MS);
    };
    const created = detailQueue<Segment>({
      concurrency: DETAIL_CONCURRENCY,
      load: (id, signal) => {
        const options = segmentOptions(provider, ids.current.get(id) ?? id);
        signal.addEventListener('abort', () => void client.cancelQueries({ queryKey: options.queryKey, exact: true }));
        return client.ensureQueryData(options);
      },
      onLoaded: (id, segment) => {
        arrived.set(id, fromCache(segment)!);
        later();
      },
      onFailed: (id) => {
        lost.add(id);
        later();
      },
    });
    queue.current = created;
    created.want(latest.current);
    return () => {
      created.dispose();
      if (timer !== undefined) clearTimeout(timer);
      queue.current = null;
    };
  }, [client, provider]);

  useEffect(() => {
    latest.current = wanted;
    queue.current?.want(wanted);
  }, [wanted]);

  const learning = useMemo(
    () => ({
      kind: everything.kind ? lacking.kind.length : 0,
      count: everything.count ? lacking.count.length : 0,
    }),
    [lacking, everything.kind, everything.count],
  );
  const failed = useMemo(() => {
    let kind = 0;
    let count = 0;
    for (const row of rows) {
      if (!unreadable.has(String(row.id))) continue;
      if (fillKind && row.kind === undefined) kind += 1;
      if (fillCount && row.count === undefined) count += 1;
    }
    return { kind, count };
  }, [rows, unreadable, fillKind, fillCount]);

  return { rows, learning, failed, unreadable };
}

function emptyState(connectionId: string) {
  return { connectionId, details: new Map<string, RowDetail>(), failed: new Set<string>() };
}

function fromCache(segment: Segment | undefined): RowDetail | undefined {
  if (!segment) return undefined;
  const detail: RowDetail = { kind: segment.kind };
  if (segment.count !== undefined) detail.count = segment.count;
  return detail;
}
