import * as fc from 'fast-check';
import type { Group, Segment, TreeNode } from '@/domain/model';
import { NO_DATABASE } from '../provider';
import { fromWire, toWire } from './convert';
import { updateBody } from './patch';
import { storableRootArb, wireSegmentArb } from './testing/arbitraries';

function segmentOf(root: Group): Segment {
  return {
    name: 'Generated',
    tags: [],
    kind: 'dynamic',
    refreshDaily: false,
    databaseId: NO_DATABASE,
    blocks: [{ databaseId: NO_DATABASE, sample: { from: 0, to: 100 }, limit: 0, root }],
  };
}

/** Ids and opaque labels are made on read; everything else must survive. */
function comparable(node: TreeNode): unknown {
  if (node.type === 'group') return { ...node, id: '', children: node.children.map(comparable) };
  return node.type === 'opaque' ? { ...node, id: '', label: '' } : { ...node, id: '' };
}

/** What a root means to Push0: its groups in order, then its own conditions as one AND group. */
function expectedRoot(root: Group): unknown {
  const groups = root.children.filter((child) => child.type === 'group');
  const leaves = root.children.filter((child) => child.type !== 'group');
  const extra: Group[] = leaves.length > 0 ? [{ type: 'group', id: '', combinator: 'and', children: leaves }] : [];
  return comparable({ ...root, children: [...groups, ...extra] });
}

describe('Push0 toWire / fromWire properties', () => {
  it('wire → domain → wire is the same JSON text, and an unchanged segment patches nothing', () => {
    fc.assert(
      fc.property(wireSegmentArb, (wire) => {
        const segment = fromWire(wire);
        const body = toWire(segment);
        expect(JSON.stringify(body.constraints)).toBe(JSON.stringify(wire.constraints));
        expect(body.name).toBe(wire.name);
        expect(body.description).toBe(wire.description || undefined);
        expect(updateBody(segment)).toEqual({ id: wire.id });
      }),
      { numRuns: 300 },
    );
  });

  it('domain → wire → domain keeps the meaning: root conditions become one AND group, last', () => {
    fc.assert(
      fc.property(storableRootArb, (root) => {
        const body = toWire(segmentOf(root));
        const back = fromWire({ id: 'sg_generated', ...body });
        expect(back.blocks).toHaveLength(1);
        expect(comparable(back.blocks[0]!.root)).toEqual(expectedRoot(root));
      }),
      { numRuns: 300 },
    );
  });

  it('a segment written afresh reads back to the same body', () => {
    fc.assert(
      fc.property(storableRootArb, (root) => {
        const body = toWire(segmentOf(root));
        const { origin: _origin, ...reread } = fromWire({ id: 'sg_generated', ...body });
        expect(toWire(reread)).toEqual(body);
      }),
      { numRuns: 200 },
    );
  });
});
