import type { Block, Condition, ConditionValue, Group, OperatorId, Scalar, Segment, TreeNode } from '../model';

/** Terse builders for hand-written trees in tests; ids are unique within a test run. */
let next = 0;

/** A condition; the value's shape picks its kind: none, one, a list, or a from–to pair. */
export function c(
  field: string,
  operator: OperatorId,
  v?: Scalar | Scalar[] | { from: Scalar; to: Scalar },
): Condition {
  let value: ConditionValue;
  if (v === undefined) value = { kind: 'none' };
  else if (Array.isArray(v)) value = { kind: 'list', values: v };
  else if (typeof v === 'object') value = { kind: 'two', ...v };
  else value = { kind: 'one', value: v };
  return { type: 'condition', id: `c${next++}`, field, operator, value };
}

export const g = (combinator: Group['combinator'], children: TreeNode[], not?: boolean): Group => ({
  type: 'group',
  id: `g${next++}`,
  combinator,
  children,
  ...(not ? { not } : {}),
});

export const block = (root: Group, extra: Partial<Block> = {}): Block => ({
  databaseId: 1,
  sample: { from: 0, to: 100 },
  limit: 0,
  root,
  ...extra,
});

export const segment = (blocks: Block[], extra: Partial<Segment> = {}): Segment => ({
  name: 'Customers',
  tags: [],
  kind: 'dynamic',
  refreshDaily: false,
  databaseId: 1,
  blocks,
  ...extra,
});
