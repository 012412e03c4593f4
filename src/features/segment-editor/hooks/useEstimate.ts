import { hashKey, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { estimateOptions } from '@/api/queries';
import { queryKeys } from '@/api/queryKeys';
import type { SegmentsProvider } from '@/api/provider';
import type { Segment } from '@/domain/model';
import { FULL_SAMPLE, isFullSample } from '@/domain/sample';
import { useDebouncedValue } from './useDebouncedValue';

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
export const ESTIMATE_DEBOUNCE_MS = 400;

export interface EstimateState {
  /** Whether this backend can estimate a draft at all. */
  available: boolean;
  /** The last answer for this database; undefined right after a database switch. */
  total: number | undefined;
  /** Counts per group, only while they describe the conditions on screen (or are being replaced). */
  perGroup: Record<string, number> | undefined;
  /**
   * A newer answer is on its way (or waiting for the debounce); `total` is the previous one. Never
   * true while nothing is coming: an error or conditions that cannot be estimated end it.
   */
  pending: boolean;
  error: Error | null;
}

type EstimateKey = ReturnType<typeof queryKeys.estimate>;

/** The database an estimate's query key counts in (`queryKeys.estimate`). */
const databaseOfKey = (key: EstimateKey): number => key[4];

/**
 * The live size of the draft. Typing restarts a short debounce; each draft is its own query, so an
 * answer for an older draft can never replace a newer one, and a draft that stops being current
 * has its request aborted through the query's signal. While a new count is on its way the previous
 * one stays, marked as updating, but only within one database: after a switch the old database's
 * figure is gone at once. `ready` is false while the conditions are unfinished: no count is asked,
 * the last total stays for the panel to dim, and group counts (which no longer hold) are dropped.
 */
export function useEstimate(provider: SegmentsProvider, segment: Segment, ready: boolean): EstimateState {
  const available = provider.capabilities.estimate && provider.estimate !== undefined;
  const debounced = useDebouncedValue(segment, ESTIMATE_DEBOUNCE_MS);
  const enabled = available && ready && segment.kind !== 'static';
  const databaseId = debounced.databaseId;
  const query = useQuery({
    ...estimateOptions(provider, debounced),
    enabled,
    // Keep the previous number while recounting, but never another database's.
    placeholderData: (previous, previousQuery) =>
      previousQuery && databaseOfKey(previousQuery.queryKey) === databaseId ? previous : undefined,
  });
  const switched = segment.databaseId !== debounced.databaseId;
  const waiting =
    debounced !== segment &&
    (switched ||
      hashKey(queryKeys.estimate(provider.connectionId, segment)) !==
        hashKey(queryKeys.estimate(provider.connectionId, debounced)));
  const pending = enabled && (waiting || query.isFetching || query.isPlaceholderData);
  const error = enabled && !waiting ? query.error : null;
  const data = switched ? undefined : query.data;
  const perGroup = enabled ? data?.perGroup : undefined;
  // One object per distinct state, so the panels that show it can skip re-rendering.
  return useMemo(
    () => ({ available, total: data?.total, perGroup, pending, error }),
    [available, data, perGroup, pending, error],
  );
}

/** How many profiles the database holds: the estimate of "everyone, no sample, no limit". */
export function useDatabaseSize(provider: SegmentsProvider, databaseId: number): number | undefined {
  const everyone = useMemo<Segment>(
    () => ({
      name: '',
      tags: [],
      kind: 'dynamic',
      refreshDaily: false,
      databaseId,
      blocks: [
        {
          databaseId,
          sample: { ...FULL_SAMPLE },
          limit: 0,
          root: { type: 'group', id: 'everyone', combinator: 'and', children: [] },
        },
      ],
    }),
    [databaseId],
  );
  const enabled = provider.capabilities.estimate && provider.estimate !== undefined && databaseId > 0;
  const query = useQuery({ ...estimateOptions(provider, everyone), enabled, staleTime: 5 * 60_000 });
  return query.isPlaceholderData ? undefined : query.data?.total;
}

/**
 * Per group, the profiles that match the draft's conditions with no sample and no limit: what a
 * sample takes its share of. Moving the sample does not change the query, so it asks nothing.
 */
export function useUnsampledCounts(
  provider: SegmentsProvider,
  segment: Segment,
  ready: boolean,
): Record<string, number> | undefined {
  const unsampled = useMemo<Segment>(
    () => ({
      ...segment,
      blocks: segment.blocks.map((block) =>
        isFullSample(block.sample) && block.limit === 0 ? block : { ...block, sample: { ...FULL_SAMPLE }, limit: 0 },
      ),
    }),
    [segment],
  );
  return useEstimate(provider, unsampled, ready).perGroup;
}
