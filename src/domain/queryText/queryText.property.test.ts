import * as fc from 'fast-check';
import type { FieldCatalog, Group, OpaqueCondition, TreeNode } from '../model';
import { deepFreeze, TEST_CATALOG, treeArb } from '../testing/arbitraries';
import { completionsAt } from './completions';
import { tokenize } from './highlight';
import { opaqueNodesOf, parseQuery, type ParseResult } from './parse';
import { printGroup } from './print';
import type { TextProblem } from './problems';
import { OPERATOR_SPELLINGS } from './spellings';

/** A tree without the ids the parser makes up; opaque conditions keep theirs, as the parser does. */
function normalise(node: TreeNode): unknown {
  if (node.type === 'opaque') return node;
  const { id: _id, ...rest } = node;
  if (rest.type === 'condition') return rest;
  const { not, children, ...group } = rest;
  return { ...group, ...(not ? { not } : {}), children: children.map(normalise) };
}

let next = 0;
const newId = () => `p${next++}`;

function parse(text: string, catalog: FieldCatalog, opaque: ReadonlyMap<string, OpaqueCondition> = new Map()) {
  return parseQuery(text, { catalog, opaque, newId });
}

const widthArb = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 0, max: 120 }),
  fc.constant(Number.POSITIVE_INFINITY),
);

/** TEST_CATALOG under random names and labels: spaces, keywords, quotes, any Unicode. */
const renamedCatalogArb: fc.Arbitrary<FieldCatalog> = fc
  .tuple(
    fc.uniqueArray(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 8 }),
        fc.constantFrom('and', 'OR', 'not', 'all', 'Any', 'true', 'in', 'is', 'a.b', '_x', 'Город'),
      ),
      { minLength: TEST_CATALOG.length, maxLength: TEST_CATALOG.length },
    ),
    fc.array(fc.string({ unit: 'grapheme', maxLength: 8 }), {
      minLength: TEST_CATALOG.length,
      maxLength: TEST_CATALOG.length,
    }),
  )
  .map(([names, labels]) => TEST_CATALOG.map((field, i) => ({ ...field, name: names[i]!, label: labels[i]! })));

/** Gives the tree's opaque conditions random ids and labels, keeping the ids unique. */
function withOddOpaque(tree: Group, words: readonly string[]): Group {
  let k = 0;
  const visit = (node: TreeNode): TreeNode => {
    if (node.type === 'group') return { ...node, children: node.children.map(visit) };
    if (node.type === 'condition') return node;
    const word = words[k++ % words.length]!;
    return { ...node, id: `${word}#${k}`, label: word };
  };
  return visit(tree) as Group;
}

/** Prints a frozen tree, parses the text back, and prints again. */
function roundTrip(tree: Group, catalog: FieldCatalog, width: number | undefined) {
  deepFreeze(tree);
  deepFreeze(catalog);
  const options = width === undefined ? {} : { width };
  const text = printGroup(tree, catalog, options);
  const result = parse(text, catalog, opaqueNodesOf(tree));
  if (!result.ok) throw new Error(`${JSON.stringify(result.errors)}\n${text}`);
  return { text, warnings: result.warnings, root: result.root, again: printGroup(result.root, catalog, options) };
}

function checkProblems(text: string, problems: readonly TextProblem[]) {
  const lines = text.split('\n');
  for (const problem of problems) {
    expect(problem.from).toBeGreaterThanOrEqual(0);
    expect(problem.to).toBeGreaterThanOrEqual(problem.from);
    expect(problem.to).toBeLessThanOrEqual(text.length);
    const before = text.slice(0, problem.from).split('\n');
    expect(problem.line).toBe(before.length);
    expect(problem.column).toBe(before.at(-1)!.length + 1);
    expect(problem.line).toBeLessThanOrEqual(lines.length);
  }
}

function checkResult(text: string, result: ParseResult) {
  checkProblems(text, result.warnings);
  expect(result.ok || result.errors.length > 0).toBe(true);
  checkProblems(text, result.ok ? [] : result.errors);
}

/** Condition texts in many spellings: aliases, labels, underscores, case, unknown fields, odd values. */
const CONDITIONS = [
  'name = "Anna"',
  'Name != "x"',
  'name contains "a\\"b"',
  'NAME NOT CONTAINS "a"',
  'name begins_with "A"',
  'name ends with "z"',
  'name is_empty',
  'name is not empty',
  'name exists',
  'name not_exists',
  'name in ["a", "b",]',
  'name not in []',
  'name = 12345',
  'name = 2024-01-01',
  'name = true',
  'name = ?',
  'email domain "gmail.com"',
  'email domain_group "gmail"',
  'Email domain group "Yahoo! (US)"',
  'age > -0',
  'age >= 1e3',
  'age < "42"',
  'age <= 2.5',
  'age between 1 and ?',
  'age not between "" and 5',
  'birthday = 2024-02-29',
  'birthday < 2024-01-01',
  'birthday > "2024-01-01"',
  'birthday on 2024-01-01',
  'birthday between 2024-01-01 and 2024-12-31',
  'birthday in_last 1 day',
  'birthday more_than 30 days_ago',
  'birthday more than 5 days ago',
  'birthday anniversary within 7 days',
  'vip is true',
  'VIP IS FALSE',
  'sex = "Female"',
  'Gender in ["male", 3, "other"]',
  'sex != 3',
  'sex not in ["nobody"]',
  'sex = true',
  'appVersion = 1.10.3',
  'appVersion >= 1',
  'appVersion < "2.0"',
  'tags has "x"',
  'tags not_has "y"',
  'tags is empty',
  '`App version` > 1.2',
  '"Tags" has "z"',
  'unknown = "x"',
  'unknown > 5',
  'unknown >= 1.2.3',
  'unknown = 2024-01-01',
  'unknown in [1, "a"]',
  'unknown between 1 and 2',
  'unknown between 2024-01-01 and 2024-02-01',
  'unknown in last 3 days',
  'unknown has "a"',
  'unknown domain group "Gmail"',
  'unknown is true',
  '⟦kept #o1⟧',
];

const OPAQUE = new Map<string, OpaqueCondition>([
  ['o1', { type: 'opaque', id: 'o1', vendor: 'altcraft', label: 'kept', raw: { x: 1 } }],
]);

const queryTextArb: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...CONDITIONS),
    tie('expr').map((e) => `(${e})`),
    fc
      .tuple(tie('expr'), fc.constantFrom('and', 'or', 'AND', 'Or'), tie('expr'), fc.constantFrom(' ', '\n  ', '\t'))
      .map(([a, c, b, space]) => `${a}${space}${c} ${b}`),
    tie('expr').map((e) => `not ${e}`),
    fc
      .tuple(fc.constantFrom('all', 'any', 'ALL'), fc.array(tie('expr'), { maxLength: 3 }))
      .map(([word, items]) => `${word}(${items.join(', ')})`),
    fc.constantFrom('()', 'all()', 'any()'),
  ),
})).expr;

const WORDS = [
  ...new Set(Object.values(OPERATOR_SPELLINGS).flatMap((s) => [...s.words, ...(s.suffix ?? [])])),
  ...['and', 'or', 'not', 'all', 'any', 'true', 'false', '(', ')', '[', ']', ',', '?', 'day', 'in_last'],
  ...['name', 'age', 'sex', 'birthday', 'vip', 'tags', 'appVersion', '`Name`', '"Gender"', 'zzz'],
  ...['"x"', '"', '`', '5', '-3', '1.2.3', '2024-01-01', '2024-02-30', '⟦kept #o1⟧', '⟦ #nope⟧', '⟦x', '\\q', '!'],
];
const soupArb = fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((words) => words.join(' '));

describe('text mode properties', () => {
  it('parse(print(tree)) is the tree, for every tree of the arbitraries', () => {
    fc.assert(
      fc.property(treeArb({ opaqueWeight: 2, maxDepth: 4 }), widthArb, (tree, width) => {
        const { text, warnings, root, again } = roundTrip(tree, TEST_CATALOG, width);
        expect(warnings).toEqual([]);
        expect(normalise(root)).toEqual(normalise(tree));
        // And printing what was read gives the same text: print∘parse is the identity on printed text.
        expect(again).toBe(text);
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips with field names and labels that need quoting, and odd opaque ids', () => {
    const arb = renamedCatalogArb.chain((catalog) =>
      fc.tuple(
        fc.constant(catalog),
        treeArb({ catalog, opaqueWeight: 1, maxDepth: 3 }),
        fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        widthArb,
      ),
    );
    fc.assert(
      fc.property(arb, ([catalog, tree, words, width]) => {
        const odd = withOddOpaque(tree, words);
        const { text, warnings, root, again } = roundTrip(odd, catalog, width);
        expect(warnings).toEqual([]);
        expect(normalise(root)).toEqual(normalise(odd));
        expect(again).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('print∘parse is idempotent on any text that parses, with known and unknown fields', () => {
    fc.assert(
      fc.property(queryTextArb, fc.constantFrom(TEST_CATALOG, []), widthArb, (text, catalog, width) => {
        const first = parse(text, catalog, OPAQUE);
        checkResult(text, first);
        if (!first.ok) return;
        const options = width === undefined ? {} : { width };
        const printed = printGroup(first.root, catalog, options);
        const second = parse(printed, catalog, OPAQUE);
        if (!second.ok) throw new Error(`${JSON.stringify(second.errors)}\n${text}\n${printed}`);
        expect(normalise(second.root)).toEqual(normalise(first.root));
        expect(printGroup(second.root, catalog, options)).toBe(printed);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws, and keeps every position inside the text', () => {
    const textArb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom(...'()[],?=<>!"`\\⟦⟧#-.0123456789 \nabdn_'), maxLength: 40 }),
      soupArb,
      queryTextArb,
    );
    fc.assert(
      fc.property(textArb, fc.nat(), fc.constantFrom(TEST_CATALOG, []), (text, cut, catalog) => {
        const result = parse(text, catalog, OPAQUE);
        checkResult(text, result);
        const capped = parseQuery(text, {
          catalog,
          newId,
          capabilities: { not: false, maxDepth: 1, maxConditionsPerGroup: 1, conditions: false, operators: {} },
        });
        checkResult(text, capped);

        const tokens = tokenize(text);
        let end = 0;
        for (const token of tokens) {
          expect(token.from).toBeGreaterThanOrEqual(end);
          expect(token.to).toBeGreaterThan(token.from);
          end = token.to;
        }
        expect(end).toBeLessThanOrEqual(text.length);
        // Only whitespace lies between tokens.
        const gaps = tokens.reduce(
          (rest, token) => rest.slice(0, token.from) + ' '.repeat(token.to - token.from) + rest.slice(token.to),
          text,
        );
        expect(gaps.trim()).toBe('');

        const offset = cut % (text.length + 1);
        const completions = completionsAt(text, offset, catalog);
        expect(completions.from).toBeGreaterThanOrEqual(0);
        expect(completions.from).toBeLessThanOrEqual(offset);
      }),
      { numRuns: 1500 },
    );
  });
});
