/**
 * The columnar evaluator: a condition tree is run over a range of rows at once, each node
 * producing one truth per row (false, true or unknown, with the same three-valued logic as the
 * row-wise evaluator). A condition answers once per distinct value of its field and then reads
 * its answers by code, so the work per row is a few array reads. Every group's truths are there
 * anyway, which gives the per-group counts of an estimate at no extra cost.
 *
 * A tally runs in steps over consecutive row ranges, so a caller sharing a thread with a UI can
 * yield between them.
 */
import { conditionScope, conditionTest, type ConditionScope, type EvalContext, type ValueTest } from './conditionTests';
import type { Block, SampleRange, Segment, TreeNode } from './model';
import { NOT_ASKED, type ProfileTable } from './profileTable';
import { isFullSample } from './sample';

const FALSE = 0;
const TRUE = 1;
const UNKNOWN = 2;

// Kleene logic as lookup tables, indexed by left * 3 + right.
const AND = Uint8Array.of(FALSE, FALSE, FALSE, FALSE, TRUE, UNKNOWN, FALSE, UNKNOWN, UNKNOWN);
const OR = Uint8Array.of(FALSE, TRUE, UNKNOWN, TRUE, TRUE, TRUE, UNKNOWN, TRUE, UNKNOWN);
const NOT = Uint8Array.of(TRUE, FALSE, UNKNOWN);

interface ConditionPlan {
  kind: 'condition';
  codes: Int32Array;
  /** The field's distinct values as the condition reads them. */
  keys: readonly unknown[];
  accept: ValueTest['accept'];
  /** Per distinct value: FALSE, TRUE or NOT_ASKED; shared through the table. */
  answers: Uint8Array;
}

interface GroupPlan {
  kind: 'group';
  id: string;
  combine: Uint8Array;
  not: boolean;
  children: Plan[];
}

type Plan = ConditionPlan | GroupPlan | { kind: 'unknown' };

function planOf(node: TreeNode, table: ProfileTable, scope: ConditionScope): Plan {
  if (node.type === 'group') {
    const children = node.children.map((child) => planOf(child, table, scope));
    const combine = node.combinator === 'and' ? AND : OR;
    return { kind: 'group', id: node.id, combine, not: node.not === true, children };
  }
  if (node.type === 'opaque') return { kind: 'unknown' };
  const test = conditionTest(node, scope);
  if (!test) return { kind: 'unknown' };
  const { codes } = table.column(node.field);
  const keys = table.keys(node.field, test.read);
  const question = JSON.stringify([node.operator, node.value, scope.typeOf(node), scope.today]);
  return { kind: 'condition', codes, keys, accept: test.accept, answers: table.answers(node.field, question) };
}

/** Scratch truths per tree depth, reused from node to node and step to step. */
class Scratch {
  readonly #buffers: Uint8Array[] = [];
  at(depth: number, length: number): Uint8Array {
    let buffer = this.#buffers[depth];
    if (!buffer || buffer.length < length) this.#buffers[depth] = buffer = new Uint8Array(length);
    return buffer;
  }
}

type GroupReport = (group: GroupPlan, truths: Uint8Array, length: number) => void;

/** Combines a condition's truths for rows [start, start + length) into `out`. */
function runCondition(plan: ConditionPlan, start: number, length: number, out: Uint8Array, combine: Uint8Array) {
  const { codes, keys, accept, answers } = plan;
  for (let i = 0; i < length; i++) {
    const code = codes[start + i]!;
    let answer = answers[code]!;
    if (answer === NOT_ASKED) answers[code] = answer = accept(keys[code]) ? TRUE : FALSE;
    out[i] = combine[out[i]! * 3 + answer]!;
  }
}

/** Truths of a group for rows [start, start + length), into `out`; every nested group is reported. */
function runGroup(
  plan: GroupPlan,
  start: number,
  length: number,
  out: Uint8Array,
  depth: number,
  scratch: Scratch,
  report: GroupReport,
): void {
  const { combine } = plan;
  // An empty group imposes nothing, whatever its combinator.
  out.fill(plan.children.length === 0 || combine === AND ? TRUE : FALSE, 0, length);
  for (const child of plan.children) {
    if (child.kind === 'condition') {
      runCondition(child, start, length, out, combine);
    } else if (child.kind === 'unknown') {
      for (let i = 0; i < length; i++) out[i] = combine[out[i]! * 3 + UNKNOWN]!;
    } else {
      const truths = scratch.at(depth + 1, length);
      runGroup(child, start, length, truths, depth + 1, scratch, report);
      for (let i = 0; i < length; i++) out[i] = combine[out[i]! * 3 + truths[i]!]!;
    }
  }
  if (plan.not) for (let i = 0; i < length; i++) out[i] = NOT[out[i]!]!;
  report(plan, out, length);
}

function sampleTest(range: SampleRange, table: ProfileTable): ((row: number) => boolean) | undefined {
  if (isFullSample(range)) return undefined;
  const buckets = table.buckets();
  return (row) => range.from <= buckets[row]! && buckets[row]! < range.to;
}

export interface TallyResult {
  /** Profiles the segment selects: its conditions, then each block's sample, then its limit; blocks united. */
  total: number;
  /** Per group id, how many profiles of its block's sample satisfy that group on its own. */
  perGroup: Map<string, number>;
}

export interface Tally {
  readonly rowCount: number;
  /** Evaluates rows [start, end); steps must cover the rows in order, without gaps. */
  step(start: number, end: number): void;
  result(): TallyResult;
  /** Rows the segment selects, in input order. */
  selectedRows(): number[];
}

interface BlockRun {
  block: Block;
  plan: GroupPlan;
  inSample: ((row: number) => boolean) | undefined;
  /** Rows whose root is true and that are in the sample, before the limit. */
  kept: number[];
}

/**
 * The blocks whose conditions select members. Static segments hold explicit members the domain
 * does not know, so they select nothing.
 */
export function selectingBlocks(segment: Segment): readonly Block[] {
  return segment.kind === 'static' ? [] : segment.blocks;
}

/** A tally of a segment over a table. */
export function tally(table: ProfileTable, segment: Segment, context?: EvalContext): Tally {
  return tallyBlocks(table, selectingBlocks(segment), context);
}

export function tallyBlocks(table: ProfileTable, blocks: readonly Block[], context?: EvalContext): Tally {
  const scope = conditionScope(context);
  const scratch = new Scratch();
  const perGroup = new Map<string, number>();
  const runs: BlockRun[] = blocks.map((block) => {
    const plan = planOf(block.root, table, scope) as GroupPlan;
    return { block, plan, inSample: sampleTest(block.sample, table), kept: [] };
  });
  for (const run of runs) for (const id of groupIds(run.plan)) perGroup.set(id, 0);

  const step = (start: number, end: number) => {
    const length = end - start;
    for (const run of runs) {
      const { inSample } = run;
      const report: GroupReport = (group, truths, n) => {
        let count = 0;
        for (let i = 0; i < n; i++) if (truths[i] === TRUE && (!inSample || inSample(start + i))) count++;
        perGroup.set(group.id, perGroup.get(group.id)! + count);
      };
      const root = scratch.at(0, length);
      runGroup(run.plan, start, length, root, 0, scratch, report);
      for (let i = 0; i < length; i++)
        if (root[i] === TRUE && (!inSample || inSample(start + i))) run.kept.push(start + i);
    }
  };

  const selectedRows = (): number[] => {
    const limited = runs.map(({ kept, block }) => (block.limit > 0 ? kept.slice(0, block.limit) : kept));
    if (limited.length <= 1) return limited[0] ?? [];
    const chosen = new Uint8Array(table.rowCount);
    for (const rows of limited) for (const row of rows) chosen[row] = 1;
    const rows: number[] = [];
    chosen.forEach((isChosen, row) => isChosen && rows.push(row));
    return rows;
  };

  return {
    rowCount: table.rowCount,
    step,
    selectedRows,
    result: () => ({ total: selectedRows().length, perGroup: new Map(perGroup) }),
  };
}

function groupIds(plan: Plan): string[] {
  return plan.kind === 'group' ? [plan.id, ...plan.children.flatMap(groupIds)] : [];
}
