import type { Group, TreeNode } from '@/domain/model';
import { depthOf, findNode, findParent, maxDepth } from '@/domain/tree';
import { canNestIn, type BuilderCapabilities } from './capabilities';

export type MoveDirection = 'up' | 'down' | 'into' | 'out';

/** Where a node goes: its final index inside `groupId`, as the domain's `moveNode` expects. */
export interface MoveTarget {
  groupId: string;
  index: number;
}

/** Level of a group: the root is 1, like the domain's `maxDepth`. */
function levelOf(root: Group, groupId: string): number {
  return (depthOf(root, groupId) ?? 0) + 1;
}

/**
 * Whether `node` may live in `target` under the backend's limits: a moved group must not nest
 * deeper than `maxDepth`, and a group that gains a child must have room for it.
 */
export function fitsIn(root: Group, node: TreeNode, target: Group, capabilities: BuilderCapabilities): boolean {
  const level = levelOf(root, target.id);
  if (node.type === 'group' && level + maxDepth(node) > capabilities.maxDepth) return false;
  const gains = !target.children.includes(node);
  return !gains || node.type === 'group' || hasRoom(target, capabilities);
}

/** Conditions directly in a group (nested groups are not conditions; Push0 caps only these). */
export function conditionsIn(group: Group): number {
  let count = 0;
  for (const child of group.children) if (child.type !== 'group') count += 1;
  return count;
}

/** Whether a group may take one more condition. */
export function hasRoom(group: Group, capabilities: BuilderCapabilities): boolean {
  const limit = capabilities.maxConditionsPerGroup;
  return limit === null || conditionsIn(group) < limit;
}

/** Whether `group`'s conditions still fit once it is dissolved into `parent`. */
export function canUngroupInto(parent: Group, group: Group, capabilities: BuilderCapabilities): boolean {
  const limit = capabilities.maxConditionsPerGroup;
  return limit === null || conditionsIn(parent) + conditionsIn(group) <= limit;
}

/** Whether another group may be added (or wrapped) inside `group`. */
export function canAddGroupIn(root: Group, group: Group, capabilities: BuilderCapabilities): boolean {
  return canNestIn(levelOf(root, group.id), capabilities);
}

/** The keyboard moves: one step within the group, into the group just above, or out of the group. */
export function planMove(
  root: Group,
  id: string,
  direction: MoveDirection,
  capabilities: BuilderCapabilities,
): MoveTarget | null {
  const parent = findParent(root, id);
  const node = findNode(root, id);
  if (!parent || !node) return null;
  const index = parent.children.indexOf(node);
  switch (direction) {
    case 'up':
      return index > 0 ? { groupId: parent.id, index: index - 1 } : null;
    case 'down':
      return index < parent.children.length - 1 ? { groupId: parent.id, index: index + 1 } : null;
    case 'into': {
      const above = parent.children[index - 1];
      if (above?.type !== 'group' || !fitsIn(root, node, above, capabilities)) return null;
      return { groupId: above.id, index: above.children.length };
    }
    case 'out': {
      const grandparent = findParent(root, parent.id);
      if (!grandparent || !fitsIn(root, node, grandparent, capabilities)) return null;
      return { groupId: grandparent.id, index: grandparent.children.indexOf(parent) + 1 };
    }
  }
}

export const MOVE_DIRECTIONS: readonly MoveDirection[] = ['up', 'down', 'into', 'out'];

/** Which keyboard moves are possible right now, for the row menu. */
export function availableMoves(
  root: Group,
  id: string,
  capabilities: BuilderCapabilities,
): Record<MoveDirection, boolean> {
  const result = { up: false, down: false, into: false, out: false };
  for (const direction of MOVE_DIRECTIONS) result[direction] = planMove(root, id, direction, capabilities) !== null;
  return result;
}

/**
 * The final index for a drop beside `targetId` (before or after it), accounting for the dragged
 * node leaving its old place in the same group.
 */
export function dropBeside(root: Group, draggedId: string, targetId: string, after: boolean): MoveTarget | null {
  const parent = findParent(root, targetId);
  if (!parent) return null;
  let index = parent.children.findIndex((child) => child.id === targetId);
  const from = parent.children.findIndex((child) => child.id === draggedId);
  if (from !== -1 && from < index) index -= 1;
  return { groupId: parent.id, index: after ? index + 1 : index };
}
