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
import { conditionScope, conditionTest, type ConditionScope, type EvalContext } from './conditionTests';
import type { Block, Condition, Group, Profile, SampleRange, Segment, TreeNode } from './model';
import { ProfileTable } from './profileTable';
import { inSample, isFullSample } from './sample';
import { selectingBlocks, tallyBlocks, type Tally } from './tally';
import { walk } from './tree';

export { daysToAnniversary, yearsSince } from './conditionTests';
export type { EvalContext, EvalOptions } from './conditionTests';
export type Truth = boolean | undefined;
export type Outcome = 'pass' | 'fail' | 'unknown';

type Test = (profile: Profile) => boolean;
type TruthTest = (profile: Profile) => Truth;

interface Compiler extends ConditionScope {
  /** When present every node is evaluated (no short-circuit) and reported. */
  onResult?: (node: TreeNode, truth: Truth) => void;
}

function makeCompiler(context: EvalContext | undefined, onResult?: Compiler['onResult']): Compiler {
  const scope = conditionScope(context);
  return onResult ? { ...scope, onResult } : scope;
}

// ---------------------------------------------------------------------------------------------
// Conditions

/** A compiled node. A `definite` test never returns undefined, so plain boolean logic can combine it. */
interface Compiled {
  test: TruthTest;
  definite: boolean;
}

const UNKNOWN: Compiled = { test: () => undefined, definite: false };

function compileCondition(condition: Condition, compiler: Compiler): Compiled {
  const test = conditionTest(condition, compiler);
  if (!test) return UNKNOWN;
  const { field } = condition;
  const { read, accept } = test;
  return { test: (p) => accept(read(p[field])), definite: true };
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
// Counting. Over plain profiles, row by row with short-circuits: the cheapest for one count. Over
// a ProfileTable, column by column (tally.ts): it keeps columns and answers from one count to the
// next, which is how the embedded backend counts the same database again and again.

type Profiles = readonly Profile[] | ProfileTable;

function sampleFilter(range: SampleRange): (p: Profile) => boolean {
  return isFullSample(range) ? () => true : (p) => inSample(p.id, range);
}

/** A tally of a table over every row at once. */
function tallyWhole(table: ProfileTable, blocks: readonly Block[], context?: EvalContext): Tally {
  const run = tallyBlocks(table, blocks, context);
  run.step(0, table.rowCount);
  return run;
}

function selectedProfiles(table: ProfileTable, run: Tally): Profile[] {
  return run.selectedRows().map((row) => table.profiles[row]!);
}

/** The profiles one block keeps: its conditions, then its sample, then its limit (0 = none), in input order. */
export function selectBlock(profiles: Profiles, block: Block, context?: EvalContext): Profile[] {
  if (profiles instanceof ProfileTable) return selectedProfiles(profiles, tallyWhole(profiles, [block], context));
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
export function select(profiles: Profiles, segment: Segment, context?: EvalContext): Profile[] {
  if (profiles instanceof ProfileTable)
    return selectedProfiles(profiles, tallyWhole(profiles, selectingBlocks(segment), context));
  const [first, ...rest] = selectingBlocks(segment).map((block) => selectBlock(profiles, block, context));
  if (!first) return [];
  if (rest.length === 0) return first;
  const chosen = new Set([first, ...rest].flat());
  return profiles.filter((profile) => chosen.has(profile));
}

export function count(profiles: Profiles, segment: Segment, context?: EvalContext): number {
  if (profiles instanceof ProfileTable) return tallyWhole(profiles, selectingBlocks(segment), context).result().total;
  return select(profiles, segment, context).length;
}

/**
 * For every group of a block, how many profiles in the block's sample satisfy that group on its
 * own (ignoring its ancestors and the block's limit), keyed by group id.
 */
export function countPerGroup(profiles: Profiles, block: Block, context?: EvalContext): Map<string, number> {
  if (profiles instanceof ProfileTable) return tallyWhole(profiles, [block], context).result().perGroup;
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
