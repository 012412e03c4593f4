/**
 * Domain validation as the form sees it: problems of the segment to be saved and where each one
 * belongs in the form. Which of them show yet is the draft model's call (draftModel.ts).
 */
import type { DomainLocale } from '@/domain/locale/types';
import type { Capabilities, FieldCatalog } from '@/domain/model';
import type { Problem } from '@/domain/problems';
import { findNode } from '@/domain/tree';
import { validateSegment } from '@/domain/validation';
import { toSegment, type SegmentFormValues } from './segmentForm';

export interface ValidationContext {
  /** Undefined while the database's fields are loading: conditions are not judged meanwhile. */
  catalog: FieldCatalog | undefined;
  capabilities: Partial<Capabilities> & Pick<Capabilities, 'maxDepth' | 'maxConditionsPerGroup'>;
  /** The language problems are worded in; English when absent. */
  locale?: DomainLocale;
}

/** Every problem of the segment as it would be saved, in form order (settings first, then the tree). */
export function problemsOf(values: SegmentFormValues, context: ValidationContext): Problem[] {
  const { maxDepth, maxConditionsPerGroup, not, fixedRootCombinator, operators, kinds } = context.capabilities;
  // Everything the backend cannot store is an error here, before Save, never at it.
  const limits = {
    ...(Number.isFinite(maxDepth) ? { maxDepth } : {}),
    ...(maxConditionsPerGroup === null ? {} : { maxConditionsPerGroup }),
    ...(not === undefined ? {} : { not }),
    ...(fixedRootCombinator ? { rootCombinator: fixedRootCombinator } : {}),
    ...(operators ? { operators } : {}),
    ...(kinds ? { kinds } : {}),
  };
  const problems = validateSegment(toSegment(values), {
    catalog: context.catalog ?? [],
    limits,
    ...(context.locale ? { locale: context.locale } : {}),
  });
  return context.catalog ? problems : problems.filter((problem) => problem.nodeId === null);
}

export function blockIndexOf(values: Pick<SegmentFormValues, 'blocks'>, nodeId: string): number {
  const index = values.blocks.findIndex((block) => findNode(block.root, nodeId) !== undefined);
  return Math.max(index, 0);
}

/** The form field a problem belongs to; tree problems belong to their block's root. */
export function fieldPathOf(problem: Problem, values: Pick<SegmentFormValues, 'blocks'>): string {
  const block = problem.nodeId === null ? (problem.blockIndex ?? 0) : blockIndexOf(values, problem.nodeId);
  if (problem.nodeId !== null) return `blocks.${block}.root`;
  switch (problem.path) {
    case 'name':
      return 'name';
    case 'description':
      return 'description';
    case 'tags':
      return 'tags';
    case 'kind':
      return 'kind';
    case 'sample':
      return `blocks.${block}.sample`;
    case 'limit':
      return `blocks.${block}.limit`;
    default:
      return `blocks.${block}.root`;
  }
}

/** Same problems in the same order, compared by what a reader sees. */
export function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((p, i) => {
        const q = b[i]!;
        return (
          p.nodeId === q.nodeId &&
          p.code === q.code &&
          p.message === q.message &&
          p.path === q.path &&
          p.blockIndex === q.blockIndex
        );
      }))
  );
}

export const errorsOnly = (problems: readonly Problem[]): Problem[] => problems.filter((p) => p.severity === 'error');
