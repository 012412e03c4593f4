/**
 * Static reasoning about groups, for warnings: duplicate conditions, contradictions inside an AND
 * group, and groups that can never match. It only looks at conditions the caller vouches for
 * (known field, allowed operator, well-typed value), so it never has to guess.
 */
import type { Condition, FieldType, Group, OperatorId, Scalar, TreeNode } from './model';
import { COMPLEMENT_OF, countsTime, editorFor, scalarsOf } from './operators';
import { equalityKey, withOrder } from './values';

/** The field type of a usable condition, or undefined to leave the condition out. */
export type TypeOf = (condition: Condition) => FieldType | undefined;

/** Relative values are counts of days or years, whatever the field's type. */
function valueType(type: FieldType, op: OperatorId): FieldType {
  return countsTime(editorFor(type, op)) ? 'number' : type;
}

function usableConditions(group: Group, typeOf: TypeOf): { condition: Condition; type: FieldType }[] {
  const usable: { condition: Condition; type: FieldType }[] = [];
  for (const child of group.children) {
    if (child.type !== 'condition') continue;
    const type = typeOf(child);
    if (type) usable.push({ condition: child, type });
  }
  return usable;
}

function valueKeys(condition: Condition, type: FieldType): string[] {
  const toKey = equalityKey(valueType(type, condition.operator));
  return scalarsOf(condition.value).map((scalar) => String(toKey(scalar)));
}

/** Ids of conditions that repeat an earlier sibling (same field, operator and equal value). */
export function duplicateConditionIds(group: Group, typeOf: TypeOf): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const { condition, type } of usableConditions(group, typeOf)) {
    const keys = valueKeys(condition, type);
    if (condition.value.kind === 'list') keys.sort();
    const key = JSON.stringify([condition.field, condition.operator, keys]);
    if (seen.has(key)) duplicates.push(condition.id);
    seen.add(key);
  }
  return duplicates;
}

// ---------------------------------------------------------------------------------------------
// Contradictions

interface Bound {
  value: Scalar;
  inclusive: boolean;
}

/** What the AND-ed conditions on one field demand of its value. */
interface Facts {
  type: FieldType;
  /** Values the field must take (intersection of equals / any-of sets), by equality key. */
  allowed?: Map<string, Scalar>;
  excluded: Set<string>;
  lows: Bound[];
  highs: Bound[];
  truths: Set<boolean>;
  /** is empty / not exists: null, undefined, '' or []. */
  noValue: boolean;
  /** not exists: null or undefined. */
  absent: boolean;
  /** exists: anything but null or undefined ('' included). */
  present: boolean;
  /** is not empty, or any operator that compares a real value. */
  hasValue: boolean;
}

const MEMBERSHIP = new Set<OperatorId>(['equals', 'on', 'is', 'in_list', 'is_any_of']);
const PRESENCE = new Set<OperatorId>(['is_empty', 'not_exists', 'exists']);
const LOWER: Partial<Record<OperatorId, boolean>> = { gt: false, gte: true, after: false };
const UPPER: Partial<Record<OperatorId, boolean>> = { lt: false, lte: true, before: false };

function record(facts: Facts, condition: Condition): void {
  const { operator: op } = condition;
  const scalars = scalarsOf(condition.value);
  const keys = valueKeys(condition, facts.type);
  if (op === 'is_empty' || op === 'not_exists') facts.noValue = true;
  if (op === 'not_exists') facts.absent = true;
  if (op === 'exists') facts.present = true;
  if (op === 'is_not_empty') facts.hasValue = true;
  const positive = COMPLEMENT_OF[op];
  if (positive) {
    if (MEMBERSHIP.has(positive)) for (const key of keys) facts.excluded.add(key);
    return;
  }
  if (PRESENCE.has(op)) return;
  // Every other positive operator needs a real value: an equal one, a larger one, a true one...
  facts.hasValue = true;
  if (MEMBERSHIP.has(op)) {
    const values = new Map(keys.map((key, i) => [key, scalars[i]!] as const));
    const previous = facts.allowed;
    facts.allowed = previous ? new Map([...values].filter(([key]) => previous.has(key))) : values;
  } else if (op in LOWER) facts.lows.push({ value: scalars[0]!, inclusive: LOWER[op]! });
  else if (op in UPPER) facts.highs.push({ value: scalars[0]!, inclusive: UPPER[op]! });
  else if (op === 'between' || op === 'date_between') {
    facts.lows.push({ value: scalars[0]!, inclusive: true });
    facts.highs.push({ value: scalars[1]!, inclusive: true });
  } else if (op === 'is_true' || op === 'is_false') facts.truths.add(op === 'is_true');
}

/** Can some value satisfy every bound, and one of the allowed values if there are any? */
function rangeIsSatisfiable(facts: Facts): boolean {
  return withOrder(facts.type, (order) => {
    const key = (scalar: Scalar) => order.key(scalar)!;
    const above = (value: Scalar, low: Bound) => {
      const d = order.compare(key(value), key(low.value));
      return d > 0 || (d === 0 && low.inclusive);
    };
    const below = (value: Scalar, high: Bound) => {
      const d = order.compare(key(value), key(high.value));
      return d < 0 || (d === 0 && high.inclusive);
    };
    const crossing = facts.lows.some((low) =>
      facts.highs.some((high) => {
        const d = order.compare(key(low.value), key(high.value));
        return d > 0 || (d === 0 && !(low.inclusive && high.inclusive));
      }),
    );
    if (crossing) return false;
    const allowed = facts.allowed;
    if (!allowed) return true;
    return [...allowed].some(
      ([k, value]) =>
        !facts.excluded.has(k) &&
        facts.lows.every((low) => above(value, low)) &&
        facts.highs.every((h) => below(value, h)),
    );
  });
}

function contradicts(facts: Facts): boolean {
  if ((facts.noValue && facts.hasValue) || (facts.absent && facts.present)) return true;
  if (facts.truths.size > 1) return true;
  return !rangeIsSatisfiable(facts);
}

/**
 * Fields whose conditions in an AND group cannot all hold for one profile (x = a AND x = b,
 * x > 10 AND x < 5, x is empty AND x = a, ...). Always empty for OR groups.
 */
export function contradictingFields(group: Group, typeOf: TypeOf): string[] {
  if (group.combinator !== 'and') return [];
  const byField = new Map<string, Facts>();
  for (const { condition, type } of usableConditions(group, typeOf)) {
    let facts = byField.get(condition.field);
    if (!facts) {
      facts = {
        type,
        excluded: new Set(),
        lows: [],
        highs: [],
        truths: new Set(),
        noValue: false,
        absent: false,
        present: false,
        hasValue: false,
      };
      byField.set(condition.field, facts);
    }
    record(facts, condition);
  }
  return [...byField].filter(([, facts]) => contradicts(facts)).map(([field]) => field);
}

// ---------------------------------------------------------------------------------------------
// Certainty

export type Certainty = 'never' | 'always' | 'maybe';

const flip = (certainty: Certainty): Certainty =>
  certainty === 'never' ? 'always' : certainty === 'always' ? 'never' : certainty;

/**
 * For every group, whether its children can never / will always / may match, before the group's
 * own NOT is applied. Conditions are "maybe"; an empty group always matches; an AND group with a
 * contradiction never does.
 */
export function innerCertainties(root: Group, hasContradiction: (group: Group) => boolean): Map<string, Certainty> {
  const inner = new Map<string, Certainty>();
  const outer = (node: TreeNode): Certainty => {
    if (node.type !== 'group') return 'maybe';
    const children = node.children.map(outer);
    let result: Certainty;
    if (node.combinator === 'and') {
      if (children.includes('never') || hasContradiction(node)) result = 'never';
      else result = children.every((c) => c === 'always') ? 'always' : 'maybe';
    } else if (children.length === 0 || children.includes('always')) result = 'always';
    else result = children.every((c) => c === 'never') ? 'never' : 'maybe';
    inner.set(node.id, result);
    return node.not ? flip(result) : result;
  };
  outer(root);
  return inner;
}
