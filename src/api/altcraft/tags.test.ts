/**
 * Tags over the Altcraft wire: segments/add and segments/update document no tags, so a real
 * server is sent none (capabilities.tags is false and the editor shows them read-only); the
 * embedded backend stores `ui_tags`, so there they make the round trip.
 */
import * as fc from 'fast-check';
import type { Segment } from '@/domain/model';
import { altcraftCapabilities } from './capabilities';
import { fromWire, toWire } from './convert';

const base = (tags: string[], id?: number): Segment => ({
  ...(id === undefined ? {} : { id }),
  name: 'Tagged',
  tags,
  kind: 'dynamic',
  refreshDaily: false,
  databaseId: 1,
  blocks: [
    {
      databaseId: 1,
      sample: { from: 0, to: 100 },
      limit: 0,
      root: {
        type: 'group',
        id: 'root',
        combinator: 'and',
        children: [
          { type: 'condition', id: 'c', field: '_city', operator: 'equals', value: { kind: 'one', value: 'Omsk' } },
        ],
      },
    },
  ],
});

const tagList = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 64 }), { maxLength: 50 });

describe('Altcraft tags', () => {
  it('are stored only where the backend stores them', () => {
    expect(altcraftCapabilities(false).tags).toBe(false);
    expect(altcraftCapabilities(true).tags).toBe(true);
  });

  it('make the round trip where stored: add, update and a clone read back the same tags', () => {
    fc.assert(
      fc.property(tagList, fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: undefined }), (tags, id) => {
        const body = toWire(base(tags, id), { tags: true });
        expect(fromWire({ ...body, id: id ?? 7 }).tags).toEqual(tags);
      }),
    );
  });

  it('clear on an update that removes them all, and are not sent by a create without any', () => {
    expect(toWire(base([], 5), { tags: true }).ui_tags).toEqual([]);
    expect(toWire(base([]), { tags: true })).not.toHaveProperty('ui_tags');
  });

  it('are never sent to a real server, which documents none on add or update', () => {
    fc.assert(
      fc.property(tagList, fc.boolean(), (tags, update) => {
        expect(toWire(base(tags, update ? 5 : undefined))).not.toHaveProperty('ui_tags');
      }),
    );
  });
});
