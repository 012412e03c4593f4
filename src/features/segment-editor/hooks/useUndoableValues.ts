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
 * The conditions reach the form only when it needs them (a save, or revalidation after one):
 * react-hook-form deep-copies a value, and then all its values, on every setValue, which for
 * 1,000 conditions is most of a keystroke's time.
 */
const SYNCED_ON_DEMAND: ReadonlySet<Key> = new Set<Key>(['blocks']);

/**
 * The editor's values as immutable snapshots with undo history. This state is the source of truth
 * (the condition builder relies on unchanged subtrees keeping their identity); react-hook-form
 * gets the changes, top-level key by key, for validation, errors and submit: the settings at once,
 * the conditions through `syncForm` before a save (and at once after a save was tried).
 */
export function useUndoableValues(form: UseFormReturn<SegmentFormValues>, initial: SegmentFormValues) {
  const [history, setHistory] = useState<History<SegmentFormValues>>(() => createHistory(initial));
  const latest = useRef(history);
  /** What react-hook-form holds, key by key. */
  const inForm = useRef(initial);

  const pushToForm = useCallback(
    (values: SegmentFormValues, onlyEager: boolean) => {
      const shouldValidate = form.formState.isSubmitted;
      const held = inForm.current;
      const keys = new Set([...Object.keys(held), ...Object.keys(values)] as Key[]);
      for (const key of keys) {
        if (held[key] === values[key] || (onlyEager && !shouldValidate && SYNCED_ON_DEMAND.has(key))) continue;
        form.setValue(key, values[key] as never, { shouldValidate });
        inForm.current = { ...inForm.current, [key]: values[key] };
      }
    },
    [form],
  );

  const commit = useCallback(
    (next: History<SegmentFormValues>) => {
      const before = latest.current.present;
      latest.current = next;
      setHistory(next);
      if (before !== next.present) pushToForm(next.present, true);
    },
    [pushToForm],
  );

  /** Brings react-hook-form up to date with every value; call before it validates or submits. */
  const syncForm = useCallback(() => pushToForm(latest.current.present, false), [pushToForm]);

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
    syncForm,
    change,
    undo: undoChange,
    redo: redoChange,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
  };
}
