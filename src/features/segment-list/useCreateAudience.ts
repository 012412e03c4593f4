import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AudienceInput, SegmentsProvider } from '@/api/provider';
import { queryKeys } from '@/api/queryKeys';

/**
 * Creates an audience (capabilities.audiences). The connection's list shows one audience's
 * segments, and the backend may file the new audience's segments there, so the lists are
 * refetched. `unsupported` is the caller's words for a provider without createAudience.
 */
export function useCreateAudience(provider: SegmentsProvider, unsupported: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AudienceInput) => {
      if (!provider.createAudience) return Promise.reject(new Error(unsupported));
      return provider.createAudience(input);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.segmentLists(provider.connectionId) }),
  });
}
