/**
 * Segment validation: blocking errors and non-blocking warnings, each tied to a node or a part of
 * the segment so the editor can show it in place. Opaque conditions are never flagged: they are
 * kept verbatim and are the vendor's business.
 */
import { contradictingFields, duplicateConditionIds, innerCertainties } from './analysis';
import { isSafeNumber, LIMITS } from './limits';
import { en } from './locale/en';
import type { DomainLocale } from './locale/types';
import type {
  Block,
  Combinator,
  Condition,
  FieldCatalog,
  FieldDescriptor,
  FieldType,
  Group,
  OperatorId,
  Segment,
  SegmentKind,
} from './model';
import {
  countsTime,
  editorForField,
  isBlankScalar,
  isOperatorAllowed,
  scalarFitsEditor,
  scalarsOf,
  valueFits,
  valueOptionsFor,
} from './operators';
import type { Problem, ProblemCode, ProblemParams, ProblemPath, WarningCode } from './problems';
import { countConditions, walk } from './tree';
import { toOptionKey, withOrder } from './values';

export * from './schemas';

/** What the backend can store, beyond what the domain models; each one absent means no limit. */
export interface ValidationLimits {
  /** Group levels allowed, the root counting as 1 (see `maxDepth`). */
  maxDepth?: number;
  /** Conditions (not nested groups) allowed directly in one group. */
  maxConditionsPerGroup?: number;
  /** False where no group may be negated. */
  not?: boolean;
  /** The root's combinator where the backend fixes it. */
  rootCombinator?: Combinator;
  /** Operators the backend can store, per field type; a type left out allows all of its operators. */
  operators?: Partial<Record<FieldType, readonly OperatorId[]>>;
  /** The segment types the backend stores. */
  kinds?: readonly SegmentKind[];
}

export interface ValidationOptions {
  catalog: FieldCatalog;
  limits?: ValidationLimits;
  locale?: DomainLocale;
}

const WARNINGS = new Set<ProblemCode>([
  'unknown_option',
  'contradiction',
  'duplicate_condition',
  'never_matches',
] satisfies WarningCode[]);

interface Report {
  (
    code: ProblemCode,
    where: { nodeId?: string; path?: ProblemPath; blockIndex?: number },
    params?: ProblemParams,
  ): void;
}

function reporter(problems: Problem[], locale: DomainLocale): Report {
  return (code, where, params = {}) => {
    const problem: Problem = {
      nodeId: where.nodeId ?? null,
      severity: WARNINGS.has(code) ? 'warning' : 'error',
      code,
      message: locale.problems[code](params),
    };
    if (where.path) problem.path = where.path;
    if (where.blockIndex !== undefined) problem.blockIndex = where.blockIndex;
    problems.push(problem);
  };
}

/** Checks one modelled condition; returns whether it is sound enough for the group analyses. */
function checkCondition(
  condition: Condition,
  field: FieldDescriptor | undefined,
  report: Report,
  options: ValidationOptions,
): boolean {
  const locale = options.locale ?? en;
  const nodeId = condition.id;
  if (!field) {
    report('field_unknown', { nodeId, path: 'field' }, { field: condition.field });
    return false;
  }
  const params = { field: field.label, operator: locale.operators[condition.operator] };
  if (!isOperatorAllowed(field.type, condition.operator)) {
    report('operator_not_allowed', { nodeId, path: 'operator' }, params);
    return false;
  }
  const stored = options.limits?.operators?.[field.type];
  if (stored && !stored.includes(condition.operator)) {
    report('operator_not_stored', { nodeId, path: 'operator' }, params);
    return false;
  }
  const editor = editorForField(field, condition.operator);
  const typeError = () =>
    report('value_type', { nodeId, path: 'value' }, { ...params, expected: locale.expected[editor] });
  if (!valueFits(condition.operator, condition.value)) {
    typeError();
    return false;
  }
  const scalars = scalarsOf(condition.value);
  if (scalars.length > LIMITS.listValues) {
    report('too_many_values', { nodeId, path: 'value' }, { ...params, limit: LIMITS.listValues });
    return false;
  }
  if (scalars.some((scalar) => typeof scalar === 'number' && !isSafeNumber(scalar))) {
    report('number_unsafe', { nodeId, path: 'value' }, params);
    return false;
  }
  if ((condition.value.kind === 'list' && scalars.length === 0) || scalars.some(isBlankScalar)) {
    report('value_missing', { nodeId, path: 'value' }, params);
    return false;
  }
  if (!scalars.every((scalar) => scalarFitsEditor(editor, scalar))) {
    typeError();
    return false;
  }
  if (condition.value.kind === 'two') {
    const { from, to } = condition.value;
    const reversed = withOrder(
      countsTime(editor) ? 'number' : field.type,
      (order) => order.compare(order.key(from)!, order.key(to)!) > 0,
    );
    if (reversed) {
      report('range_reversed', { nodeId, path: 'value' }, params);
      return false;
    }
  }
  const valueOptions = valueOptionsFor(field, condition.operator);
  if (valueOptions && (editor === 'enum' || editor === 'enum-multi')) {
    const known = new Set(valueOptions.map((option) => toOptionKey(option.value)));
    const unknown = scalars.find((scalar) => !known.has(toOptionKey(scalar)));
    if (unknown !== undefined)
      report('unknown_option', { nodeId, path: 'value' }, { ...params, value: String(unknown) });
  }
  return true;
}

/** The app's own size limits (limits.ts), on what a marketer types or pastes. */
function checkSizes(segment: Segment, report: Report): void {
  if (segment.name.length > LIMITS.nameLength) report('name_too_long', { path: 'name' }, { limit: LIMITS.nameLength });
  if ((segment.description?.length ?? 0) > LIMITS.descriptionLength)
    report('description_too_long', { path: 'description' }, { limit: LIMITS.descriptionLength });
  if (segment.tags.length > LIMITS.tags) report('too_many_tags', { path: 'tags' }, { limit: LIMITS.tags });
  const longTag = segment.tags.find((tag) => tag.length > LIMITS.tagLength);
  if (longTag !== undefined) report('tag_too_long', { path: 'tags' }, { limit: LIMITS.tagLength, value: longTag });
}

function checkBlock(block: Block, blockIndex: number, report: Report): void {
  const { from, to } = block.sample;
  const sampleOk = Number.isInteger(from) && Number.isInteger(to) && from >= 0 && to <= 100 && from < to;
  if (!sampleOk) report('sample_invalid', { path: 'sample', blockIndex });
  if (!Number.isSafeInteger(block.limit) || block.limit < 0) report('limit_invalid', { path: 'limit', blockIndex });
}

function checkTree(
  root: Group,
  fields: Map<string, FieldDescriptor>,
  options: ValidationOptions,
  rootMayBeEmpty: boolean,
  report: Report,
): void {
  const { maxDepth, maxConditionsPerGroup, not, rootCombinator } = options.limits ?? {};
  const usable = new Set<Condition>();
  const groups: Group[] = [];

  walk(root, (node, _parent, depth) => {
    if (node.type === 'condition') {
      if (checkCondition(node, fields.get(node.field), report, options)) usable.add(node);
      return;
    }
    if (node.type === 'opaque') return;
    groups.push(node);
    const nodeId = node.id;
    if (node.children.length === 0 && !(node === root && rootMayBeEmpty)) report('empty_group', { nodeId });
    // `depth` counts enclosing groups, so a group at depth === maxDepth is one level too deep.
    // Only that first level is reported: deeper groups sit inside it.
    if (maxDepth !== undefined && depth === maxDepth) report('depth_exceeded', { nodeId }, { limit: maxDepth });
    // The limit is on conditions: Push0 caps each group's constraints, not how many groups there are.
    if (
      maxConditionsPerGroup !== undefined &&
      node.children.filter((c) => c.type !== 'group').length > maxConditionsPerGroup
    )
      report('too_many_children', { nodeId, path: 'conditions' }, { limit: maxConditionsPerGroup });
    if (not === false && node.not) report('not_unsupported', { nodeId });
    if (node === root && rootCombinator !== undefined && node.combinator !== rootCombinator)
      report('root_combinator_fixed', { nodeId });
  });

  const typeOf = (condition: Condition) => (usable.has(condition) ? fields.get(condition.field)?.type : undefined);
  const contradictions = new Map(groups.map((group) => [group.id, contradictingFields(group, typeOf)] as const));
  const inner = innerCertainties(root, (group) => contradictions.get(group.id)!.length > 0);
  for (const group of groups) {
    const nodeId = group.id;
    for (const field of contradictions.get(nodeId)!)
      report('contradiction', { nodeId }, { field: fields.get(field)!.label });
    for (const id of duplicateConditionIds(group, typeOf)) report('duplicate_condition', { nodeId: id });
    // A negated group whose content always matches can never match; other "never" cases are
    // already reported where they start (a contradiction or such a negated group deeper down).
    if (group.not && inner.get(nodeId) === 'always') report('never_matches', { nodeId });
  }
}

/** Every problem of a segment, errors and warnings, in tree order. An empty list means it can be saved as is. */
export function validateSegment(segment: Segment, options: ValidationOptions): Problem[] {
  const problems: Problem[] = [];
  const report = reporter(problems, options.locale ?? en);
  const fields = new Map(options.catalog.map((field) => [field.name, field] as const));

  if (segment.name.trim() === '') report('name_required', { path: 'name' });
  checkSizes(segment, report);
  const kinds = options.limits?.kinds;
  if (kinds && !kinds.includes(segment.kind)) report('kind_unsupported', { path: 'kind' }, { kind: segment.kind });
  const conditions = segment.blocks.reduce((sum, block) => sum + countConditions(block.root), 0);
  if (segment.kind === 'static') {
    // A static segment is a fixed membership; its blocks, if any, are never used.
    if (conditions > 0) report('static_has_conditions', { path: 'kind' });
    return problems;
  }
  const noConditions = conditions === 0;
  if (noConditions) report('conditions_required', { path: 'conditions' }, { kind: segment.kind });
  segment.blocks.forEach((block, index) => {
    checkBlock(block, index, report);
    checkTree(block.root, fields, options, noConditions, report);
  });
  return problems;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
