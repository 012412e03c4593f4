import type { Condition, Group, TreeNode } from './model';
import { deepFreeze } from './testing/arbitraries';
import {
  addNode,
  cloneNode,
  cloneWithFreshIds,
  collectIds,
  countConditions,
  depthOf,
  findNode,
  findParent,
  maxDepth,
  moveNode,
  newCondition,
  newGroup,
  removeNode,
  toggleCombinator,
  toggleNot,
  TREE_ERRORS,
  type TreeResult,
  ungroup,
  updateCondition,
  updateGroup,
  walk,
  wrapInGroup,
} from './tree';

const cond = (id: string, field = 'city'): Condition => ({
  type: 'condition',
  id,
  field,
  operator: 'equals',
  value: { kind: 'one', value: id },
});
const group = (id: string, children: TreeNode[], combinator: Group['combinator'] = 'and'): Group => ({
  type: 'group',
  id,
  combinator,
  children,
});

/** root(and): a, g1(or): [b, g2(and): [c]], d */
const sample = (): Group =>
  deepFreeze(group('root', [cond('a'), group('g1', [cond('b'), group('g2', [cond('c')])], 'or'), cond('d')]));

/** The tree as nested ids, for compact expectations. */
function shape(node: TreeNode): unknown {
  return node.type === 'group' ? { [node.id]: node.children.map(shape) } : node.id;
}

function ok(result: TreeResult): Group {
  if (!result.ok) throw new Error(result.reason);
  return result.tree;
}

function failure(result: TreeResult, input: Group): string {
  expect(result.ok).toBe(false);
  expect(result.tree).toBe(input);
  return result.ok ? '' : result.reason;
}

describe('lookup helpers', () => {
  const root = sample();

  it('finds nodes and parents by id', () => {
    expect(findNode(root, 'c')).toEqual(cond('c'));
    expect(findNode(root, 'root')).toBe(root);
    expect(findNode(root, 'zzz')).toBeUndefined();
    expect(findParent(root, 'c')?.id).toBe('g2');
    expect(findParent(root, 'd')?.id).toBe('root');
    expect(findParent(root, 'root')).toBeUndefined();
  });

  it('walks depth-first with parents and depths', () => {
    const seen: string[] = [];
    walk(root, (node, parent, depth) => seen.push(`${node.id}<${parent?.id ?? '-'}@${depth}`));
    expect(seen).toEqual(['root<-@0', 'a<root@1', 'g1<root@1', 'b<g1@2', 'g2<g1@2', 'c<g2@3', 'd<root@1']);
  });

  it('counts leaves, opaque ones included, and measures depth', () => {
    const withOpaque = group('r', [...root.children, { type: 'opaque', id: 'o', vendor: 'v', label: 'l', raw: 1 }]);
    expect(countConditions(root)).toBe(4);
    expect(countConditions(withOpaque)).toBe(5);
    expect(collectIds(root)).toEqual(['root', 'a', 'g1', 'b', 'g2', 'c', 'd']);
    expect(depthOf(root, 'root')).toBe(0);
    expect(depthOf(root, 'c')).toBe(3);
    expect(depthOf(root, 'nope')).toBeUndefined();
    expect(maxDepth(root)).toBe(3);
    expect(maxDepth(group('flat', [cond('x')]))).toBe(1);
  });
});

describe('factories', () => {
  it('creates conditions with the type default operator and an empty value', () => {
    const c = newCondition('age', 'number');
    expect(c).toMatchObject({ type: 'condition', field: 'age', operator: 'equals', value: { kind: 'one', value: '' } });
    expect(c.id).not.toBe(newCondition('age', 'number').id);
  });

  it('creates groups, AND by default', () => {
    expect(newGroup()).toMatchObject({ type: 'group', combinator: 'and', children: [] });
    expect(newGroup('or', [cond('x')]).children).toHaveLength(1);
  });

  it('clones with fresh ids everywhere', () => {
    const copy = cloneWithFreshIds(sample());
    const ids = collectIds(copy);
    expect(ids.some((id) => collectIds(sample()).includes(id))).toBe(false);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('addNode', () => {
  it('appends by default and inserts at a clamped index', () => {
    const root = sample();
    expect(shape(ok(addNode(root, 'g2', cond('x'))))).toEqual(shape(ok(addNode(root, 'g2', cond('x'), 99))));
    expect(shape(findNode(ok(addNode(root, 'g1', cond('x'), 0)), 'g1')!)).toEqual({ g1: ['x', 'b', { g2: ['c'] }] });
    expect(shape(findNode(ok(addNode(root, 'g1', cond('x'), -3)), 'g1')!)).toEqual({ g1: ['x', 'b', { g2: ['c'] }] });
    expect(shape(ok(addNode(root, 'root', cond('x'), 1)))).toEqual({
      root: ['a', 'x', { g1: ['b', { g2: ['c'] }] }, 'd'],
    });
  });

  it('shares every subtree off the changed path', () => {
    const root = sample();
    const next = ok(addNode(root, 'g2', cond('x')));
    expect(next.children[0]).toBe(root.children[0]);
    expect(next.children[2]).toBe(root.children[2]);
    expect(next.children[1]).not.toBe(root.children[1]);
  });

  it('refuses unknown parents, conditions as parents and ids already in use', () => {
    const root = sample();
    expect(failure(addNode(root, 'zzz', cond('x')), root)).toBe(TREE_ERRORS.notFound('zzz'));
    expect(failure(addNode(root, 'a', cond('x')), root)).toBe(TREE_ERRORS.notAGroup('a'));
    expect(failure(addNode(root, 'g1', cond('c')), root)).toBe(TREE_ERRORS.duplicateId('c'));
    expect(failure(addNode(root, 'g1', group('n', [cond('y'), cond('y')])), root)).toBe(TREE_ERRORS.duplicateId('y'));
  });
});

describe('removeNode', () => {
  it('removes leaves and whole groups', () => {
    const root = sample();
    expect(shape(ok(removeNode(root, 'c')))).toEqual({ root: ['a', { g1: ['b', { g2: [] }] }, 'd'] });
    expect(shape(ok(removeNode(root, 'g1')))).toEqual({ root: ['a', 'd'] });
  });

  it('refuses the root and unknown ids', () => {
    const root = sample();
    expect(failure(removeNode(root, 'root'), root)).toBe(TREE_ERRORS.rootFixed);
    expect(failure(removeNode(root, 'zzz'), root)).toBe(TREE_ERRORS.notFound('zzz'));
  });
});

describe('updates', () => {
  it('patches a condition', () => {
    const root = sample();
    const next = ok(updateCondition(root, 'c', { operator: 'contains', value: { kind: 'one', value: 'x' } }));
    expect(findNode(next, 'c')).toEqual({ ...cond('c'), operator: 'contains', value: { kind: 'one', value: 'x' } });
  });

  it('refuses to patch groups, opaque conditions and unknown ids as conditions', () => {
    const root = deepFreeze(group('r', [{ type: 'opaque', id: 'o', vendor: 'v', label: 'l', raw: null }]));
    expect(failure(updateCondition(root, 'o', { field: 'x' }), root)).toBe(TREE_ERRORS.notACondition('o'));
    expect(failure(updateCondition(root, 'r', { field: 'x' }), root)).toBe(TREE_ERRORS.notACondition('r'));
    expect(failure(updateCondition(root, 'zzz', { field: 'x' }), root)).toBe(TREE_ERRORS.notFound('zzz'));
  });

  it('patches groups, the root included', () => {
    const root = sample();
    expect(ok(updateGroup(root, 'root', { combinator: 'or' })).combinator).toBe('or');
    expect(findNode(ok(updateGroup(root, 'g2', { not: true })), 'g2')).toMatchObject({ not: true });
    expect(failure(updateGroup(root, 'a', { not: true }), root)).toBe(TREE_ERRORS.notAGroup('a'));
  });

  it('toggles the combinator both ways', () => {
    const root = sample();
    const once = ok(toggleCombinator(root, 'g1'));
    expect(findNode(once, 'g1')).toMatchObject({ combinator: 'and' });
    expect(findNode(ok(toggleCombinator(once, 'g1')), 'g1')).toMatchObject({ combinator: 'or' });
    expect(failure(toggleCombinator(root, 'a'), root)).toBe(TREE_ERRORS.notAGroup('a'));
  });

  it('toggles NOT on and then drops the flag', () => {
    const root = sample();
    const on = ok(toggleNot(root, 'g2'));
    expect(findNode(on, 'g2')).toMatchObject({ not: true });
    expect(findNode(ok(toggleNot(on, 'g2')), 'g2')).not.toHaveProperty('not');
    expect(failure(toggleNot(root, 'zzz'), root)).toBe(TREE_ERRORS.notFound('zzz'));
  });
});

describe('moveNode', () => {
  it('reorders within a group; the index is the final position', () => {
    const root = sample();
    expect(shape(ok(moveNode(root, 'a', 'root', 2)))).toEqual({ root: [{ g1: ['b', { g2: ['c'] }] }, 'd', 'a'] });
    expect(shape(ok(moveNode(root, 'd', 'root', 0)))).toEqual({ root: ['d', 'a', { g1: ['b', { g2: ['c'] }] }] });
  });

  it('moves across groups, also when the removal shifts the target path', () => {
    const root = sample();
    expect(shape(ok(moveNode(root, 'a', 'g2', 0)))).toEqual({ root: [{ g1: ['b', { g2: ['a', 'c'] }] }, 'd'] });
    expect(shape(ok(moveNode(root, 'g2', 'root', 99)))).toEqual({ root: ['a', { g1: ['b'] }, 'd', { g2: ['c'] }] });
  });

  it('refuses cycles, the root, unknown ids and non-group targets', () => {
    const root = sample();
    expect(failure(moveNode(root, 'g1', 'g1', 0), root)).toBe(TREE_ERRORS.intoItself);
    expect(failure(moveNode(root, 'g1', 'g2', 0), root)).toBe(TREE_ERRORS.intoItself);
    expect(failure(moveNode(root, 'root', 'g1', 0), root)).toBe(TREE_ERRORS.rootFixed);
    expect(failure(moveNode(root, 'zzz', 'g1', 0), root)).toBe(TREE_ERRORS.notFound('zzz'));
    expect(failure(moveNode(root, 'a', 'zzz', 0), root)).toBe(TREE_ERRORS.notFound('zzz'));
    expect(failure(moveNode(root, 'a', 'd', 0), root)).toBe(TREE_ERRORS.notAGroup('d'));
  });
});

describe('cloneNode', () => {
  it('inserts a copy with fresh ids right after the original', () => {
    const root = sample();
    const result = cloneNode(root, 'g1');
    const next = ok(result);
    expect(next.children).toHaveLength(4);
    const copy = next.children[2]!;
    expect(result.ok && result.createdId).toBe(copy.id);
    expect(copy.id).not.toBe('g1');
    expect(countConditions(copy)).toBe(2);
  });

  it('refuses the root and unknown ids', () => {
    const root = sample();
    expect(failure(cloneNode(root, 'root'), root)).toBe(TREE_ERRORS.rootFixed);
    expect(failure(cloneNode(root, 'zzz'), root)).toBe(TREE_ERRORS.notFound('zzz'));
  });
});

describe('wrapInGroup and ungroup', () => {
  it('wraps a node in a new group in its place', () => {
    const root = sample();
    const result = wrapInGroup(root, 'b', 'or');
    const next = ok(result);
    const wrapper = findParent(next, 'b')!;
    expect(result.ok && result.createdId).toBe(wrapper.id);
    expect(wrapper.combinator).toBe('or');
    expect(findParent(next, wrapper.id)?.id).toBe('g1');
    expect(findParent(ok(wrapInGroup(root, 'a')), 'a')?.combinator).toBe('and');
  });

  it('wraps the root into a new root', () => {
    const root = sample();
    const next = ok(wrapInGroup(root, 'root'));
    expect(next.children).toEqual([root]);
    expect(failure(wrapInGroup(root, 'zzz'), root)).toBe(TREE_ERRORS.notFound('zzz'));
  });

  it('replaces a group by its children', () => {
    const root = sample();
    expect(shape(ok(ungroup(root, 'g1')))).toEqual({ root: ['a', 'b', { g2: ['c'] }, 'd'] });
    expect(failure(ungroup(root, 'root'), root)).toBe(TREE_ERRORS.rootFixed);
    expect(failure(ungroup(root, 'a'), root)).toBe(TREE_ERRORS.notAGroup('a'));
  });
});
