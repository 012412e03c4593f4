/**
 * Pure operations on the condition tree. Nodes are addressed by id; every operation returns a new
 * root that shares every untouched subtree with the input (only the path to the change is copied),
 * so one edit costs O(size of the tree) for the lookup and O(depth) allocations.
 */
import { createId } from './ids';
import type { Combinator, Condition, FieldType, Group, TreeNode } from './model';
import { defaultOperatorFor, emptyValueFor } from './operators';

export type TreeResult =
  | { ok: true; tree: Group; /** the node an operation created (clone, wrap) */ createdId?: string }
  | { ok: false; tree: Group; reason: string };

export type ConditionPatch = Partial<Pick<Condition, 'field' | 'operator' | 'value'>>;
export type GroupPatch = Partial<Pick<Group, 'combinator' | 'not'>>;

/** Why an operation was refused. Developer-facing; the builder never offers a refused action. */
export const TREE_ERRORS = {
  notFound: (id: string) => `No node with id "${id}".`,
  notAGroup: (id: string) => `Node "${id}" is not a group.`,
  notACondition: (id: string) => `Node "${id}" is not an editable condition.`,
  rootFixed: 'The root group cannot be moved, removed, cloned or ungrouped.',
  duplicateId: (id: string) => `Id "${id}" is already used in the tree.`,
  intoItself: 'A group cannot be moved into itself or one of its descendants.',
} as const;

// ---------------------------------------------------------------------------------------------
// Lookup

/** Where a node sits: `parents[k].children[indices[k]]` is `parents[k + 1]`, or the node itself. */
interface Location {
  node: TreeNode;
  parents: Group[];
  indices: number[];
}

function search(group: Group, id: string, parents: Group[], indices: number[]): TreeNode | undefined {
  const { children } = group;
  parents.push(group);
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    indices.push(i);
    if (child.id === id) return child;
    if (child.type === 'group') {
      const found = search(child, id, parents, indices);
      if (found) return found;
    }
    indices.pop();
  }
  parents.pop();
  return undefined;
}

function locate(root: Group, id: string): Location | undefined {
  if (root.id === id) return { node: root, parents: [], indices: [] };
  const parents: Group[] = [];
  const indices: number[] = [];
  const node = search(root, id, parents, indices);
  return node && { node, parents, indices };
}

export function findNode(root: Group, id: string): TreeNode | undefined {
  return locate(root, id)?.node;
}

/** The group that directly contains the node; undefined for the root or an unknown id. */
export function findParent(root: Group, id: string): Group | undefined {
  return locate(root, id)?.parents.at(-1);
}

/** Visits every node depth-first, parents before children. `depth` counts enclosing groups. */
export function walk(node: TreeNode, visit: (node: TreeNode, parent: Group | null, depth: number) => void): void {
  const step = (current: TreeNode, parent: Group | null, depth: number): void => {
    visit(current, parent, depth);
    if (current.type === 'group') for (const child of current.children) step(child, current, depth + 1);
  };
  step(node, null, 0);
}

/** Leaves of the tree: modelled and opaque conditions alike. */
export function countConditions(node: TreeNode): number {
  let count = 0;
  walk(node, (n) => {
    if (n.type !== 'group') count += 1;
  });
  return count;
}

export function collectIds(node: TreeNode): string[] {
  const ids: string[] = [];
  walk(node, (n) => ids.push(n.id));
  return ids;
}

/** Number of groups enclosing the node: 0 for the root, 1 for its children. */
export function depthOf(root: Group, id: string): number | undefined {
  return locate(root, id)?.parents.length;
}

/** Group levels in the tree: a root holding only conditions is 1, one nested group makes 2. */
export function maxDepth(group: Group): number {
  let deepest = 0;
  for (const child of group.children) if (child.type === 'group') deepest = Math.max(deepest, maxDepth(child));
  return deepest + 1;
}

// ---------------------------------------------------------------------------------------------
// Factories

export function newCondition(field: string, type: FieldType): Condition {
  const operator = defaultOperatorFor(type);
  return { type: 'condition', id: createId(), field, operator, value: emptyValueFor(operator) };
}

export function newGroup(combinator: Combinator = 'and', children: TreeNode[] = []): Group {
  return { type: 'group', id: createId(), combinator, children };
}

/** A deep copy in which every node gets a fresh id. */
export function cloneWithFreshIds<T extends TreeNode>(node: T): T {
  if (node.type !== 'group') return { ...node, id: createId() };
  return { ...node, id: createId(), children: node.children.map((child) => cloneWithFreshIds(child)) };
}

// ---------------------------------------------------------------------------------------------
// Path copying

/** Puts `replacement` where `parents[level]` was and copies every ancestor above it. */
function rebuild(loc: Location, level: number, replacement: Group): Group {
  let node = replacement;
  for (let k = level - 1; k >= 0; k--) {
    const parent = loc.parents[k]!;
    const children = parent.children.slice();
    children[loc.indices[k]!] = node;
    node = { ...parent, children };
  }
  return node;
}

/** Rewrites the children of the node's parent; `index` is the node's position in them. */
function editParent(loc: Location, edit: (children: TreeNode[], index: number) => void): Group {
  const level = loc.parents.length - 1;
  const parent = loc.parents[level]!;
  const children = parent.children.slice();
  edit(children, loc.indices[level]!);
  return rebuild(loc, level, { ...parent, children });
}

/** Swaps a node that is not the root. */
function replaceChild(loc: Location, replacement: TreeNode): Group {
  return editParent(loc, (children, index) => {
    children[index] = replacement;
  });
}

/** Swaps a group, which may be the root. */
function replaceGroup(loc: Location, replacement: Group): Group {
  return loc.parents.length === 0 ? replacement : replaceChild(loc, replacement);
}

const fail = (tree: Group, reason: string): TreeResult => ({ ok: false, tree, reason });
const done = (tree: Group, createdId?: string): TreeResult =>
  createdId === undefined ? { ok: true, tree } : { ok: true, tree, createdId };

const clampIndex = (index: number | undefined, length: number): number =>
  index === undefined ? length : Math.min(Math.max(Math.trunc(index), 0), length);

function locateGroup(root: Group, id: string): { loc: Location; group: Group } | string {
  const loc = locate(root, id);
  if (!loc) return TREE_ERRORS.notFound(id);
  if (loc.node.type !== 'group') return TREE_ERRORS.notAGroup(id);
  return { loc, group: loc.node };
}

// ---------------------------------------------------------------------------------------------
// Operations

/** An id of `node` that repeats inside it or is already used in the tree. */
function firstTakenId(root: Group, node: TreeNode): string | undefined {
  const incoming = new Set<string>();
  for (const id of collectIds(node)) {
    if (incoming.has(id)) return id;
    incoming.add(id);
  }
  // The incoming set is small; checking the tree against it avoids building a set of the whole tree.
  let clash: string | undefined;
  walk(root, (n) => {
    if (clash === undefined && incoming.has(n.id)) clash = n.id;
  });
  return clash;
}

/** Inserts `node` into a group at `index` (default: last). Refuses ids already in the tree. */
export function addNode(root: Group, parentGroupId: string, node: TreeNode, index?: number): TreeResult {
  const target = locateGroup(root, parentGroupId);
  if (typeof target === 'string') return fail(root, target);
  const clash = firstTakenId(root, node);
  if (clash !== undefined) return fail(root, TREE_ERRORS.duplicateId(clash));
  const { loc, group } = target;
  const children = group.children.slice();
  children.splice(clampIndex(index, children.length), 0, node);
  return done(replaceGroup(loc, { ...group, children }));
}

export function removeNode(root: Group, id: string): TreeResult {
  const loc = locate(root, id);
  if (!loc) return fail(root, TREE_ERRORS.notFound(id));
  if (loc.parents.length === 0) return fail(root, TREE_ERRORS.rootFixed);
  return done(
    editParent(loc, (children, index) => {
      children.splice(index, 1);
    }),
  );
}

export function updateCondition(root: Group, id: string, patch: ConditionPatch): TreeResult {
  const loc = locate(root, id);
  if (!loc) return fail(root, TREE_ERRORS.notFound(id));
  if (loc.node.type !== 'condition') return fail(root, TREE_ERRORS.notACondition(id));
  return done(replaceChild(loc, { ...loc.node, ...patch }));
}

export function updateGroup(root: Group, id: string, patch: GroupPatch): TreeResult {
  const target = locateGroup(root, id);
  if (typeof target === 'string') return fail(root, target);
  return done(replaceGroup(target.loc, { ...target.group, ...patch }));
}

export function toggleCombinator(root: Group, groupId: string): TreeResult {
  const group = findNode(root, groupId);
  const combinator: Combinator = group?.type === 'group' && group.combinator === 'and' ? 'or' : 'and';
  return updateGroup(root, groupId, { combinator });
}

/** Turning NOT off drops the flag instead of writing `not: false`, so a round trip stays clean. */
export function toggleNot(root: Group, groupId: string): TreeResult {
  const target = locateGroup(root, groupId);
  if (typeof target === 'string') return fail(root, target);
  const { not, ...rest } = target.group;
  return done(replaceGroup(target.loc, not ? rest : { ...rest, not: true }));
}

/**
 * Moves a node to `index` of `targetGroupId`; `index` is its final position there, so reordering
 * within one group and moving across groups read the same way.
 */
export function moveNode(root: Group, id: string, targetGroupId: string, index: number): TreeResult {
  const loc = locate(root, id);
  if (!loc) return fail(root, TREE_ERRORS.notFound(id));
  if (loc.parents.length === 0) return fail(root, TREE_ERRORS.rootFixed);
  const target = locateGroup(root, targetGroupId);
  if (typeof target === 'string') return fail(root, target);
  if (target.group.id === id || target.loc.parents.some((g) => g.id === id)) return fail(root, TREE_ERRORS.intoItself);

  const without = editParent(loc, (children, at) => {
    children.splice(at, 1);
  });
  // The removal may shift the target's path, so look it up again in the new tree.
  const moved = locateGroup(without, targetGroupId) as { loc: Location; group: Group };
  const children = moved.group.children.slice();
  children.splice(clampIndex(index, children.length), 0, loc.node);
  return done(replaceGroup(moved.loc, { ...moved.group, children }));
}

/** Inserts a deep copy with fresh ids right after the original. */
export function cloneNode(root: Group, id: string): TreeResult {
  const loc = locate(root, id);
  if (!loc) return fail(root, TREE_ERRORS.notFound(id));
  if (loc.parents.length === 0) return fail(root, TREE_ERRORS.rootFixed);
  const copy = cloneWithFreshIds(loc.node);
  const tree = editParent(loc, (children, index) => {
    children.splice(index + 1, 0, copy);
  });
  return done(tree, copy.id);
}

/** Puts the node inside a new group in its place; wrapping the root makes the new group the root. */
export function wrapInGroup(root: Group, id: string, combinator: Combinator = 'and'): TreeResult {
  const loc = locate(root, id);
  if (!loc) return fail(root, TREE_ERRORS.notFound(id));
  const wrapper = newGroup(combinator, [loc.node]);
  return done(replaceGroup(loc, wrapper), wrapper.id);
}

/**
 * Replaces a group by its children. This is structural: ungrouping an OR group into an AND parent
 * (or a negated group) changes the meaning, and the builder says so before offering it.
 */
export function ungroup(root: Group, groupId: string): TreeResult {
  const target = locateGroup(root, groupId);
  if (typeof target === 'string') return fail(root, target);
  const { loc, group } = target;
  if (loc.parents.length === 0) return fail(root, TREE_ERRORS.rootFixed);
  return done(
    editParent(loc, (children, index) => {
      children.splice(index, 1, ...group.children);
    }),
  );
}
