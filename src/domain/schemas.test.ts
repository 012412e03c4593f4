import * as fc from 'fast-check';
import { segmentArb, TEST_CATALOG, treeArb } from './testing/arbitraries';
import { conditionSchema, fieldCatalogSchema, groupSchema, segmentSchema, treeNodeSchema } from './validation';

describe('model schemas', () => {
  it('accept every generated tree and segment unchanged', () => {
    fc.assert(
      fc.property(treeArb({ opaqueWeight: 1 }), segmentArb(), (tree, segment) => {
        expect(groupSchema.parse(tree)).toEqual(tree);
        expect(segmentSchema.parse(segment)).toEqual(segment);
      }),
      { numRuns: 50 },
    );
    expect(fieldCatalogSchema.parse(TEST_CATALOG)).toEqual(TEST_CATALOG);
  });

  it('reject unknown operators, bad value shapes and malformed nesting', () => {
    const condition = { type: 'condition', id: 'c', field: 'f', operator: 'equals', value: { kind: 'one', value: 1 } };
    expect(conditionSchema.safeParse(condition).success).toBe(true);
    expect(conditionSchema.safeParse({ ...condition, operator: 'like' }).success).toBe(false);
    expect(conditionSchema.safeParse({ ...condition, value: { kind: 'two', from: 1 } }).success).toBe(false);
    const nested = { type: 'group', id: 'g', combinator: 'and', children: [{ ...condition, id: '' }] };
    const result = groupSchema.safeParse(nested);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['children', 0, 'id']);
    expect(treeNodeSchema.safeParse({ type: 'opaque', id: 'o', vendor: 'v', label: 'l', raw: [1] }).success).toBe(true);
    expect(segmentSchema.safeParse({ name: 'x' }).success).toBe(false);
  });
});
