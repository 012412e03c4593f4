import { hashKey, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { estimateOptions } from '@/api/queries';
import { queryKeys } from '@/api/queryKeys';
import type { SegmentsProvider } from '@/api/provider';
import type { Segment } from '@/domain/model';
import { FULL_SAMPLE } from '@/domain/sample';
import { useDebouncedValue } from './useDebouncedValue';

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
export const ESTIMATE_DEBOUNCE_MS = 400;

export interface EstimateState {
  /** Whether this backend can estimate a draft at all. */
  available: boolean;
  total: number | undefined;
  perGroup: Record<string, number> | undefined;
  /** A newer answer is on its way (or waiting for the debounce); `total` is the previous one. */
  pending: boolean;
  error: Error | null;
}

/**
 * The live size of the draft. Typing restarts a short debounce; each draft is its own query, so an
 * answer for an older draft can never replace a newer one, and a draft that stops being current
 * has its request aborted through the query's signal. `ready` is false while the conditions are
 * unfinished: the previous number stays, marked as out of date.
 */
export function useEstimate(provider: SegmentsProvider, segment: Segment, ready: boolean): EstimateState {
  const available = provider.capabilities.estimate && provider.estimate !== undefined;
  const debounced = useDebouncedValue(segment, ESTIMATE_DEBOUNCE_MS);
  const enabled = available && ready && segment.kind !== 'static';
  const query = useQuery({ ...estimateOptions(provider, debounced), enabled });
  const waiting =
    debounced !== segment &&
    hashKey(queryKeys.estimate(provider.connectionId, segment)) !==
      hashKey(queryKeys.estimate(provider.connectionId, debounced));
  const pending = enabled ? waiting || query.isFetching || query.isPlaceholderData : query.data !== undefined;
  const error = enabled && !waiting ? query.error : null;
  const { data } = query;
  // One object per distinct state, so the panels that show it can skip re-rendering.
  return useMemo(
    () => ({ available, total: data?.total, perGroup: data?.perGroup, pending, error }),
    [available, data, pending, error],
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
