import type { Segment } from '@/domain/model';
import {
  defaultKind,
  newSegmentValues,
  parseFormValues,
  sameValues,
  toFormValues,
  toSegment,
  withDatabase,
} from './segmentForm';
import { CAPABILITIES, cond, group } from './testData';

const stored: Segment = {
  id: 7,
  name: 'Women in Moscow',
  tags: ['geo'],
  kind: 'dynamic',
  refreshDaily: false,
  databaseId: 3,
  blocks: [
    {
      databaseId: 3,
      sample: { from: 0, to: 100 },
      limit: 0,
      root: group('r', 'and', [cond('c1', '_city', 'equals', { kind: 'one', value: 'Moscow' })]),
    },
  ],
  origin: { vendor: 'altcraft', data: { nodes: { r: { list_id: 3 } } } },
};

describe('segment form mapping', () => {
  it('starts a new segment as dynamic, on the given database, with one empty block', () => {
    const values = newSegmentValues(CAPABILITIES, 4);
    expect(values).toMatchObject({ name: '', description: '', tags: [], kind: 'dynamic', databaseId: 4 });
    expect(values.blocks).toHaveLength(1);
    expect(values.blocks[0]).toMatchObject({ databaseId: 4, sample: { from: 0, to: 100 }, limit: 0 });
    expect(values.blocks[0]!.root.children).toEqual([]);
  });

  it('falls back to a kind the backend supports', () => {
    expect(defaultKind(['static', 'updatable'])).toBe('static');
    expect(defaultKind([])).toBe('dynamic');
  });

  it('round-trips a stored segment unchanged, origin included', () => {
    expect(toSegment(toFormValues(stored))).toEqual(stored);
  });

  it('gives a static segment a block to edit, and saves it without conditions', () => {
    const values = toFormValues({ ...stored, kind: 'static', blocks: [] });
    expect(values.blocks).toHaveLength(1);
    const withTree = { ...values, blocks: stored.blocks };
    expect(toSegment(withTree).blocks).toEqual([]);
  });

  it('trims the name and drops an empty description', () => {
    const values = { ...toFormValues(stored), name: '  VIP  ', description: '   ' };
    const segment = toSegment(values);
    expect(segment.name).toBe('VIP');
    expect(segment).not.toHaveProperty('description');
    expect(toSegment({ ...values, description: ' Loyal buyers ' }).description).toBe('Loyal buyers');
  });

  it('moves every block along when the database changes', () => {
    const moved = withDatabase(toFormValues(stored), 9);
    expect(moved.databaseId).toBe(9);
    expect(moved.blocks.every((block) => block.databaseId === 9)).toBe(true);
  });

  it('parses stored values with the domain schema and keeps the origin', () => {
    const values = toFormValues(stored);
    const parsed = parseFormValues(JSON.parse(JSON.stringify(values)));
    expect(parsed).toEqual(values);
    expect(parseFormValues({ ...values, kind: 'weekly' })).toBeNull();
    expect(parseFormValues('nonsense')).toBeNull();
    // A draft whose adapter data is damaged is not restored half-way.
    expect(parseFormValues({ ...values, origin: 'broken' })).toBeNull();
  });

  it('compares snapshots by content', () => {
    const a = toFormValues(stored);
    expect(sameValues(a, structuredClone(a))).toBe(true);
    expect(sameValues(a, { ...a, name: 'x' })).toBe(false);
  });
});
