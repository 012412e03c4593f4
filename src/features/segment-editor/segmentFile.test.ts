import type { Segment } from '@/domain/model';
import {
  exportFileName,
  exportSegment,
  importSizeError,
  mergeImport,
  parseSegmentFile,
  type MergeOptions,
} from './segmentFile';
import { newSegmentValues, toFormValues } from './segmentForm';
import { CAPABILITIES, cond, group } from './testData';

const segment: Segment = {
  id: 41,
  name: 'Loyal buyers',
  tags: ['loyalty'],
  kind: 'updatable',
  refreshDaily: true,
  databaseId: 2,
  count: 1200,
  updatedAt: '2024-05-01T10:00:00Z',
  blocks: [
    {
      databaseId: 2,
      sample: { from: 0, to: 50 },
      limit: 100,
      root: group('r', 'and', [cond('c1', 'orders', 'gt', { kind: 'one', value: 3 })]),
    },
  ],
  origin: { vendor: 'altcraft', data: {} },
};

const options: MergeOptions = { databaseLocked: false, databaseIds: [1, 2, 3], kinds: CAPABILITIES.kinds };

describe('segment files', () => {
  it('exports the canonical segment without identity, counts or adapter data', () => {
    const { fileName, text } = exportSegment(segment);
    expect(fileName).toBe('loyal-buyers.segment.json');
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data).not.toHaveProperty('id');
    expect(data).not.toHaveProperty('count');
    expect(data).not.toHaveProperty('updatedAt');
    expect(data).not.toHaveProperty('origin');
    expect(data).toMatchObject({ name: 'Loyal buyers', kind: 'updatable', blocks: [{ limit: 100 }] });
  });

  it('names files safely', () => {
    expect(exportFileName('  Женщины / Moscow: 2024! ')).toBe('женщины-moscow-2024.segment.json');
    expect(exportFileName('***')).toBe('segment.segment.json');
  });

  it('imports what it exported', () => {
    const result = parseSegmentFile(exportSegment(segment).text);
    expect(result).toEqual({
      ok: true,
      segment: expect.objectContaining({ blocks: segment.blocks, name: segment.name }),
    });
  });

  it('explains why a file is refused', () => {
    expect(parseSegmentFile('{"name": ')).toEqual({
      ok: false,
      errors: [{ code: 'not_json', detail: expect.any(String) }],
    });

    const wrong = parseSegmentFile(JSON.stringify({ ...segment, kind: 'weekly', tags: 'vip' }));
    expect(wrong).toEqual({
      ok: false,
      errors: expect.arrayContaining([
        expect.objectContaining({ code: 'schema', path: 'kind' }),
        expect.objectContaining({ code: 'schema', path: 'tags' }),
      ]),
    });

    const many = parseSegmentFile(
      JSON.stringify({ blocks: 'x', tags: 1, kind: 2, name: 3, refreshDaily: 4, databaseId: 'a' }),
    );
    expect(many).toEqual({ ok: false, errors: expect.arrayContaining([{ code: 'more', count: expect.any(Number) }]) });
  });

  it('keeps the edited segment identity and adapter data', () => {
    const current = toFormValues({
      ...segment,
      id: 99,
      name: 'Old',
      origin: { vendor: 'altcraft', data: { keep: true } },
    });
    const { values, notes } = mergeImport(current, { ...segment, name: 'New', id: 5 }, options);
    expect(values.id).toBe(99);
    expect(values.origin).toEqual({ vendor: 'altcraft', data: { keep: true } });
    expect(values.name).toBe('New');
    expect(notes).toEqual([]);
  });

  it('never gives a new segment the file identity or adapter data', () => {
    const current = newSegmentValues(CAPABILITIES, 1);
    const { values } = mergeImport(current, segment, options);
    expect(values).not.toHaveProperty('id');
    expect(values).not.toHaveProperty('count');
    expect(values).not.toHaveProperty('origin');
    expect(values.databaseId).toBe(2);
  });

  it('keeps a locked or unknown database and says so', () => {
    const current = toFormValues({ ...segment, databaseId: 3, blocks: [{ ...segment.blocks[0]!, databaseId: 3 }] });
    const locked = mergeImport(current, segment, { ...options, databaseLocked: true });
    expect(locked.values.databaseId).toBe(3);
    expect(locked.values.blocks[0]!.databaseId).toBe(3);
    expect(locked.notes).toEqual([{ kind: 'database-kept', databaseId: 3 }]);

    const unknown = mergeImport(current, { ...segment, databaseId: 77 }, options);
    expect(unknown.values.databaseId).toBe(3);
    expect(unknown.notes).toEqual([{ kind: 'database-unknown', databaseId: 77 }]);
  });

  it('falls back to a supported kind', () => {
    const current = newSegmentValues(CAPABILITIES, 2);
    const { values, notes } = mergeImport(current, segment, { ...options, kinds: ['static', 'dynamic'] });
    expect(values.kind).toBe('dynamic');
    expect(notes).toEqual([{ kind: 'kind-unsupported', requested: 'updatable', used: 'dynamic' }]);
  });

  it('renews node ids only when the file repeats one', () => {
    const current = newSegmentValues(CAPABILITIES, 2);
    const dup = group('r', 'and', [
      cond('c1', 'orders', 'gt', { kind: 'one', value: 3 }),
      cond('c1', 'orders', 'lt', { kind: 'one', value: 9 }),
    ]);
    const { values } = mergeImport(current, { ...segment, blocks: [{ ...segment.blocks[0]!, root: dup }] }, options);
    const ids = values.blocks[0]!.root.children.map((child) => child.id);
    expect(new Set(ids).size).toBe(2);
    const kept = mergeImport(current, segment, options);
    expect(kept.values.blocks[0]!.root.children[0]!.id).toBe('c1');
  });
});

describe('import limits', () => {
  const nested = (levels: number) => {
    let root: Record<string, unknown> = { type: 'group', id: 'g0', combinator: 'and', children: [] };
    const top = root;
    for (let level = 1; level < levels; level += 1) {
      const child = { type: 'group', id: `g${level}`, combinator: 'and', children: [] };
      (root.children as unknown[]).push(child);
      root = child;
    }
    return JSON.stringify({
      name: 'Deep',
      tags: [],
      kind: 'dynamic',
      refreshDaily: false,
      databaseId: 1,
      blocks: [{ databaseId: 1, sample: { from: 0, to: 100 }, limit: 0, root: top }],
    });
  };

  it('refuses a file nested 1,000 levels deep with a message instead of a RangeError', () => {
    const result = parseSegmentFile(nested(1_000));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([{ code: 'too_nested' }]);
  });

  it('refuses a tree deeper than the backend allows, naming the limit', () => {
    const result = parseSegmentFile(nested(5), { maxDepth: 3 });
    expect(result.ok ? [] : result.errors).toEqual([{ code: 'too_deep', depth: 5, limit: 3 }]);
    expect(parseSegmentFile(nested(3), { maxDepth: 3 }).ok).toBe(true);
  });

  it('refuses a file over 5 MB before reading it', () => {
    expect(importSizeError(5 * 1024 * 1024 + 1)).toEqual({ code: 'too_large', megabytes: 5 });
    expect(importSizeError(1024)).toBeNull();
    const result = parseSegmentFile(' '.repeat(5 * 1024 * 1024 + 1));
    expect(result.ok ? [] : result.errors).toEqual([{ code: 'too_large', megabytes: 5 }]);
  });
});
