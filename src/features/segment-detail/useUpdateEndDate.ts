import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SegmentsProvider } from '@/api/provider';
import { queryKeys } from '@/api/queryKeys';
import type { Segment } from '@/domain/model';

/**
 * Moves a segment's end date (capabilities.lifecycle). The backend answers with the segment, which
 * replaces the cached one at once (no second read); lists are refetched for their End date column.
 * Lifecycle facts a sparse answer leaves out keep their cached values rather than vanish.
 * `unsupported` is the caller's words for a provider without updateEndDate.
 */
export function useUpdateEndDate(provider: SegmentsProvider, segmentId: number | string, unsupported: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (endDate: string) => {
      if (!provider.updateEndDate) return Promise.reject(new Error(unsupported));
      return provider.updateEndDate(segmentId, endDate);
    },
    onSuccess: (answer) => {
      client.setQueryData<Segment>(queryKeys.segment(provider.connectionId, segmentId), (cached) =>
        cached ? { ...cached, ...answer, lifecycle: { ...cached.lifecycle, ...answer.lifecycle } } : answer,
      );
      void client.invalidateQueries({ queryKey: queryKeys.segmentLists(provider.connectionId) });
    },
  });
}
