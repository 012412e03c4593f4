import { useCallback, useEffect, useRef } from 'react';
import { clearDraft, writeDraft } from '../draftStore';
import type { SegmentFormValues } from '../segmentForm';

const WRITE_DELAY_MS = 300;

type Pending = { kind: 'write'; values: SegmentFormValues } | { kind: 'clear' } | null;

/**
 * Keeps the local draft in step with the form: written shortly after each change while there are
 * unsaved changes, removed once there are none. A pending write is flushed when the page hides or
 * the editor closes, so a reload right after typing still finds it. `stop` (after a save) removes
 * the draft and keeps it removed.
 */
export function useDraftAutosave(key: string, values: SegmentFormValues, dirty: boolean) {
  const pending = useRef<Pending>(null);
  const stopped = useRef(false);
  const first = useRef(values);

  const flush = useCallback(() => {
    const job = pending.current;
    pending.current = null;
    if (!job || stopped.current) return;
    if (job.kind === 'write') writeDraft(localStorage, key, job.values, Date.now());
    else clearDraft(localStorage, key);
  }, [key]);

  useEffect(() => {
    // A restored draft is already stored as it is; rewriting it would only change its time.
    if (values === first.current) return undefined;
    pending.current = dirty ? { kind: 'write', values } : { kind: 'clear' };
    const timer = setTimeout(flush, WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, dirty, flush]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const stop = useCallback(() => {
    stopped.current = true;
    pending.current = null;
    clearDraft(localStorage, key);
  }, [key]);

  const discard = useCallback(() => {
    pending.current = null;
    clearDraft(localStorage, key);
  }, [key]);

  return { flush, stop, discard };
}
