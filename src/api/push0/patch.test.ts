import type { Group, Segment } from '@/domain/model';
import { updateCondition } from '@/domain/tree';
import { ApiError } from '../errors';
import { fromWire } from './convert';
import { updateBody } from './patch';

const wire = {
  id: 'seg_7',
  name: 'Tablets',
  description: 'German tablets',
  constraints: [
    { type: 'AND', constraints: [{ field: 'type', relation: 'EQUALS', value: 'tablet' }] },
    { type: 'OR', constraints: [{ field: 'country', relation: '==', value: 'DE' }] },
  ],
  createdAt: 1_700_000_000_000,
  updatedAt: null,
};

const read = (): Segment => fromWire(structuredClone(wire));

function withRoot(segment: Segment, root: Group): Segment {
  return { ...segment, blocks: [{ ...segment.blocks[0]!, root }] };
}

describe('updateBody', () => {
  it('sends only the id when nothing changed', () => {
    expect(updateBody(read())).toEqual({ id: 'seg_7' });
  });

  it('sends a changed name or description, and clears a removed description with an empty string', () => {
    expect(updateBody({ ...read(), name: 'Tablets DE' })).toEqual({ id: 'seg_7', name: 'Tablets DE' });
    expect(updateBody({ ...read(), description: 'x' })).toEqual({ id: 'seg_7', description: 'x' });
    const { description: _gone, ...withoutDescription } = read();
    expect(updateBody(withoutDescription)).toEqual({ id: 'seg_7', description: '' });
    expect(updateBody({ ...read(), description: '' })).toEqual({ id: 'seg_7', description: '' });
  });

  it('sends all the constraints when one changed, the unchanged ones as they were read', () => {
    const segment = read();
    const edited = updateCondition(segment.blocks[0]!.root, 'p0-1-0', { value: { kind: 'one', value: 'AT' } });
    expect(updateBody(withRoot(segment, edited.tree))).toEqual({
      id: 'seg_7',
      constraints: [
        wire.constraints[0],
        { type: 'OR', constraints: [{ field: 'country', relation: '==', value: 'AT' }] },
      ],
    });
  });

  it('sends everything when it has no origin, or the origin of another segment', () => {
    const { origin: _origin, ...bare } = read();
    const everything = {
      id: 'seg_7',
      name: 'Tablets',
      description: 'German tablets',
      constraints: [
        { type: 'AND', constraints: [{ field: 'type', relation: '==', value: 'tablet' }] },
        wire.constraints[1],
      ],
    };
    expect(updateBody(bare)).toEqual(everything);
    expect(updateBody({ ...bare, origin: { vendor: 'push0', data: 'damaged' } })).toEqual(everything);
    // A copy keeps the source's raw parts where they are unchanged, but sends every field.
    expect(updateBody({ ...read(), id: 'seg_8' })).toEqual({
      ...everything,
      id: 'seg_8',
      constraints: wire.constraints,
    });
  });

  it('refuses a segment without an id', () => {
    const { id: _id, ...fresh } = read();
    expect(() => updateBody(fresh)).toThrow(ApiError);
  });
});
