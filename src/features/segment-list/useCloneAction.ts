import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { isApiError } from '@/api/errors';
import { useSaveSegment } from '@/api/mutations';
import type { SegmentSummary, SegmentsProvider } from '@/api/provider';
import { segmentOptions } from '@/api/queries';
import { isNameTaken, knownSegmentNames } from '@/api/segmentNames';
import { isUncertainWrite } from '@/api/writeOutcome';
import type { Segment } from '@/domain/model';
import { saveCopy } from '@/ui/segmentCopy';
import { useCopyWords } from '@/ui/segmentCopyWords';

export type CloneNotice =
  | { kind: 'working'; source: string }
  | { kind: 'done'; id: number | string; name: string }
  | {
      kind: 'failed';
      source: string;
      error: Error;
      /** Sends that same copy again under the failed write's Request-ID: its outcome is unknown. */
      retry?: () => void;
    };

export interface CloneAction {
  notice: CloneNotice | null;
  run: (row: Pick<SegmentSummary, 'id' | 'name'>) => void;
  dismiss: () => void;
}

interface Cloned {
  id: number | string;
  name: string;
}

/** What a clone sent last: the copy a retry must send again, unchanged. */
interface Sent {
  copy?: Segment;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/**
 * Clone = read the full segment (the list row is only a summary), then create the copy under the
 * first free name: "(copy)", "(copy 2)"… among the names the loaded lists hold, and the next one
 * when the server refuses a name as taken.
 */
export function useCloneAction(provider: SegmentsProvider): CloneAction {
  const client = useQueryClient();
  const words = useCopyWords();
  const save = useSaveSegment(provider);
  const [notice, setNotice] = useState<CloneNotice | null>(null);
  const { mutateAsync } = save;
  // A double click (or a second click while the first clone runs) makes one copy, not two.
  const inFlight = useRef(new Set<string>());

  const start = useCallback(
    (key: string, source: string, work: (sent: Sent) => Promise<Cloned>) => {
      function attempt(next: (sent: Sent) => Promise<Cloned>) {
        if (inFlight.current.has(key)) return;
        inFlight.current.add(key);
        setNotice({ kind: 'working', source });
        const sent: Sent = {};
        next(sent)
          .then(
            ({ id, name }) => setNotice({ kind: 'done', id, name }),
            (reason: unknown) => {
              const error = asError(reason);
              const { copy } = sent;
              const requestId = isApiError(error) ? error.requestId : undefined;
              // A write whose answer was lost may have happened: only its own Request-ID may send it again.
              const retry =
                copy && requestId && isUncertainWrite(error)
                  ? () =>
                      attempt((again) => {
                        again.copy = copy;
                        return mutateAsync({ segment: copy, requestId }).then(({ id }) => ({ id, name: copy.name }));
                      })
                  : undefined;
              setNotice({ kind: 'failed', source, error, ...(retry ? { retry } : {}) });
            },
          )
          .finally(() => inFlight.current.delete(key));
      }
      attempt(work);
    },
    [mutateAsync],
  );

  const run = useCallback(
    (row: Pick<SegmentSummary, 'id' | 'name'>) =>
      start(String(row.id), row.name, async (sent) => {
        const source = await client.fetchQuery(segmentOptions(provider, row.id));
        const { result, name } = await saveCopy({
          source,
          taken: knownSegmentNames(client, provider.connectionId),
          words,
          save: (copy) => {
            sent.copy = copy;
            return mutateAsync({ segment: copy });
          },
          nameTaken: isNameTaken,
        });
        return { id: result.id, name };
      }),
    [client, provider, mutateAsync, words, start],
  );
  const dismiss = useCallback(() => setNotice(null), []);
  return useMemo(() => ({ notice, run, dismiss }), [notice, run, dismiss]);
}
