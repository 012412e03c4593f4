import type { Problem, ProblemPath } from '@/domain/problems';

export type ProblemList = readonly Problem[];
export type ProblemIndex = ReadonlyMap<string, ProblemList>;

export const NO_PROBLEMS: ProblemList = Object.freeze([]);

/** Problems grouped by the node they belong to. */
export function indexProblems(problems: readonly Problem[] | undefined): ProblemIndex {
  const index = new Map<string, Problem[]>();
  for (const problem of problems ?? []) {
    if (problem.nodeId === null) continue;
    const list = index.get(problem.nodeId);
    if (list) list.push(problem);
    else index.set(problem.nodeId, [problem]);
  }
  return index;
}

/**
 * Whether two lists read the same. Rows compare their problems this way, so re-validating on
 * every keystroke re-renders only the rows whose problems actually changed.
 */
export function sameProblems(a: ProblemList, b: ProblemList): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((p, i) => {
        const q = b[i]!;
        return p.code === q.code && p.message === q.message && p.severity === q.severity && p.path === q.path;
      }))
  );
}

/** Which control an error points at; an error without a path marks the value. */
export function invalidParts(problems: ProblemList): ReadonlySet<ProblemPath> {
  const parts = new Set<ProblemPath>();
  for (const problem of problems) if (problem.severity === 'error') parts.add(problem.path ?? 'value');
  return parts;
}
