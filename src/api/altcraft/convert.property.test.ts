import * as fc from 'fast-check';
import type { FieldType, Group, Segment, TreeNode } from '@/domain/model';
import { segmentArb, TEST_CATALOG } from '@/domain/testing/arbitraries';
import { fromWire, toWire } from './convert';
import type { AltcraftQuery } from './wire';

/** The Altcraft type a field of each canonical type would have. */
const WIRE_TYPE: Record<FieldType, string> = {
  string: 'unicode',
  email: 'email',
  number: 'int',
  date: 'date',
  boolean: 'bool',
  enum: 'enum',
  version: 'version',
  list: 'array',
};
const wireTypes = new Map(TEST_CATALOG.map((field) => [field.name, WIRE_TYPE[field.type]]));
const context = { wireTypeOf: (field: string) => wireTypes.get(field) };

/** Vendor constructs the builder does not model, as a server would send them. */
const VENDOR_QUERIES: Record<string, AltcraftQuery> = {
  once: { compo: 'default', name: '', operator: 'once', type: 'statseg', value: [{ name: 'segment_id', value: 12 }] },
  in_data: {
    compo: 'default',
    name: 'email',
    operator: 'in_data',
    type: 'email',
    value: [
      { name: 'url', value: 'https://example.com/list.csv' },
      { name: 'field', value: 'email' },
    ],
  },
};

/** Altcraft has no NOT, and opaque leaves must hold real Altcraft queries. */
function storable(node: TreeNode): TreeNode {
  if (node.type === 'opaque') {
    const operator = (node.raw as { operator: string }).operator;
    return { ...node, raw: structuredClone(VENDOR_QUERIES[operator]) };
  }
  if (node.type === 'condition') return node;
  const { not: _not, ...group } = node;
  return { ...group, children: node.children.map(storable) };
}

const storableSegmentArb = fc
  .tuple(segmentArb({ opaqueWeight: 2 }), fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }))
  .map(([segment, id]): Segment => ({
    ...segment,
    ...(id === undefined ? {} : { id }),
    blocks: segment.blocks.map((block) => ({ ...block, root: storable(block.root) as Group })),
  }));

/** Ids and opaque labels are generated on read; what must survive is everything else. */
function comparable(segment: Segment): unknown {
  const strip = (node: TreeNode): unknown => {
    if (node.type === 'group') return { ...node, id: '', children: node.children.map(strip) };
    return node.type === 'opaque' ? { ...node, id: '', label: '' } : { ...node, id: '' };
  };
  const { origin: _origin, ...rest } = segment;
  return { ...rest, blocks: segment.blocks.map((block) => ({ ...block, root: strip(block.root) })) };
}

describe('toWire / fromWire properties', () => {
  it('a canonical segment comes back unchanged through the wire', () => {
    fc.assert(
      fc.property(storableSegmentArb, (segment) => {
        expect(comparable(fromWire(toWire(segment, context)))).toEqual(comparable(segment));
      }),
      { numRuns: 300 },
    );
  });

  it('a wire body read and written back is the same JSON text', () => {
    fc.assert(
      fc.property(storableSegmentArb, (segment) => {
        const body = toWire(segment, context);
        const again = toWire(fromWire(body), { mode: segment.id === undefined ? 'create' : 'update' });
        expect(JSON.stringify(again)).toBe(JSON.stringify(body));
      }),
      { numRuns: 300 },
    );
  });
});

describe('age and "years ago" through the wire', () => {
  const years = fc.integer({ min: 0, max: 120 });
  const dateField = fc.constantFrom(...TEST_CATALOG.filter((field) => field.type === 'date').map((f) => f.name));
  const yearsCondition = fc.oneof(
    fc.tuple(dateField, years, years).map(([field, from, to]) => ({
      field,
      operator: 'age_between' as const,
      value: { kind: 'two' as const, from, to },
    })),
    fc
      .tuple(dateField, fc.constantFrom('at_least_years_ago' as const, 'less_than_years_ago' as const), years)
      .map(([field, operator, value]) => ({ field, operator, value: { kind: 'one' as const, value } })),
  );

  it('a condition on a date\u2019s age or years ago comes back unchanged, spelled as the relative days are', () => {
    fc.assert(
      fc.property(yearsCondition, (leaf) => {
        const condition = { type: 'condition' as const, id: 'c', ...leaf };
        const segment: Segment = {
          name: 'Ages',
          tags: [],
          kind: 'dynamic',
          refreshDaily: false,
          databaseId: 1,
          blocks: [
            {
              databaseId: 1,
              sample: { from: 0, to: 100 },
              limit: 0,
              root: { type: 'group', id: 'r', combinator: 'and', children: [condition] },
            },
          ],
        };
        const body = toWire(segment, context);
        const query = body.segment?.[0]?.queries[0];
        expect(query).toMatchObject({ operator: leaf.operator, type: 'date', compo: 'default' });
        expect(comparable(fromWire(body))).toEqual(comparable(segment));
      }),
      { numRuns: 300 },
    );
  });
});
