/**
 * Which form edits coalesce into one undo step. Typing into a field or dragging the sample slider
 * is one step per burst; a tree edit coalesces only while it keeps changing the value of the same
 * condition, so adding, removing, moving or re-pointing a condition is always its own step.
 */
import type { Group, TreeNode } from '@/domain/model';
import { walk } from '@/domain/tree';
import type { SegmentFormValues } from './segmentForm';

/** Fields whose edits arrive as a stream (keystrokes, slider moves). */
const STREAMING = /^(name|description|blocks\.\d+\.(sample|sample\.from|sample\.to|limit))$/;
const TREE = /^blocks\.(\d+)\.root$/;

function nodesById(root: Group): Map<string, TreeNode> {
  const nodes = new Map<string, TreeNode>();
  walk(root, (node) => {
    nodes.set(node.id, node);
  });
  return nodes;
}

/** The id of the one condition whose value alone changed, if that is the whole edit. */
export function soleValueEdit(before: Group, after: Group): string | null {
  const old = nodesById(before);
  const now = nodesById(after);
  if (old.size !== now.size) return null;
  let edited: string | null = null;
  for (const [id, node] of now) {
    const previous = old.get(id);
    if (!previous) return null;
    if (previous === node) continue;
    if (node.type === 'group' && previous.type === 'group') {
      // Ancestors of the edited condition are copied; only their own settings matter here.
      if (node.combinator !== previous.combinator || node.not !== previous.not) return null;
      if (node.children.map((c) => c.id).join() !== previous.children.map((c) => c.id).join()) return null;
      continue;
    }
    if (node.type !== 'condition' || previous.type !== 'condition') return null;
    if (node.field !== previous.field || node.operator !== previous.operator) return null;
    if (edited !== null) return null;
    edited = id;
  }
  return edited;
}

/** The coalescing key of an edit to `name`, or null when it must be a step of its own. */
export function coalesceKey(
  name: string | undefined,
  before: SegmentFormValues,
  after: SegmentFormValues,
): string | null {
  if (name === undefined) return null;
  if (STREAMING.test(name)) return name.replace(/\.(from|to)$/, '');
  const tree = TREE.exec(name);
  if (!tree) return null;
  const index = Number(tree[1]);
  const [previous, next] = [before.blocks[index]?.root, after.blocks[index]?.root];
  if (!previous || !next) return null;
  const id = soleValueEdit(previous, next);
  return id === null ? null : `${name}:${id}`;
}
