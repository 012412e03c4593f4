import type { Segment } from '@/domain/model';
import * as fc from 'fast-check';
import { copyBase, copyName, copyOf, MAX_COPY_ATTEMPTS, nameKey, saveCopy, type CopyWords } from './segmentCopy';

it('copies the audience and origin, not the identity, size or dates', () => {
  const original: Segment = {
    id: 7,
    name: 'VIP',
    tags: ['loyalty'],
    kind: 'updatable',
    refreshDaily: true,
    databaseId: 2,
    blocks: [],
    count: 120,
    updatedAt: '2024-05-01T00:00:00Z',
    origin: { vendor: 'altcraft', data: { nodes: {} } },
  };
  expect(copyOf(original, 'VIP (copy)')).toEqual({
    name: 'VIP (copy)',
    tags: ['loyalty'],
    kind: 'updatable',
    refreshDaily: true,
    databaseId: 2,
    blocks: [],
    origin: { vendor: 'altcraft', data: { nodes: {} } },
  });
});

const EN: CopyWords = { first: (name) => `${name} (copy)`, numbered: (name, n) => `${name} (copy ${n})` };
const RU: CopyWords = { first: (name) => `${name} (копия)`, numbered: (name, n) => `${name} (копия ${n})` };

describe('copyName', () => {
  it('is "(copy)" when free, then the lowest free "(copy N)" from 2 up', () => {
    expect(copyName('VIP', ['VIP'], EN)).toBe('VIP (copy)');
    expect(copyName('VIP', ['VIP', 'VIP (copy)'], EN)).toBe('VIP (copy 2)');
    expect(copyName('VIP', ['VIP (copy)', 'VIP (copy 2)', 'VIP (copy 4)'], EN)).toBe('VIP (copy 3)');
    expect(copyName('VIP', ['VIP (копия)'], RU)).toBe('VIP (копия 2)');
  });

  it('numbers a copy of a copy on from the original name, in either language', () => {
    expect(copyName('VIP (copy)', ['VIP', 'VIP (copy)'], EN)).toBe('VIP (copy 2)');
    expect(copyName('VIP (copy 2)', ['VIP', 'VIP (copy)', 'VIP (copy 2)'], EN)).toBe('VIP (copy 3)');
    expect(copyName('VIP (копия 2)', ['VIP (копия)', 'VIP (копия 2)'], RU)).toBe('VIP (копия 3)');
    // Only the language's own mark is a copy mark: other brackets are part of the name.
    expect(copyBase('Sale (2024)', EN)).toBe('Sale (2024)');
    expect(copyBase('Sale (copy 0)', EN)).toBe('Sale (copy 0)');
    expect(copyBase(' (copy)', EN)).toBe(' (copy)');
    // Words that do not put the name first leave every name as it is.
    expect(
      copyBase('Copy of VIP', { first: (name) => `Copy of ${name}`, numbered: (name, n) => `Copy ${n} of ${name}` }),
    ).toBe('Copy of VIP');
  });

  it('treats names as the server does: case and surrounding spaces do not make a name free', () => {
    expect(copyName('VIP', [' vip (COPY) '], EN)).toBe('VIP (copy 2)');
  });

  const names = fc.array(fc.string({ maxLength: 12 }), { maxLength: 30 });
  const source = fc.string({ maxLength: 12 });
  const copies = (name: string) =>
    fc
      .array(fc.integer({ min: 1, max: 40 }), { maxLength: 30 })
      .map((numbers) => numbers.map((n) => (n === 1 ? EN.first(name) : EN.numbered(name, n))));

  it('never answers a taken name', () => {
    fc.assert(
      fc.property(
        source.chain((name) => fc.tuple(fc.constant(name), names, copies(name))),
        ([name, others, taken]) => {
          const all = [...others, ...taken];
          const result = copyName(name, all, EN);
          expect(all.map(nameKey)).not.toContain(nameKey(result));
        },
      ),
    );
  });

  it('answers "(copy)" whenever that is free, and otherwise the lowest free number', () => {
    fc.assert(
      fc.property(
        source.chain((name) => fc.tuple(fc.constant(name), copies(name))),
        ([name, taken]) => {
          const used = new Set(taken.map(nameKey));
          // What the answer must be, worked out the slow way: every candidate in order.
          const base = copyBase(name, EN);
          const candidates = [EN.first(base), ...Array.from({ length: 42 }, (_v, i) => EN.numbered(base, i + 2))];
          const expected = candidates.find((candidate) => !used.has(nameKey(candidate)));
          expect(copyName(name, taken, EN)).toBe(expected);
        },
      ),
    );
  });
});

describe('saveCopy', () => {
  const source: Segment = {
    id: 3,
    name: 'VIP',
    tags: [],
    kind: 'dynamic',
    refreshDaily: false,
    databaseId: 1,
    blocks: [],
    count: 5,
  };
  const taken = Object.assign(new Error('name taken'), { taken: true });
  const nameTaken = (error: unknown) => error === taken;

  it('tries the next free name after each refusal of a taken one, and sends a copy without the id', async () => {
    const sent: Segment[] = [];
    const save = vi.fn<(copy: Segment) => Promise<{ id: number }>>((copy) => {
      sent.push(copy);
      return sent.length < 3 ? Promise.reject(taken) : Promise.resolve({ id: 9 });
    });
    const result = await saveCopy({ source, taken: ['VIP (copy 2)'], words: EN, save, nameTaken });
    expect(sent.map((copy) => copy.name)).toEqual(['VIP (copy)', 'VIP (copy 3)', 'VIP (copy 4)']);
    expect(sent[0]).not.toHaveProperty('id');
    expect(result).toEqual({ result: { id: 9 }, name: 'VIP (copy 4)' });
  });

  it('never resends after any other failure: an uncertain write goes back to the caller', async () => {
    const lost = new Error('answer lost');
    const save = vi.fn<() => Promise<never>>(() => Promise.reject(lost));
    await expect(saveCopy({ source, taken: [], words: EN, save, nameTaken })).rejects.toBe(lost);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('gives up after a bounded number of refusals and shows the last one', async () => {
    const save = vi.fn<() => Promise<never>>(() => Promise.reject(taken));
    await expect(saveCopy({ source, taken: [], words: EN, save, nameTaken })).rejects.toBe(taken);
    expect(save).toHaveBeenCalledTimes(MAX_COPY_ATTEMPTS);
  });
});
