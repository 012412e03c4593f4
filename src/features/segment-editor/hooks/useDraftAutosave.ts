import { useCallback, useEffect, useRef, useState } from 'react';
import { clearDraft, writeDraft, type DraftMeta } from '../draftStore';
import type { SegmentFormValues } from '../segmentForm';

const WRITE_DELAY_MS = 300;

type Pending = { kind: 'write'; values: SegmentFormValues } | { kind: 'clear' } | null;

/**
 * Keeps the local draft in step with the form, undo included: written shortly after each change
 * while there are unsaved changes, removed as soon as the form equals the server copy again. A
 * pending write is flushed when the page hides or the editor closes, so a reload right after
 * typing still finds it. `stop` (after a save) removes the draft and keeps it removed. `failed`
 * says when storage refused the last write, so the page never claims a draft it does not have.
 */
export function useDraftAutosave(key: string, values: SegmentFormValues, dirty: boolean, meta: DraftMeta = {}) {
  const pending = useRef<Pending>(null);
  const stopped = useRef(false);
  const started = useRef(false);
  const metaRef = useRef(meta);
  useEffect(() => {
    metaRef.current = meta;
  });
  const [failed, setFailed] = useState(false);

  const flush = useCallback((): boolean => {
    const job = pending.current;
    pending.current = null;
    if (!job || stopped.current) return !failed;
    if (job.kind === 'clear') {
      clearDraft(localStorage, key);
      setFailed(false);
      return true;
    }
    const written = writeDraft(localStorage, key, job.values, Date.now(), metaRef.current);
    setFailed(!written);
    return written;
  }, [key, failed]);

  useEffect(() => {
    // The first values are either the server copy or a restored draft, already stored as it is:
    // rewriting it would only change its time. Every later change, an undo back to them included,
    // is mirrored.
    if (!started.current) {
      started.current = true;
      return undefined;
    }
    pending.current = dirty ? { kind: 'write', values } : { kind: 'clear' };
    const timer = setTimeout(flush, WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, dirty, flush]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      flush();
    };
  }, [flush]);

  /** Writes the draft now with `values` (e.g. to keep an uncertain write's Request-ID); false when refused. */
  const writeNow = useCallback(
    (current: SegmentFormValues, nextMeta: DraftMeta): boolean => {
      metaRef.current = nextMeta;
      pending.current = null;
      if (stopped.current) return false;
      const written = writeDraft(localStorage, key, current, Date.now(), nextMeta);
      setFailed(!written);
      return written;
    },
    [key],
  );

  const stop = useCallback(() => {
    stopped.current = true;
    pending.current = null;
    clearDraft(localStorage, key);
  }, [key]);

  const discard = useCallback(() => {
    pending.current = null;
    clearDraft(localStorage, key);
  }, [key]);

  return { flush, stop, discard, writeNow, failed };
}
