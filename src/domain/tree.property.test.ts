import * as fc from 'fast-check';
import type { Condition, Group, TreeNode } from './model';
import { conditionArb, deepFreeze, treeArb } from './testing/arbitraries';
import {
  addNode,
  cloneNode,
  collectIds,
  countConditions,
  findNode,
  moveNode,
  removeNode,
  toggleCombinator,
  toggleNot,
  type TreeResult,
  ungroup,
  updateCondition,
  wrapInGroup,
} from './tree';

const KINDS = ['add', 'remove', 'update', 'move', 'clone', 'wrap', 'ungroup', 'combinator', 'not'] as const;

interface Operation {
  kind: (typeof KINDS)[number];
  /** Picks the node and the target group among the current ones, whatever the tree looks like. */
  node: number;
  group: number;
  index: number;
  leaf: Condition;
}

const operationArb: fc.Arbitrary<Operation> = fc.record({
  kind: fc.constantFrom(...KINDS),
  node: fc.nat(),
  group: fc.nat(),
  index: fc.integer({ min: -1, max: 6 }),
  leaf: conditionArb(),
});

let fresh = 0;

/** The node and the group an operation works on in this tree. */
function targets(tree: Group, op: Operation): { node: string; group: string } {
  const ids = collectIds(tree);
  const groupIds = ids.filter((id) => findNode(tree, id)!.type === 'group');
  return { node: ids[op.node % ids.length]!, group: groupIds[op.group % groupIds.length]! };
}

function apply(tree: Group, op: Operation): TreeResult {
  const { node, group } = targets(tree, op);
  switch (op.kind) {
    case 'add':
      return addNode(tree, group, { ...op.leaf, id: `new-${fresh++}` }, op.index);
    case 'remove':
      return removeNode(tree, node);
    case 'update':
      return updateCondition(tree, node, { field: op.leaf.field });
    case 'move':
      return moveNode(tree, node, group, op.index);
    case 'clone':
      return cloneNode(tree, node);
    case 'wrap':
      return wrapInGroup(tree, node, 'or');
    case 'ungroup':
      return ungroup(tree, group);
    case 'combinator':
      return toggleCombinator(tree, group);
    case 'not':
      return toggleNot(tree, group);
  }
}

/** The tree without ids, to compare structure and content. */
function stripIds(node: TreeNode): unknown {
  const { id: _id, ...rest } = node;
  return node.type === 'group' ? { ...rest, children: node.children.map(stripIds) } : rest;
}

/** Every node object reachable once, as in a real tree (no cycles, no shared nodes). */
function isProperTree(root: Group): boolean {
  const seen = new Set<TreeNode>();
  const visit = (node: TreeNode): boolean => {
    if (seen.has(node)) return false;
    seen.add(node);
    return node.type !== 'group' || node.children.every(visit);
  };
  return visit(root);
}

describe('tree operations (properties)', () => {
  it('never mutate their input', () => {
    fc.assert(
      fc.property(treeArb({ opaqueWeight: 1 }), operationArb, (tree, op) => {
        const before = structuredClone(tree);
        const result = apply(deepFreeze(tree), op);
        expect(tree).toEqual(before);
        expect(result.ok || result.tree === tree).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keep ids unique and the tree a proper tree after any sequence of operations', () => {
    fc.assert(
      fc.property(treeArb(), fc.array(operationArb, { maxLength: 25 }), (tree, ops) => {
        let current = tree;
        for (const op of ops) {
          current = apply(current, op).tree;
          const ids = collectIds(current);
          expect(new Set(ids).size).toBe(ids.length);
          expect(isProperTree(current)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never move a group into itself or a descendant', () => {
    fc.assert(
      fc.property(treeArb({ maxDepth: 4 }), fc.nat(), fc.nat(), fc.nat(5), (tree, a, b, index) => {
        const groups = collectIds(tree).filter((id) => findNode(tree, id)!.type === 'group');
        const moving = groups[a % groups.length]!;
        const inside = collectIds(findNode(tree, moving)!).filter((id) => groups.includes(id));
        const target = inside[b % inside.length]!;
        const result = moveNode(tree, moving, target, index);
        expect(result.ok).toBe(false);
        expect(result.tree).toBe(tree);
      }),
    );
  });

  it('keep the number of conditions where they should', () => {
    fc.assert(
      fc.property(treeArb({ opaqueWeight: 1 }), operationArb, (tree, op) => {
        const result = apply(tree, op);
        const touched = countConditions(findNode(tree, targets(tree, op).node)!);
        const deltas: Partial<Record<Operation['kind'], number>> = { add: 1, remove: 0 - touched, clone: touched };
        const expected = result.ok ? (deltas[op.kind] ?? 0) : 0;
        expect(countConditions(result.tree) - countConditions(tree)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('clone a node equal to the original up to ids', () => {
    fc.assert(
      fc.property(treeArb({ opaqueWeight: 1 }), fc.nat(), (tree, pick) => {
        const ids = collectIds(tree).slice(1);
        fc.pre(ids.length > 0);
        const id = ids[pick % ids.length]!;
        const result = cloneNode(tree, id);
        expect(result.ok).toBe(true);
        const copy = result.ok ? findNode(result.tree, result.createdId!)! : tree;
        expect(stripIds(copy)).toEqual(stripIds(findNode(tree, id)!));
        expect(collectIds(copy).some((copyId) => collectIds(tree).includes(copyId))).toBe(false);
      }),
    );
  });
});
