/**
 * The evaluator: decides which profiles a condition tree keeps.
 *
 * Semantics, chosen once and shared by counts, estimates and "check a profile":
 * - Three-valued logic. A node is true, false or unknown. Opaque conditions (vendor constructs the
 *   builder does not model) and unfinished conditions (missing or unreadable value, value shape not
 *   fitting the operator) are unknown. AND is false if any child is false, OR is true if any child
 *   is true, otherwise unknown wins over the neutral result; NOT keeps unknown. A profile matches
 *   only when the root is true, so an unknown never invents members.
 * - An empty group imposes nothing: it is true whatever its combinator (and false under NOT).
 * - Negative operators ("is not", "does not contain", "not between", ...) are exact complements of
 *   their positive operator, so they keep profiles that have no value for the field.
 * - Text compares ignoring case; numbers, dates (by calendar day, UTC) and dotted versions compare
 *   by value; enum options compare by their written form; an email is at a domain when it ends with
 *   "@" and that domain, ignoring case.
 */
import { domainsOfGroup, hasEmailDomain } from './emailDomains';
import type {
  Block,
  Condition,
  FieldCatalog,
  FieldType,
  Group,
  OperatorId,
  Profile,
  SampleRange,
  Scalar,
  Segment,
  TreeNode,
} from './model';
import { COMPLEMENT_OF, inferFieldType, isBlankScalar, scalarsOf, valueFits } from './operators';
import { inSample, isFullSample } from './sample';
import { walk } from './tree';
import { equalityKey, isEmptyValue, isMissing, toBoolean, toDay, toNumber, toText, withOrder } from './values';

export type Truth = boolean | undefined;
export type Outcome = 'pass' | 'fail' | 'unknown';

export interface EvalOptions {
  catalog?: FieldCatalog;
  /** The day relative operators count from ('YYYY-MM-DD' or a Date); defaults to the current UTC day. */
  today?: string | Date;
}

/** Most functions accept a bare catalog or the full options. */
export type EvalContext = FieldCatalog | EvalOptions;

type Test = (profile: Profile) => boolean;
type TruthTest = (profile: Profile) => Truth;

interface Compiler {
  typeOf: (condition: Condition) => FieldType;
  today: number;
  /** When present every node is evaluated (no short-circuit) and reported. */
  onResult?: (node: TreeNode, truth: Truth) => void;
}

function makeCompiler(context: EvalContext | undefined, onResult?: Compiler['onResult']): Compiler {
  const options: EvalOptions = Array.isArray(context) ? { catalog: context } : (context ?? {});
  const types = new Map((options.catalog ?? []).map((field) => [field.name, field.type] as const));
  const today = toDay(options.today ?? new Date());
  if (today === undefined) throw new RangeError(`Invalid "today": ${String(options.today)}`);
  const typeOf = (condition: Condition): FieldType => types.get(condition.field) ?? inferFieldType(condition);
  return onResult ? { typeOf, today, onResult } : { typeOf, today };
}

// ---------------------------------------------------------------------------------------------
// Conditions

/** A compiled node. A `definite` test never returns undefined, so plain boolean logic can combine it. */
interface Compiled {
  test: TruthTest;
  definite: boolean;
}

const UNKNOWN: Compiled = { test: () => undefined, definite: false };

function isEvaluable(condition: Condition): boolean {
  const scalars = scalarsOf(condition.value);
  const emptyList = condition.value.kind === 'list' && scalars.length === 0;
  return valueFits(condition.operator, condition.value) && !emptyList && !scalars.some(isBlankScalar);
}

type Comparison = (difference: number) => boolean;
const ORDERINGS: Partial<Record<OperatorId, Comparison>> = {
  gt: (d) => d > 0,
  gte: (d) => d >= 0,
  lt: (d) => d < 0,
  lte: (d) => d <= 0,
  before: (d) => d < 0,
  after: (d) => d > 0,
};

function orderingTest(type: FieldType, field: string, scalar: Scalar, accept: Comparison): Test | undefined {
  return withOrder(type, (order) => {
    const bound = order.key(scalar);
    if (bound === undefined) return undefined;
    return (p: Profile) => {
      const key = order.key(p[field]);
      return key !== undefined && accept(order.compare(key, bound));
    };
  });
}

function betweenTest(type: FieldType, field: string, from: Scalar, to: Scalar): Test | undefined {
  return withOrder(type, (order) => {
    const low = order.key(from);
    const high = order.key(to);
    if (low === undefined || high === undefined) return undefined;
    return (p: Profile) => {
      const key = order.key(p[field]);
      return key !== undefined && order.compare(key, low) >= 0 && order.compare(key, high) <= 0;
    };
  });
}

function memberTest(type: FieldType, field: string, scalars: Scalar[]): Test | undefined {
  const toKey = equalityKey(type);
  const keys = new Set(scalars.map(toKey));
  if (keys.has(undefined)) return undefined;
  return (p) => keys.has(toKey(p[field]));
}

function textTest(field: string, scalar: Scalar, accept: (text: string, needle: string) => boolean): Test {
  const needle = toText(scalar)!;
  return (p) => {
    const text = toText(p[field]);
    return text !== undefined && accept(text, needle);
  };
}

/** Relative-day operators: the profile's day is tested against today and the number of days. */
function daysTest(field: string, scalar: Scalar, accept: (day: number, days: number) => boolean): Test | undefined {
  const days = toNumber(scalar);
  if (days === undefined) return undefined;
  return (p) => {
    const day = toDay(p[field]);
    return day !== undefined && accept(day, days);
  };
}

/** Days from `today` to the next anniversary of `day` (0 when it is today). Feb 29 falls on Mar 1. */
export function daysToAnniversary(day: number, today: number): number {
  const date = new Date(day * 86_400_000);
  const now = new Date(today * 86_400_000);
  const on = (year: number) => Math.floor(Date.UTC(year, date.getUTCMonth(), date.getUTCDate()) / 86_400_000);
  const thisYear = on(now.getUTCFullYear());
  return (thisYear >= today ? thisYear : on(now.getUTCFullYear() + 1)) - today;
}

/** `daysToAnniversary` per profile day, remembered: birthdays repeat, and Date objects are costly. */
function anniversaryWithin(today: number): (day: number, days: number) => boolean {
  const daysTo = new Map<number, number>();
  return (day, days) => {
    let until = daysTo.get(day);
    if (until === undefined) {
      until = daysToAnniversary(day, today);
      daysTo.set(day, until);
    }
    return until <= days;
  };
}

/** A lone scalar counts as a one-item list; a missing value as an empty one. */
function listContainsTest(field: string, scalar: Scalar): Test {
  const toKey = equalityKey('list');
  const wanted = toKey(scalar);
  return (p) => {
    const value = p[field];
    if (!Array.isArray(value)) return toKey(value) === wanted;
    for (const item of value) if (toKey(item) === wanted) return true;
    return false;
  };
}

/** The test of a positive operator, or undefined when the condition's value means nothing for the type. */
function positiveTest(
  op: OperatorId,
  field: string,
  scalars: Scalar[],
  type: FieldType,
  today: number,
): Test | undefined {
  const first = scalars[0]!;
  const ordering = ORDERINGS[op];
  if (ordering) return orderingTest(op === 'before' || op === 'after' ? 'date' : type, field, first, ordering);
  switch (op) {
    case 'equals':
    case 'on':
    case 'is':
    case 'in_list':
    case 'is_any_of':
      return memberTest(op === 'on' ? 'date' : type, field, scalars);
    case 'contains':
      return textTest(field, first, (text, needle) => text.includes(needle));
    case 'begins_with':
      return textTest(field, first, (text, needle) => text.startsWith(needle));
    case 'ends_with':
      return textTest(field, first, (text, needle) => text.endsWith(needle));
    case 'is_empty':
      return (p: Profile) => isEmptyValue(p[field]);
    case 'exists':
      return (p: Profile) => !isMissing(p[field]);
    case 'domain_is':
    case 'domain_group_is': {
      const domains = op === 'domain_is' ? [toText(first)!.replace(/^@/, '')] : [...domainsOfGroup(String(first))];
      return (p: Profile) => {
        const email = p[field];
        for (const domain of domains) if (hasEmailDomain(email, domain)) return true;
        return false;
      };
    }
    case 'between':
      return betweenTest(type, field, first, scalars[1]!);
    case 'date_between':
      return betweenTest('date', field, first, scalars[1]!);
    case 'in_last_days':
      return daysTest(field, first, (day, days) => day <= today && day >= today - days);
    case 'more_than_days_ago':
      return daysTest(field, first, (day, days) => day < today - days);
    case 'anniversary_within_days':
      return daysTest(field, first, anniversaryWithin(today));
    case 'is_true':
      return (p: Profile) => toBoolean(p[field]) === true;
    case 'is_false':
      return (p: Profile) => toBoolean(p[field]) === false;
    default:
      // list_contains: the only positive operator left.
      return listContainsTest(field, first);
  }
}

function compileCondition(condition: Condition, compiler: Compiler): Compiled {
  if (!isEvaluable(condition)) return UNKNOWN;
  const complementOf = COMPLEMENT_OF[condition.operator];
  const op = complementOf ?? condition.operator;
  const test = positiveTest(
    op,
    condition.field,
    scalarsOf(condition.value),
    compiler.typeOf(condition),
    compiler.today,
  );
  if (!test) return UNKNOWN;
  return { test: complementOf ? (p) => !test(p) : test, definite: true };
}

// ---------------------------------------------------------------------------------------------
// Groups

/** Plain boolean logic, for groups whose children can never be unknown: the common, fast case. */
function booleanGroup(tests: Test[], combinator: Group['combinator']): Test {
  const n = tests.length;
  return combinator === 'and'
    ? (p) => {
        for (let i = 0; i < n; i++) if (!tests[i]!(p)) return false;
        return true;
      }
    : (p) => {
        for (let i = 0; i < n; i++) if (tests[i]!(p)) return true;
        return false;
      };
}

/** Kleene logic over children that may be unknown; `exhaustive` evaluates every child (for reports). */
function threeValuedGroup(tests: TruthTest[], combinator: Group['combinator'], exhaustive: boolean): TruthTest {
  // The child result that settles the group: false for AND, true for OR.
  const decisive = combinator === 'or';
  return (p) => {
    let result: Truth = !decisive;
    for (const test of tests) {
      const truth = test(p);
      if (truth === decisive) {
        result = decisive;
        if (!exhaustive) break;
      } else if (truth === undefined && result !== decisive) result = undefined;
    }
    return result;
  };
}

function compileGroup(group: Group, compiler: Compiler): Compiled {
  const children = group.children.map((child) => compileNode(child, compiler));
  const definite = children.every((child) => child.definite);
  const tests = children.map((child) => child.test);
  const exhaustive = compiler.onResult !== undefined;
  let test: TruthTest;
  if (tests.length === 0) test = () => true;
  else if (definite && !exhaustive) test = booleanGroup(tests as Test[], group.combinator);
  else test = threeValuedGroup(tests, group.combinator, exhaustive);
  if (!group.not) return { test, definite };
  const inner = test;
  return {
    test: (p) => {
      const truth = inner(p);
      return truth === undefined ? undefined : !truth;
    },
    definite,
  };
}

function compileNode(node: TreeNode, compiler: Compiler): Compiled {
  const compiled =
    node.type === 'group'
      ? compileGroup(node, compiler)
      : node.type === 'opaque'
        ? UNKNOWN
        : compileCondition(node, compiler);
  const report = compiler.onResult;
  if (!report) return compiled;
  return {
    test: (p) => {
      const truth = compiled.test(p);
      report(node, truth);
      return truth;
    },
    definite: compiled.definite,
  };
}

/** Three-valued test of a node: true, false, or undefined when it cannot be decided. */
export function compileTruth(node: TreeNode, context?: EvalContext): TruthTest {
  return compileNode(node, makeCompiler(context)).test;
}

/** Compiles a tree once into a predicate; a profile matches only when the tree is certainly true. */
export function compile(node: TreeNode, context?: EvalContext): Test {
  const { test, definite } = compileNode(node, makeCompiler(context));
  return definite ? (test as Test) : (p) => test(p) === true;
}

export function matches(profile: Profile, node: TreeNode, context?: EvalContext): boolean {
  return compile(node, context)(profile);
}

export function toOutcome(truth: Truth): Outcome {
  if (truth === undefined) return 'unknown';
  return truth ? 'pass' : 'fail';
}

/** Pass, fail or unknown for every node of the tree, keyed by node id. */
export function explain(profile: Profile, group: Group, context?: EvalContext): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  compileNode(
    group,
    makeCompiler(context, (node, truth) => outcomes.set(node.id, toOutcome(truth))),
  ).test(profile);
  return outcomes;
}

// ---------------------------------------------------------------------------------------------
// Counting

function sampleFilter(range: SampleRange): (p: Profile) => boolean {
  return isFullSample(range) ? () => true : (p) => inSample(p.id, range);
}

/** The profiles one block keeps: its conditions, then its sample, then its limit (0 = none), in input order. */
export function selectBlock(profiles: readonly Profile[], block: Block, context?: EvalContext): Profile[] {
  const test = compile(block.root, context);
  const sampled = sampleFilter(block.sample);
  const kept: Profile[] = [];
  for (const profile of profiles) {
    if (!test(profile) || !sampled(profile)) continue;
    kept.push(profile);
    if (kept.length === block.limit) break;
  }
  return kept;
}

/**
 * The profiles a segment's conditions select, in input order. Blocks combine with OR (a union):
 * each block is a self-contained audience with its own sample and limit, as Altcraft's `segment[]`
 * reads. Static segments hold explicit members the domain does not know, so they select nothing.
 */
export function select(profiles: readonly Profile[], segment: Segment, context?: EvalContext): Profile[] {
  if (segment.kind === 'static') return [];
  const [first, ...rest] = segment.blocks.map((block) => selectBlock(profiles, block, context));
  if (!first) return [];
  if (rest.length === 0) return first;
  const chosen = new Set([first, ...rest].flat());
  return profiles.filter((profile) => chosen.has(profile));
}

export function count(profiles: readonly Profile[], segment: Segment, context?: EvalContext): number {
  return select(profiles, segment, context).length;
}

/**
 * For every group of a block, how many profiles in the block's sample satisfy that group on its
 * own (ignoring its ancestors and the block's limit), keyed by group id.
 */
export function countPerGroup(profiles: readonly Profile[], block: Block, context?: EvalContext): Map<string, number> {
  const counts = new Map<string, number>();
  walk(block.root, (node) => {
    if (node.type === 'group') counts.set(node.id, 0);
  });
  const { test } = compileNode(
    block.root,
    makeCompiler(context, (node, truth) => {
      if (node.type === 'group' && truth === true) counts.set(node.id, counts.get(node.id)! + 1);
    }),
  );
  const sampled = sampleFilter(block.sample);
  for (const profile of profiles) if (sampled(profile)) test(profile);
  return counts;
}
