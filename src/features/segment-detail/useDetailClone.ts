import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useSaveSegment } from '@/api/mutations';
import type { SegmentsProvider } from '@/api/provider';
import type { Segment } from '@/domain/model';
import { copyOf } from '@/ui/segmentCopy';

/** Clones the shown segment and opens the copy; the caller names the copy (it owns the words). */
export function useDetailClone(provider: SegmentsProvider) {
  const navigate = useNavigate();
  const save = useSaveSegment(provider);
  const { mutateAsync } = save;
  // A double click makes one copy: the second click arrives before the button shows it is busy.
  const running = useRef(false);
  const mutation = useMutation({
    mutationFn: async ({ segment, name }: { segment: Segment; name: string }) => {
      const { id } = await mutateAsync({ segment: copyOf(segment, name) });
      return { id, name };
    },
    onSuccess: ({ id, name }) =>
      void navigate(`/segments/${encodeURIComponent(String(id))}`, { state: { clonedAs: name } }),
    onSettled: () => {
      running.current = false;
    },
  });
  const { mutate } = mutation;
  const run = useCallback(
    (variables: { segment: Segment; name: string }) => {
      if (running.current) return;
      running.current = true;
      mutate(variables);
    },
    [mutate],
  );
  return { ...mutation, run };
}
