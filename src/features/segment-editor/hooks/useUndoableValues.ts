import { useCallback, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { coalesceKey } from '../formHistory';
import type { SegmentFormValues } from '../segmentForm';
import { canRedo, canUndo, createHistory, record, redo, undo, type History } from '../undoHistory';

type Key = keyof SegmentFormValues;

/** Snapshots are immutable, so a change always replaces the top-level value it touches. */
function sameTopLevel(a: SegmentFormValues, b: SegmentFormValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Key[]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * The editor's values as immutable snapshots with undo history. This state is the source of truth
 * (the condition builder relies on unchanged subtrees keeping their identity); react-hook-form
 * gets every change, top-level key by key, for validation, errors and submit.
 */
export function useUndoableValues(form: UseFormReturn<SegmentFormValues>, initial: SegmentFormValues) {
  const [history, setHistory] = useState<History<SegmentFormValues>>(() => createHistory(initial));
  const latest = useRef(history);

  const commit = useCallback(
    (next: History<SegmentFormValues>) => {
      const before = latest.current.present;
      latest.current = next;
      setHistory(next);
      const after = next.present;
      if (before === after) return;
      const shouldValidate = form.formState.isSubmitted;
      const keys = new Set([...Object.keys(before), ...Object.keys(after)] as Key[]);
      for (const key of keys) {
        if (before[key] !== after[key]) form.setValue(key, after[key] as never, { shouldDirty: true, shouldValidate });
      }
    },
    [form],
  );

  /** Records an edit of the field `name` (its form path), coalescing bursts of the same edit. */
  const change = useCallback(
    (name: string | undefined, next: SegmentFormValues) => {
      const current = latest.current;
      const key = coalesceKey(name, current.present, next);
      commit(record(current, next, { key, now: Date.now(), equals: sameTopLevel }));
    },
    [commit],
  );

  const getValues = useCallback(() => latest.current.present, []);
  const undoChange = useCallback(() => commit(undo(latest.current)), [commit]);
  const redoChange = useCallback(() => commit(redo(latest.current)), [commit]);

  return {
    values: history.present,
    getValues,
    change,
    undo: undoChange,
    redo: redoChange,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
  };
}
