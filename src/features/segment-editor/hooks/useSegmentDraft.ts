import { useCallback, useMemo, useRef, useState } from 'react';
import {
  createDraftState,
  draftReducer,
  redoable,
  undoable,
  valuesOf,
  type DraftAction,
  type DraftState,
  type FormPath,
  type TouchTarget,
} from '../draftModel';
import type { SegmentFormValues } from '../segmentForm';

/**
 * The editor's draft model (draftModel.ts) held for a component. The latest state is also kept in a
 * ref and reduced synchronously, so two edits in one event (or an edit right after a save starts)
 * each see the other's result, and stable callbacks can read the values without re-rendering.
 */
export function useSegmentDraft(baseline: SegmentFormValues, initial: SegmentFormValues) {
  const [state, setState] = useState<DraftState>(() => createDraftState(baseline, initial));
  const latest = useRef(state);

  const dispatch = useCallback((action: DraftAction) => {
    const next = draftReducer(latest.current, action);
    if (next === latest.current) return;
    latest.current = next;
    setState(next);
  }, []);

  const actions = useMemo(
    () => ({
      dispatch,
      getValues: () => valuesOf(latest.current),
      /** Whether the values can change now (not while a save is on its way or after it landed). */
      isEditable: () => latest.current.phase === 'editing',
      /** Records an edit of the control at `path`, coalescing bursts of the same edit. */
      change: (path: FormPath | undefined, next: SegmentFormValues) =>
        dispatch({ type: 'change', path, next, now: Date.now() }),
      replace: (next: SegmentFormValues) => dispatch({ type: 'replace', next }),
      undo: () => dispatch({ type: 'undo' }),
      redo: () => dispatch({ type: 'redo' }),
      touch: (target: TouchTarget) => dispatch({ type: 'touch', target }),
    }),
    [dispatch],
  );

  return {
    ...actions,
    state,
    values: valuesOf(state),
    canUndo: undoable(state),
    canRedo: redoable(state),
  };
}
