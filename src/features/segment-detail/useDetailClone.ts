import { useMutation } from '@tanstack/react-query';
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
  return useMutation({
    mutationFn: async ({ segment, name }: { segment: Segment; name: string }) => {
      const { id } = await mutateAsync({ segment: copyOf(segment, name) });
      return { id, name };
    },
    onSuccess: ({ id, name }) =>
      void navigate(`/segments/${encodeURIComponent(String(id))}`, { state: { clonedAs: name } }),
  });
}
