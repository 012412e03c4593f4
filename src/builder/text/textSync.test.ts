import * as fc from 'fast-check';
import type { Group, OpaqueCondition } from '@/domain/model';
import { printGroup } from '@/domain/queryText';
import { buildLargeTree, TEST_CATALOG, treeArb } from '@/domain/testing/arbitraries';
import { collectIds } from '@/domain/tree';
import { UNLIMITED_CAPABILITIES } from '../capabilities';
import { DEMO_CATALOG } from '../fixtures/catalog';
import { condition, demoTree, group, list, none, one, two } from '../fixtures/trees';
import { minimalChange, reconcile, sameTree, textCapabilitiesOf, TextSync, type SyncContext } from './textSync';

function context(overrides: Partial<SyncContext> = {}): SyncContext {
  let next = 0;
  return { catalog: DEMO_CATALOG, newId: () => `new${next++}`, ...overrides };
}

const base = (): Group =>
  group('root', 'and', [
    condition('c-city', '_city', 'equals', one('Moscow')),
    group('g-or', 'or', [condition('c-age', 'age', 'gt', one(18)), condition('c-vip', 'is_vip', 'is_true', none)]),
  ]);

describe('textCapabilitiesOf', () => {
  it('passes the limits the parser checks and leaves out an unlimited depth', () => {
    expect(textCapabilitiesOf(UNLIMITED_CAPABILITIES)).toEqual({
      not: true,
      maxConditionsPerGroup: null,
      fixedRootCombinator: null,
    });
    expect(
      textCapabilitiesOf({
        maxDepth: 2,
        not: false,
        maxConditionsPerGroup: 10,
        operatorsByType: { string: ['equals'] },
        fixedRootCombinator: 'and',
      }),
    ).toEqual({
      not: false,
      maxDepth: 2,
      maxConditionsPerGroup: 10,
      operators: { string: ['equals'] },
      fixedRootCombinator: 'and',
    });
  });
});

describe('sameTree', () => {
  it('ignores ids and an absent versus false NOT', () => {
    const a = group('a', 'and', [condition('x', 'age', 'between', two(1, 2))]);
    const b = { ...group('b', 'and', [condition('y', 'age', 'between', two(1, 2))]), not: false };
    expect(sameTree(a, b)).toBe(true);
  });

  it('tells values, operators, combinators and kinds apart', () => {
    const a = condition('x', 'tags', 'list_contains', one('a'));
    expect(sameTree(a, condition('x', 'tags', 'list_contains', one('b')))).toBe(false);
    expect(sameTree(a, condition('x', 'tags', 'list_not_contains', one('a')))).toBe(false);
    expect(sameTree(condition('x', 'age', 'equals', one(1)), condition('x', 'age', 'equals', one('1')))).toBe(false);
    expect(sameTree(condition('x', 'c', 'in_list', list('a')), condition('x', 'c', 'in_list', list('a', 'b')))).toBe(
      false,
    );
    expect(sameTree(group('g', 'and', []), group('g', 'or', []))).toBe(false);
    expect(sameTree(group('g', 'and', [], true), group('g', 'and', []))).toBe(false);
    expect(sameTree(a, group('x', 'and', []))).toBe(false);
  });

  it('tells opaque conditions apart by id', () => {
    const opaque = (id: string): OpaqueCondition => ({ type: 'opaque', id, vendor: 'v', label: 'l', raw: {} });
    expect(sameTree(opaque('o1'), { ...opaque('o1') })).toBe(true);
    expect(sameTree(opaque('o1'), opaque('o2'))).toBe(false);
  });
});

describe('reconcile', () => {
  it('returns the previous tree itself when nothing changed', () => {
    const previous = base();
    const parsed = group('p0', 'and', [
      condition('p1', '_city', 'equals', one('Moscow')),
      group('p2', 'or', [condition('p3', 'age', 'gt', one(18)), condition('p4', 'is_vip', 'is_true', none)]),
    ]);
    expect(reconcile(previous, parsed)).toBe(previous);
  });

  it('keeps the ids and objects of untouched nodes, and the id of an edited condition', () => {
    const previous = base();
    const parsed = group('p0', 'and', [
      condition('p1', '_city', 'equals', one('Moscow')),
      group('p2', 'or', [condition('p3', 'age', 'gt', one(21)), condition('p4', 'is_vip', 'is_true', none)]),
    ]);
    const next = reconcile(previous, parsed);
    expect(next.id).toBe('root');
    expect(next.children[0]).toBe(previous.children[0]);
    const or = next.children[1] as Group;
    expect(or.id).toBe('g-or');
    expect(or.children[0]).toEqual(condition('c-age', 'age', 'gt', one(21)));
    expect(or.children[1]).toBe((previous.children[1] as Group).children[1]);
  });

  it('keeps the ids of the others when a condition is inserted at the start', () => {
    const previous = base();
    const parsed = group('p0', 'and', [
      condition('p9', 'email', 'contains', one('@')),
      condition('p1', '_city', 'equals', one('Moscow')),
      group('p2', 'or', [condition('p3', 'age', 'gt', one(18)), condition('p4', 'is_vip', 'is_true', none)]),
    ]);
    const next = reconcile(previous, parsed);
    expect(next.children.map((child) => child.id)).toEqual(['p9', 'c-city', 'g-or']);
    expect(next.children[2]).toBe(previous.children[1]);
  });

  it('gives a node of another kind its new id, and keeps NOT', () => {
    const previous = base();
    const parsed = group(
      'p0',
      'or',
      [group('p1', 'and', [condition('p2', '_city', 'equals', one('Kazan'))]), condition('p3', 'age', 'lt', one(5))],
      true,
    );
    const next = reconcile(previous, parsed);
    expect(next).toEqual(
      group(
        'root',
        'or',
        [group('p1', 'and', [condition('p2', '_city', 'equals', one('Kazan'))]), condition('p3', 'age', 'lt', one(5))],
        true,
      ),
    );
  });

  it('never repeats an id and always keeps the root id (property)', () => {
    fc.assert(
      fc.property(treeArb({ maxDepth: 3 }), treeArb({ maxDepth: 3 }), (previous, parsed) => {
        let next = 0;
        const fresh = (node: Group): Group =>
          JSON.parse(JSON.stringify(node), (key, value: unknown) =>
            key === 'id' && typeof value === 'string' && !value.startsWith('o') ? `fresh${next++}` : value,
          ) as Group;
        const result = reconcile(previous, fresh(parsed));
        const ids = collectIds(result);
        expect(new Set(ids).size).toBe(ids.length);
        expect(result.id).toBe(previous.id);
        expect(sameTree(result, parsed)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('minimalChange', () => {
  it('replaces only what differs', () => {
    expect(minimalChange('age > 18', 'age > 18')).toBeNull();
    expect(minimalChange('age > 18 and x', 'age > 21 and x')).toEqual({ from: 6, to: 8, insert: '21' });
    expect(minimalChange('', 'a')).toEqual({ from: 0, to: 0, insert: 'a' });
    expect(minimalChange('abc', '')).toEqual({ from: 0, to: 3, insert: '' });
    expect(minimalChange('aaa', 'aa')).toEqual({ from: 2, to: 3, insert: '' });
  });

  it('never splits a surrogate pair', () => {
    const change = minimalChange('x 😀', 'x 😃');
    expect(change).toEqual({ from: 2, to: 4, insert: '😃' });
  });

  it('applies back to the new text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (before, after) => {
        const change = minimalChange(before, after);
        const applied = change ? before.slice(0, change.from) + change.insert + before.slice(change.to) : before;
        expect(applied).toBe(after);
      }),
    );
  });
});

describe('TextSync', () => {
  it('starts from the printed tree', () => {
    const sync = new TextSync(base(), context());
    expect(sync.text).toBe('_city = "Moscow" and (age > 18 or is_vip is true)');
    expect(sync.root.id).toBe('root');
  });

  it('turns a valid edit into the tree, keeping the root id', () => {
    const root = base();
    const sync = new TextSync(root, context());
    const reading = sync.edit('_city = "Kazan" and (age > 18 or is_vip is true)');
    expect(reading.ok && reading.changed).toBe(true);
    if (!reading.ok) return;
    expect(reading.root.id).toBe('root');
    expect(reading.root.children[0]).toEqual(condition('c-city', '_city', 'equals', one('Kazan')));
    expect(reading.root.children[1]).toBe(root.children[1]);
    expect(sync.root).toBe(reading.root);
  });

  it('reports a typo with its line and column and keeps the last good tree', () => {
    const root = base();
    const sync = new TextSync(root, context());
    const reading = sync.edit('_city = "Moscow" and\n  (age >> 18 or is_vip is true)');
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.errors[0]).toMatchObject({ line: 2, column: 9 });
    expect(sync.root).toBe(root);
  });

  it('does not change the tree for formatting only', () => {
    const root = base();
    const sync = new TextSync(root, context());
    const reading = sync.edit('_city = "Moscow"\nand (\n  age > 18\n  or is_vip is true\n)');
    expect(reading).toMatchObject({ ok: true, changed: false });
    expect(sync.root).toBe(root);
  });

  it('checks what the backend can store, at its place in the text', () => {
    const sync = new TextSync(
      base(),
      context({ capabilities: textCapabilitiesOf({ ...UNLIMITED_CAPABILITIES, not: false }) }),
    );
    const reading = sync.edit('_city = "Moscow" and not (age > 18)');
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.errors[0]).toMatchObject({ code: 'not_supported', line: 1, column: 22 });
  });

  it('rewrites the text for a tree changed elsewhere', () => {
    const sync = new TextSync(base(), context());
    const next = group('root', 'and', [condition('c-city', '_city', 'equals', one('Omsk'))]);
    expect(sync.update(next)).toBe('_city = "Omsk"');
    expect(sync.text).toBe('_city = "Omsk"');
    expect(sync.update(next)).toBeNull();
  });

  it('keeps the marketer’s formatting when the new tree is what the text already says', () => {
    const root = base();
    const sync = new TextSync(root, context());
    const formatted = '_city   =   "Moscow"\nand (age > 18 or is_vip is true)';
    sync.edit(formatted);
    // The same tree with other ids, as a draft restore or an import would bring.
    const same = group('r2', 'and', [
      condition('x1', '_city', 'equals', one('Moscow')),
      group('x2', 'or', [condition('x3', 'age', 'gt', one(18)), condition('x4', 'is_vip', 'is_true', none)]),
    ]);
    expect(sync.update(same)).toBeNull();
    expect(sync.text).toBe(formatted);
  });

  it('brings back the text as it was typed on undo', () => {
    const root = base();
    const sync = new TextSync(root, context());
    const first = '_city = "Moscow"   and (age > 18 or is_vip is true)';
    const firstReading = sync.edit(first);
    const firstRoot = firstReading.ok ? firstReading.root : root;
    const second = sync.edit('_city = "Moscow" and (age > 30 or is_vip is true)');
    expect(second.ok && second.changed).toBe(true);
    // Undo: the form hands back the tree before the edit.
    expect(sync.update(firstRoot)).toBe(first);
    // A text with errors is replaced too.
    sync.edit('_city = ');
    expect(sync.update(base())).toBe('_city = "Moscow" and (age > 18 or is_vip is true)');
  });

  it('finds a kept vendor rule again after it was cut and pasted back', () => {
    const tree = demoTree();
    const sync = new TextSync(tree, context());
    const text = sync.text;
    const opaque = /⟦[^⟧]*⟧/.exec(text)![0];
    const without = text.replace(`\nand ${opaque}`, '');
    expect(without).not.toContain('⟦');
    const cut = sync.edit(without);
    expect(cut.ok).toBe(true);
    const pasted = sync.edit(text);
    expect(pasted.ok && sameTree(pasted.root, tree)).toBe(true);
  });

  it('reads 1,000 conditions back as the same tree', () => {
    const tree = buildLargeTree(1000);
    const sync = new TextSync(tree, context({ catalog: TEST_CATALOG }));
    expect(sync.text).toBe(printGroup(tree, TEST_CATALOG));
    const edited = sync.text.replace('age between 18 and 45', 'age between 18 and 46');
    const reading = sync.edit(edited);
    expect(reading.ok && reading.changed).toBe(true);
    if (!reading.ok) return;
    // Only the first group changed: every other group is the same object.
    expect(reading.root.children.slice(1).every((child, i) => child === tree.children[i + 1])).toBe(true);
  });
});
