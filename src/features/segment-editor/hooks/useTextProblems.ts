import { useCallback, useLayoutEffect, useRef } from 'react';
import type { TextProblemReport } from '@/builder';

export interface BlockTextProblem extends TextProblemReport {
  blockIndex: number;
}

/**
 * Errors of the text view, per block. Text that does not read as a tree never reaches the form (the
 * tree keeps its last good state), so Save asks here first and names the error's line and column.
 * `onCleared` runs when no block has a text error any more.
 */
export function useTextProblems(onCleared: () => void) {
  const problems = useRef(new Map<number, TextProblemReport>());
  const cleared = useRef(onCleared);
  useLayoutEffect(() => {
    cleared.current = onCleared;
  });

  const report = useCallback((blockIndex: number, problem: TextProblemReport | null) => {
    const map = problems.current;
    if (problem) {
      map.set(blockIndex, problem);
      return;
    }
    if (map.delete(blockIndex) && map.size === 0) cleared.current();
  }, []);

  /** The error Save stops at: that of the first block with one. */
  const first = useCallback((): BlockTextProblem | null => {
    const [blockIndex] = [...problems.current.keys()].sort((a, b) => a - b);
    return blockIndex === undefined ? null : { ...problems.current.get(blockIndex)!, blockIndex };
  }, []);

  return { report, first };
}
