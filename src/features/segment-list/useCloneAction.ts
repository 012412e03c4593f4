import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useSaveSegment } from '@/api/mutations';
import type { SegmentSummary, SegmentsProvider } from '@/api/provider';
import { segmentOptions } from '@/api/queries';
import { useMessages } from '@/ui/i18n';
import { copyOf } from '@/ui/segmentCopy';
import { listMessages } from './messages';

export type CloneNotice =
  | { kind: 'working'; source: string }
  | { kind: 'done'; id: number | string; name: string }
  | { kind: 'failed'; source: string; error: Error };

export interface CloneAction {
  notice: CloneNotice | null;
  run: (row: Pick<SegmentSummary, 'id' | 'name'>) => void;
  dismiss: () => void;
}

/** Clone = read the full segment (the list row is only a summary), then create the copy. */
export function useCloneAction(provider: SegmentsProvider): CloneAction {
  const t = useMessages(listMessages);
  const client = useQueryClient();
  const save = useSaveSegment(provider);
  const [notice, setNotice] = useState<CloneNotice | null>(null);
  const { mutateAsync } = save;
  // A double click (or a second click while the first clone runs) makes one copy, not two.
  const inFlight = useRef(new Set<string>());

  const run = useCallback(
    (row: Pick<SegmentSummary, 'id' | 'name'>) => {
      const key = String(row.id);
      if (inFlight.current.has(key)) return;
      inFlight.current.add(key);
      setNotice({ kind: 'working', source: row.name });
      const name = t('clone.name', { name: row.name });
      client
        .fetchQuery(segmentOptions(provider, row.id))
        .then((segment) => mutateAsync({ segment: copyOf(segment, name) }))
        .then(
          ({ id }) => setNotice({ kind: 'done', id, name }),
          (error: unknown) =>
            setNotice({
              kind: 'failed',
              source: row.name,
              error: error instanceof Error ? error : new Error(String(error)),
            }),
        )
        .finally(() => inFlight.current.delete(key));
    },
    [client, provider, mutateAsync, t],
  );
  const dismiss = useCallback(() => setNotice(null), []);
  return useMemo(() => ({ notice, run, dismiss }), [notice, run, dismiss]);
}
