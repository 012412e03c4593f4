import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useSaveSegment } from '@/api/mutations';
import type { SegmentsProvider } from '@/api/provider';
import { isNameTaken, knownSegmentNames } from '@/api/segmentNames';
import type { Segment } from '@/domain/model';
import { saveCopy } from '@/ui/segmentCopy';
import { useCopyWords } from '@/ui/segmentCopyWords';

/**
 * Clones the shown segment and opens the copy, named "(copy)", "(copy 2)"… after the names the
 * loaded lists hold, and the next one when the server refuses a name as taken.
 */
export function useDetailClone(provider: SegmentsProvider) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const words = useCopyWords();
  const save = useSaveSegment(provider);
  const { mutateAsync } = save;
  // A double click makes one copy: the second click arrives before the button shows it is busy.
  const running = useRef(false);
  const mutation = useMutation({
    mutationFn: async ({ segment }: { segment: Segment }) => {
      const { result, name } = await saveCopy({
        source: segment,
        taken: knownSegmentNames(client, provider.connectionId),
        words,
        save: (copy) => mutateAsync({ segment: copy }),
        nameTaken: isNameTaken,
      });
      return { id: result.id, name };
    },
    onSuccess: ({ id, name }) =>
      void navigate(`/segments/${encodeURIComponent(String(id))}`, { state: { clonedAs: name } }),
    onSettled: () => {
      running.current = false;
    },
  });
  const { mutate } = mutation;
  const run = useCallback(
    (variables: { segment: Segment }) => {
      if (running.current) return;
      running.current = true;
      mutate(variables);
    },
    [mutate],
  );
  return { ...mutation, run };
}
