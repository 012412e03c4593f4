/**
 * How nested groups travel inside `segment[].queries[]`, and how the parts of a segment are named
 * by position. The nesting shape is UNCONFIRMED by the vendor (docs/contracts.md §1, Conditions):
 * segments/get returns `child: []` and `condition: ""` on every query, and this adapter reads a
 * query whose `condition` is "and"/"or" and whose own field parts are empty as a nested group
 * holding the queries in `child`. This file is the one place that assumption lives.
 */
import type { Combinator, Segment, TreeNode } from '@/domain/model';
import type { AltcraftQuery } from './wire';

/** Group levels per block, counted like tree.ts `maxDepth` (a flat block is 1). Unconfirmed. */
export const MAX_NESTING_DEPTH = 3;

/** The field parts a nested group query carries, all empty. */
const GROUP_QUERY_BASE = { compo: '', name: '', operator: '', type: '' } as const;

export function nestedGroupQuery(combinator: Combinator, child: AltcraftQuery[]): AltcraftQuery {
  return { ...GROUP_QUERY_BASE, value: [], condition: combinator, child };
}

export function readNestedGroup(query: AltcraftQuery): { combinator: Combinator; child: AltcraftQuery[] } | null {
  const { condition, child } = query;
  if (condition !== 'and' && condition !== 'or') return null;
  if (!Array.isArray(child) || query.name !== '' || query.operator !== '' || query.value.length > 0) return null;
  return { combinator: condition, child };
}

/**
 * Keys segments/get adds to plain queries with nothing in them. They mean nothing on a plain
 * query, so such a query is still understood; the adapter writes them back as they came.
 */
export function isEmptyReadFormKey(key: string, value: unknown): boolean {
  switch (key) {
    case 'child':
      return Array.isArray(value) && value.length === 0;
    case 'condition':
      return value === '';
    case 'object_path':
    case 'object_type':
      return value === '' || value === null;
    default:
      return false;
  }
}

/**
 * A part's position on the wire: block index, then the index in each `queries`/`child` list,
 * joined by dots ("0" is block 0, "0.2.1" the second query inside its third query). The demo
 * backend keys `per_group` of estimates and `explain` of profile checks this way.
 */
export function wirePathKey(path: readonly number[]): string {
  return path.join('.');
}

/** Node id of every part of a segment by its wire path key (block roots included). */
export function nodeIdsByPath(segment: Pick<Segment, 'blocks'>): Map<string, string> {
  const ids = new Map<string, string>();
  const visit = (node: TreeNode, path: number[]) => {
    ids.set(wirePathKey(path), node.id);
    if (node.type === 'group') node.children.forEach((child, index) => visit(child, [...path, index]));
  };
  segment.blocks.forEach((block, index) => visit(block.root, [index]));
  return ids;
}
