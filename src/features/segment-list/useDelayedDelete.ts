import { useCallback, useEffect, useRef, useState } from 'react';
import {
  connectionStoragePrefix,
  keysWithPrefix,
  localStore,
  readItem,
  removeItem,
  writeItem,
} from '@/api/connections';
import { isApiError } from '@/api/errors';

export interface DeleteTarget {
  id: number | string;
  name: string;
}

export interface DeleteFailure {
  target: DeleteTarget;
  error: Error;
}

export type RemoveSegment = (id: number | string, options?: { keepalive?: boolean }) => Promise<unknown>;

export interface DelayedDelete {
  /** Rows to hide: deletions waiting for their Undo window or on their way to the server. */
  hidden: ReadonlySet<string>;
  /** The delete whose Undo is offered now. */
  undoTarget: DeleteTarget | null;
  /** Deletes the server refused, each with its own message, oldest first. */
  failures: readonly DeleteFailure[];
  /** Hides the row at once; nothing is sent until the Undo window closes. */
  schedule: (target: DeleteTarget) => void;
  undo: () => void;
  /** The Undo window closed (timeout or dismissed): send the delete now. */
  commit: () => void;
  dismissFailure: (failure: DeleteFailure) => void;
}

/** How long Undo is offered; the delete is sent when it closes. */
export const UNDO_WINDOW_MS = 8_000;

const keyOf = (id: number | string) => String(id);
const pendingPrefix = (connectionId: string) => `${connectionStoragePrefix(connectionId)}pending-delete:`;

/** Where a confirmed delete waits, so a reload or a closed tab cannot cancel it. */
export function pendingDeleteKey(connectionId: string, id: number | string): string {
  return `${pendingPrefix(connectionId)}${keyOf(id)}`;
}

interface PendingRecord {
  id: number | string;
  name: string;
  /** When the Undo window closes; past it the delete is due. */
  dueAt: number;
}

function readPending(key: string): PendingRecord | null {
  try {
    const record = JSON.parse(readItem(localStore(), key) ?? 'null') as Partial<PendingRecord> | null;
    if (!record || (typeof record.id !== 'number' && typeof record.id !== 'string')) return null;
    return { id: record.id, name: String(record.name ?? ''), dueAt: Number(record.dueAt ?? 0) };
  } catch {
    return null;
  }
}

/** A delete the server no longer has anything for is done. */
const alreadyGone = (error: unknown) => isApiError(error) && error.code === 404;

/**
 * Delete with a delayed commit: the row disappears at once, the request goes out when the Undo
 * snackbar closes, Undo never sends it, and a refused delete brings the row back with its own
 * message, which never takes the place of a later delete's Undo.
 *
 * A confirmed delete always happens: it is remembered in localStorage until sent; when the page
 * hides inside the Undo window it leaves with `keepalive`, and the next page of this connection
 * sends whatever is still due (a 404 then means it already arrived).
 */
export function useDelayedDelete(remove: RemoveSegment, connectionId: string): DelayedDelete {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [undoTarget, setUndoTarget] = useState<DeleteTarget | null>(null);
  const [failures, setFailures] = useState<readonly DeleteFailure[]>([]);
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
      removeRef.current(target.id).then(
        () => removeItem(localStore(), pendingDeleteKey(connectionId, target.id)),
        (error: unknown) => {
          removeItem(localStore(), pendingDeleteKey(connectionId, target.id));
          if (alreadyGone(error)) return;
          setHiddenFor(target.id, false);
          const failure = { target, error: error instanceof Error ? error : new Error(String(error)) };
          setFailures((current) => [...current, failure]);
        },
      );
    },
    [connectionId, setHiddenFor],
  );

  const commit = useCallback(() => {
    const target = waiting.current;
    waiting.current = null;
    setUndoTarget(null);
    if (target) send(target);
  }, [send]);

  const schedule = useCallback(
    (target: DeleteTarget) => {
      // A second confirmation of the same row (a double click) is the same delete.
      if (waiting.current && keyOf(waiting.current.id) === keyOf(target.id)) return;
      // One Undo at a time: a second delete sends the first one now.
      if (waiting.current) send(waiting.current);
      waiting.current = target;
      const record: PendingRecord = { ...target, dueAt: Date.now() + UNDO_WINDOW_MS };
      writeItem(localStore(), pendingDeleteKey(connectionId, target.id), JSON.stringify(record));
      setHiddenFor(target.id, true);
      setUndoTarget(target);
    },
    [connectionId, send, setHiddenFor],
  );

  const undo = useCallback(() => {
    const target = waiting.current;
    waiting.current = null;
    if (target) {
      removeItem(localStore(), pendingDeleteKey(connectionId, target.id));
      setHiddenFor(target.id, false);
    }
    setUndoTarget(null);
  }, [connectionId, setHiddenFor]);

  const dismissFailure = useCallback(
    (failure: DeleteFailure) => setFailures((current) => current.filter((item) => item !== failure)),
    [],
  );

  // The page goes inside the Undo window: the confirmed delete leaves with it.
  useEffect(() => {
    const onHide = () => {
      const target = waiting.current;
      if (target) void removeRef.current(target.id, { keepalive: true }).catch(() => undefined);
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, []);

  // What an earlier page of this connection confirmed and could not finish is sent now.
  useEffect(() => {
    const now = Date.now();
    for (const key of keysWithPrefix(localStore(), pendingPrefix(connectionId))) {
      const record = readPending(key);
      if (!record) removeItem(localStore(), key);
      else if (record.dueAt <= now) send({ id: record.id, name: record.name });
    }
  }, [connectionId, send]);

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

  return { hidden, undoTarget, failures, schedule, undo, commit, dismissFailure };
}
