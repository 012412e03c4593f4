/**
 * fast-check arbitraries for the domain's property tests: a catalog with one field of every type,
 * well-typed conditions over it, random trees, profiles and segments. Values are drawn from small
 * pools so that random conditions and random profiles actually meet.
 */
import * as fc from 'fast-check';
import type {
  Combinator,
  Condition,
  ConditionValue,
  FieldCatalog,
  FieldDescriptor,
  Group,
  OpaqueCondition,
  OperatorId,
  Profile,
  Scalar,
  Segment,
  TreeNode,
} from '../model';
import { editorFor, OPERATORS, operatorsFor, valueOptionsFor } from '../operators';

export const TEST_CATALOG: FieldCatalog = [
  { name: 'name', label: 'Name', type: 'string', category: 'custom' },
  { name: 'email', label: 'Email', type: 'email', category: 'system' },
  { name: 'age', label: 'Age', type: 'number', category: 'custom' },
  { name: 'birthday', label: 'Birthday', type: 'date', category: 'system' },
  { name: 'vip', label: 'VIP', type: 'boolean', category: 'custom' },
  {
    name: 'sex',
    label: 'Gender',
    type: 'enum',
    category: 'system',
    options: [
      { value: 'female', label: 'Female' },
      { value: 'male', label: 'Male' },
      { value: 3, label: 'Other' },
    ],
  },
  { name: 'appVersion', label: 'App version', type: 'version', category: 'custom' },
  { name: 'tags', label: 'Tags', type: 'list', category: 'custom' },
];

/** The day relative-date operators count from in property tests. */
export const TEST_TODAY = '2024-06-15';

const WORDS = ['moscow', 'Moscow', 'kazan', 'Saint Petersburg', 'anna', 'ANNA', 'x'];
const EMAILS = ['anna@gmail.com', 'ivan@Mail.ru', 'olga@yahoo.com', 'petr@corp.example', 'no-at-sign'];
const DATES = ['2024-06-15', '2024-06-10', '2024-01-01', '2023-06-20', '2000-02-29', '1990-12-31', '2024-07-01'];
const VERSIONS = ['1.0', '1.0.0', '1.2', '1.10.3', '2.0.1', '10.0'];

const text = fc.constantFrom(...WORDS);
const date = fc.constantFrom(...DATES);

/** A well-typed scalar for the editor an operator uses on a field. */
export function scalarFor(field: FieldDescriptor, op: OperatorId): fc.Arbitrary<Scalar> {
  switch (editorFor(field.type, op)) {
    case 'number':
      return fc.integer({ min: -5, max: 60 });
    case 'days':
      return fc.integer({ min: 0, max: 400 });
    case 'years':
      return fc.integer({ min: 0, max: 80 });
    case 'date':
      return date;
    case 'version':
      return fc.constantFrom(...VERSIONS);
    case 'enum':
    case 'enum-multi':
      return fc.constantFrom(...valueOptionsFor(field, op)!.map((option) => option.value));
    default:
      return field.type === 'email' && op === 'domain_is'
        ? fc.constantFrom('gmail.com', 'mail.ru', '@yahoo.com', 'corp.example')
        : text;
  }
}

function valueFor(field: FieldDescriptor, op: OperatorId): fc.Arbitrary<ConditionValue> {
  const scalar = scalarFor(field, op);
  switch (OPERATORS[op].arity) {
    case 'none':
      return fc.constant({ kind: 'none' });
    case 'one':
      return scalar.map((value) => ({ kind: 'one', value }));
    case 'two':
      return fc.tuple(scalar, scalar).map(([from, to]) => ({ kind: 'two', from, to }));
    case 'list':
      return fc.array(scalar, { minLength: 1, maxLength: 3 }).map((values) => ({ kind: 'list', values }));
  }
}

/** A condition over the catalog; ids are placeholders until `withSequentialIds` numbers the tree. */
export function conditionArb(catalog: FieldCatalog = TEST_CATALOG): fc.Arbitrary<Condition> {
  return fc.constantFrom(...catalog).chain((field) =>
    fc.constantFrom(...operatorsFor(field.type).map((spec) => spec.id)).chain((operator) =>
      valueFor(field, operator).map((value): Condition => ({
        type: 'condition',
        id: '',
        field: field.name,
        operator,
        value,
      })),
    ),
  );
}

export const opaqueArb: fc.Arbitrary<OpaqueCondition> = fc.constantFrom('in_data', 'once').map((operator) => ({
  type: 'opaque',
  id: '',
  vendor: 'altcraft',
  label: `Vendor rule ${operator}`,
  raw: { operator },
}));

/** Gives every node a distinct id ('n0', 'n1', ... in depth-first order). */
export function withSequentialIds(root: Group): Group {
  let next = 0;
  const number = (node: TreeNode): TreeNode => {
    const id = `n${next++}`;
    return node.type === 'group' ? { ...node, id, children: node.children.map(number) } : { ...node, id };
  };
  return number(root) as Group;
}

export interface TreeShape {
  catalog?: FieldCatalog;
  maxDepth?: number;
  maxChildren?: number;
  /** Weight of opaque leaves against modelled conditions (0 = none). */
  opaqueWeight?: number;
}

export function treeArb(shape: TreeShape = {}): fc.Arbitrary<Group> {
  const { catalog = TEST_CATALOG, maxDepth = 3, maxChildren = 4, opaqueWeight = 0 } = shape;
  const leaf: fc.Arbitrary<TreeNode> =
    opaqueWeight > 0
      ? fc.oneof({ arbitrary: conditionArb(catalog), weight: 10 }, { arbitrary: opaqueArb, weight: opaqueWeight })
      : conditionArb(catalog);
  const group = (depth: number): fc.Arbitrary<Group> => {
    const child: fc.Arbitrary<TreeNode> =
      depth >= maxDepth ? leaf : fc.oneof({ arbitrary: leaf, weight: 3 }, { arbitrary: group(depth + 1), weight: 1 });
    return fc
      .record({
        combinator: fc.constantFrom<Combinator>('and', 'or'),
        not: fc.boolean(),
        children: fc.array(child, { maxLength: maxChildren }),
      })
      .map(({ combinator, not, children }): Group => {
        const node: Group = { type: 'group', id: '', combinator, children };
        return not ? { ...node, not } : node;
      });
  };
  return group(1).map(withSequentialIds);
}

/** A profile value pool per field type, including missing, empty and loosely typed values. */
const PROFILE_VALUES: Record<FieldDescriptor['type'], fc.Arbitrary<unknown>> = {
  string: fc.oneof(text, fc.constantFrom('', 'mosc', 'MOSCOW')),
  email: fc.oneof(fc.constantFrom(...EMAILS), fc.constant('')),
  number: fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constantFrom('42', '', 'n/a', 7.5)),
  date: fc.oneof(date, fc.constantFrom('2024-06-15T12:30:00Z', 'not a date', 1718409600000)),
  boolean: fc.constantFrom(true, false, 'true', 0, 'maybe'),
  enum: fc.constantFrom('female', 'male', 3, '3', 'unknown'),
  version: fc.oneof(fc.constantFrom(...VERSIONS), fc.constantFrom('1.2-beta', '', 2)),
  list: fc.oneof(fc.array(text, { maxLength: 3 }), text),
};

export function profileArb(catalog: FieldCatalog = TEST_CATALOG): fc.Arbitrary<Profile> {
  const fields = Object.fromEntries(
    catalog.map((field) => [field.name, fc.oneof(PROFILE_VALUES[field.type], fc.constantFrom(undefined, null))]),
  );
  return fc
    .tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.record(fields))
    .map(([id, values]) => ({ ...values, id: String(id) }));
}

export function segmentArb(shape: TreeShape = {}): fc.Arbitrary<Segment> {
  const block = fc
    .tuple(treeArb(shape), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 100 }), fc.nat(50))
    .map(([root, a, b, limit]) => ({
      databaseId: 1,
      sample: a < b ? { from: a, to: b } : { from: 0, to: 100 },
      limit,
      root,
    }));
  return fc
    .record({
      kind: fc.constantFrom<Segment['kind']>('dynamic', 'updatable'),
      blocks: fc.array(block, { minLength: 1, maxLength: 2 }),
    })
    .map(({ kind, blocks }) => ({
      name: 'Random segment',
      tags: [],
      kind,
      refreshDaily: kind === 'updatable',
      databaseId: 1,
      // Blocks are numbered separately, so prefix ids to keep them unique across the segment.
      blocks: blocks.map((b, i) => ({ ...b, root: prefixIds(b.root, `b${i}-`) })),
    }));
}

function prefixIds(root: Group, prefix: string): Group {
  const rename = (node: TreeNode): TreeNode =>
    node.type === 'group'
      ? { ...node, id: prefix + node.id, children: node.children.map(rename) }
      : { ...node, id: prefix + node.id };
  return rename(root) as Group;
}

/** Recursively freezes a value so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** One valid condition per field of TEST_CATALOG, in catalog order. */
const SAMPLE_CONDITIONS: readonly Omit<Condition, 'id' | 'type'>[] = [
  { field: 'name', operator: 'contains', value: { kind: 'one', value: 'an' } },
  { field: 'email', operator: 'domain_group_is', value: { kind: 'one', value: 'Gmail' } },
  { field: 'age', operator: 'between', value: { kind: 'two', from: 18, to: 45 } },
  { field: 'birthday', operator: 'before', value: { kind: 'one', value: '2005-01-01' } },
  { field: 'vip', operator: 'is_false', value: { kind: 'none' } },
  { field: 'sex', operator: 'is_any_of', value: { kind: 'list', values: ['female', 3] } },
  { field: 'appVersion', operator: 'gte', value: { kind: 'one', value: '1.2' } },
  { field: 'tags', operator: 'list_not_contains', value: { kind: 'one', value: 'x' } },
];

/**
 * A valid tree of `conditions` leaves, `perGroup` children per group, for benchmarks and timing
 * tests. Leaves cycle through SAMPLE_CONDITIONS; groups alternate AND and OR by level.
 */
export function buildLargeTree(conditions: number, perGroup = 10): Group {
  let next = 0;
  const leaves: TreeNode[] = Array.from({ length: conditions }, (_, i) => ({
    ...SAMPLE_CONDITIONS[i % SAMPLE_CONDITIONS.length]!,
    type: 'condition',
    id: `c${next++}`,
  }));
  let level: TreeNode[] = leaves;
  let combinator: Combinator = 'or';
  while (level.length > perGroup) {
    const groups: TreeNode[] = [];
    for (let i = 0; i < level.length; i += perGroup)
      groups.push({ type: 'group', id: `g${next++}`, combinator, children: level.slice(i, i + perGroup) });
    level = groups;
    combinator = combinator === 'or' ? 'and' : 'or';
  }
  return { type: 'group', id: 'root', combinator, children: level };
}

/** mulberry32: a tiny seeded generator, so generated data is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` deterministic profiles over TEST_CATALOG with sequential ids '1', '2', ... */
export function generateProfiles(count: number, seed = 1): Profile[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i) => ({
    id: String(i + 1),
    name: pick(WORDS),
    email: pick(EMAILS),
    age: Math.floor(random() * 70) + 10,
    birthday: pick(DATES),
    vip: random() < 0.2,
    sex: pick(['female', 'male', 3]),
    appVersion: pick(VERSIONS),
    tags: WORDS.filter(() => random() < 0.3),
  }));
}
