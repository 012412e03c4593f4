import { useCallback, useEffect, useRef, useState } from 'react';

export interface DeleteTarget {
  id: number | string;
  name: string;
}

export type DeleteNotice =
  { kind: 'undo'; target: DeleteTarget } | { kind: 'failed'; target: DeleteTarget; error: Error };

export interface DelayedDelete {
  /** Rows to hide: deletions waiting for their Undo window or on their way to the server. */
  hidden: ReadonlySet<string>;
  notice: DeleteNotice | null;
  /** Hides the row at once; nothing is sent until the Undo window closes. */
  schedule: (target: DeleteTarget) => void;
  undo: () => void;
  /** The Undo window closed (timeout or dismissed): send the delete now. */
  commit: () => void;
  dismissNotice: () => void;
}

const keyOf = (id: number | string) => String(id);

/**
 * Delete with a delayed commit: the row disappears immediately, the request goes out only when
 * the Undo snackbar closes, Undo simply never sends it, and a refused delete brings the row back.
 * A deletion still waiting when the page goes away is sent then: the user confirmed it.
 */
export function useDelayedDelete(remove: (id: number | string) => Promise<unknown>): DelayedDelete {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [notice, setNotice] = useState<DeleteNotice | null>(null);
  const waiting = useRef<DeleteTarget | null>(null);
  const removeRef = useRef(remove);
  useEffect(() => {
    removeRef.current = remove;
  }, [remove]);

  const setHiddenFor = useCallback((id: number | string, hide: boolean) => {
    setHidden((current) => {
      const next = new Set(current);
      if (hide) next.add(keyOf(id));
      else next.delete(keyOf(id));
      return next;
    });
  }, []);

  const send = useCallback(
    (target: DeleteTarget) => {
      removeRef.current(target.id).catch((error: unknown) => {
        setHiddenFor(target.id, false);
        setNotice({ kind: 'failed', target, error: error instanceof Error ? error : new Error(String(error)) });
      });
    },
    [setHiddenFor],
  );

  const commit = useCallback(() => {
    const target = waiting.current;
    waiting.current = null;
    setNotice((current) => (current?.kind === 'undo' ? null : current));
    if (target) send(target);
  }, [send]);

  const schedule = useCallback(
    (target: DeleteTarget) => {
      // One snackbar at a time: a second delete sends the first one now.
      if (waiting.current) send(waiting.current);
      waiting.current = target;
      setHiddenFor(target.id, true);
      setNotice({ kind: 'undo', target });
    },
    [send, setHiddenFor],
  );

  const undo = useCallback(() => {
    const target = waiting.current;
    waiting.current = null;
    if (target) setHiddenFor(target.id, false);
    setNotice(null);
  }, [setHiddenFor]);

  const dismissNotice = useCallback(() => setNotice(null), []);

  // Flush on a real unmount only: StrictMode's simulated unmount re-mounts before the timeout runs.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      setTimeout(() => {
        if (mounted.current || !waiting.current) return;
        send(waiting.current);
        waiting.current = null;
      });
    };
  }, [send]);

  return { hidden, notice, schedule, undo, commit, dismissNotice };
}
