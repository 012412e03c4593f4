import type { Group } from '@/domain/model';
import { addNode, toggleCombinator, updateCondition } from '@/domain/tree';
import { coalesceKey, soleValueEdit } from './formHistory';
import { newSegmentValues, type SegmentFormValues } from './segmentForm';
import { CAPABILITIES, cond, group } from './testData';

const root = group('r', 'and', [
  cond('c1', '_city', 'equals', { kind: 'one', value: 'Mos' }),
  group('g', 'or', [cond('c2', 'orders', 'gt', { kind: 'one', value: 1 })]),
]);

const ok = (result: { ok: boolean; tree: Group }) => result.tree;

function withRoot(tree: Group): SegmentFormValues {
  const values = newSegmentValues(CAPABILITIES, 1);
  return { ...values, blocks: [{ ...values.blocks[0]!, root: tree }] };
}

describe('undo coalescing', () => {
  it('coalesces typing into one field and slider drags', () => {
    const v = withRoot(root);
    expect(coalesceKey('name', v, v)).toBe('name');
    expect(coalesceKey('description', v, v)).toBe('description');
    expect(coalesceKey('blocks.0.limit', v, v)).toBe('blocks.0.limit');
    expect(coalesceKey('blocks.0.sample', v, v)).toBe('blocks.0.sample');
    expect(coalesceKey('blocks.0.sample.from', v, v)).toBe('blocks.0.sample');
  });

  it('keeps discrete choices as their own steps', () => {
    const v = withRoot(root);
    for (const name of ['kind', 'tags', 'refreshDaily', 'databaseId', undefined])
      expect(coalesceKey(name, v, v)).toBeNull();
  });

  it('coalesces value edits of one condition, deep in the tree too', () => {
    const typed = ok(updateCondition(root, 'c1', { value: { kind: 'one', value: 'Mosc' } }));
    expect(soleValueEdit(root, typed)).toBe('c1');
    const deep = ok(updateCondition(root, 'c2', { value: { kind: 'one', value: 12 } }));
    expect(coalesceKey('blocks.0.root', withRoot(root), withRoot(deep))).toBe('blocks.0.root:c2');
  });

  it('never coalesces structural edits or changes of field or operator', () => {
    expect(soleValueEdit(root, ok(addNode(root, 'g', cond('c3', 'vip', 'is_true', { kind: 'none' }))))).toBeNull();
    expect(soleValueEdit(root, ok(toggleCombinator(root, 'g')))).toBeNull();
    expect(soleValueEdit(root, ok(updateCondition(root, 'c1', { operator: 'contains' })))).toBeNull();
    expect(soleValueEdit(root, ok(updateCondition(root, 'c1', { field: 'email' })))).toBeNull();
    const two = ok(
      updateCondition(ok(updateCondition(root, 'c1', { value: { kind: 'one', value: 'x' } })), 'c2', {
        value: { kind: 'one', value: 5 },
      }),
    );
    expect(soleValueEdit(root, two)).toBeNull();
    const reordered = group('r', 'and', [root.children[1]!, root.children[0]!]);
    expect(soleValueEdit(root, reordered)).toBeNull();
    expect(coalesceKey('blocks.3.root', withRoot(root), withRoot(root))).toBeNull();
  });
});
