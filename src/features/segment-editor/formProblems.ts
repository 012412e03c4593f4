/**
 * Domain validation as the form sees it: problems of the segment to be saved, where each one
 * belongs in the form, which ones to show inline yet, and the react-hook-form resolver that blocks
 * Save while errors remain.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { DomainLocale } from '@/domain/locale/types';
import type { Capabilities, FieldCatalog, Segment } from '@/domain/model';
import type { Problem, ProblemCode } from '@/domain/problems';
import { segmentSchema } from '@/domain/schemas';
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

/** What is merely unfinished: not worth a red message until the marketer tries to save. */
const UNFINISHED: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'name_required',
  'conditions_required',
  'value_missing',
  'empty_group',
]);

/** Problems to show beside their controls: all of them after a save attempt, else only real mistakes. */
export function inlineProblems(problems: readonly Problem[], attemptedSave: boolean): Problem[] {
  return attemptedSave ? [...problems] : problems.filter((problem) => !UNFINISHED.has(problem.code));
}

/** Field errors for react-hook-form: the first error per field, warnings never block. */
export function toFieldErrors(problems: readonly Problem[], values: SegmentFormValues): FieldErrors<SegmentFormValues> {
  const errors: FieldErrors<SegmentFormValues> = {};
  const seen = new Set<string>();
  for (const problem of errorsOnly(problems)) {
    const path = fieldPathOf(problem, values);
    if (seen.has(path)) continue;
    seen.add(path);
    set(errors, path, { type: problem.code, message: problem.message });
  }
  return errors;
}

/** The domain schema takes `unknown`; the resolver's typing wants the form values as its input. */
const formSchema = segmentSchema as z.ZodType<Segment, SegmentFormValues>;
const checkShape = zodResolver(formSchema, undefined, { raw: true });

/**
 * The form's resolver: the domain's zod schema checks the shape, then `validateSegment` the
 * meaning. Values pass through untouched (raw), so the adapter's origin survives to the save.
 */
export const segmentResolver: Resolver<SegmentFormValues, ValidationContext> = async (values, context, options) => {
  const shape = await checkShape(values, undefined, options);
  if (Object.keys(shape.errors).length > 0) return { values: {}, errors: shape.errors };
  if (!context) return { values, errors: {} };
  const errors = toFieldErrors(problemsOf(values, context), values);
  return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
};
