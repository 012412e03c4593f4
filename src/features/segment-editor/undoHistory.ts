/**
 * Undo/redo over whole-form snapshots. Rapid edits that share a coalescing key (typing into one
 * field, dragging one slider) fold into a single step, so Undo takes back a word or a drag rather
 * than a keystroke or a pixel.
 */

export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** Key and time of the last recorded change; a matching change within the window coalesces. */
  lastKey: string | null;
  lastAt: number;
}

export interface RecordOptions<T> {
  /** Changes with the same key within `coalesceMs` replace each other instead of stacking. */
  key?: string | null;
  now: number;
  coalesceMs?: number;
  /** Oldest steps are dropped beyond this many. */
  limit?: number;
  equals?: (a: T, b: T) => boolean;
}

export const COALESCE_MS = 1000;
export const HISTORY_LIMIT = 200;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

export function record<T>(history: History<T>, next: T, options: RecordOptions<T>): History<T> {
  const { key = null, now, coalesceMs = COALESCE_MS, limit = HISTORY_LIMIT, equals = Object.is } = options;
  if (equals(history.present, next)) return history;
  const coalesce =
    key !== null && key === history.lastKey && now - history.lastAt < coalesceMs && history.past.length > 0;
  if (coalesce) return { ...history, present: next, future: [], lastAt: now };
  const past = [...history.past, history.present];
  return {
    past: past.length > limit ? past.slice(past.length - limit) : past,
    present: next,
    future: [],
    lastKey: key,
    lastAt: now,
  };
}

export const canUndo = (history: History<unknown>): boolean => history.past.length > 0;
export const canRedo = (history: History<unknown>): boolean => history.future.length > 0;

/** After an undo or redo the next edit always starts a fresh step. */
export function undo<T>(history: History<T>): History<T> {
  if (history.past.length === 0) return history;
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1]!,
    future: [history.present, ...history.future],
    lastKey: null,
    lastAt: 0,
  };
}

export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  return {
    past: [...history.past, history.present],
    present: history.future[0]!,
    future: history.future.slice(1),
    lastKey: null,
    lastAt: 0,
  };
}
