/**
 * Tags through the app's Altcraft provider and the embedded backend: a seeded segment's tags show
 * when it is opened and survive a save and a clone (they used to be dropped by both).
 */
import { builtInConnections, createProvider } from '@/api/connections';
import { currentBackend, resetStore } from '../backend';

const provider = createProvider(builtInConnections(true)[0]!);

beforeEach(() => resetStore());

async function seeded(name: string) {
  const page = await provider.list({ search: name });
  const item = page.items.find((summary) => summary.name === name)!;
  return provider.get(item.id);
}

describe('tags on the embedded Altcraft backend', () => {
  it('stores tags, so the editor offers to edit them', () => {
    expect(provider.capabilities.tags).toBe(true);
  });

  it("shows a seeded segment's tags and keeps them on a save", async () => {
    const segment = await seeded('Women in Moscow');
    expect(segment.tags).toEqual(['geo', 'demographics']);
    await provider.update(segment);
    expect((await provider.get(segment.id!)).tags).toEqual(['geo', 'demographics']);
  });

  it('saves edited tags, and an update without tags clears them', async () => {
    const segment = await seeded('Women in Moscow');
    await provider.update({ ...segment, tags: ['geo', 'spring'] });
    expect((await provider.get(segment.id!)).tags).toEqual(['geo', 'spring']);
    await provider.update({ ...segment, tags: [] });
    expect((await provider.get(segment.id!)).tags).toEqual([]);
  });

  it('keeps the tags on a clone', async () => {
    const segment = await seeded('Lapsed VIPs');
    // A clone is the segment without its id, size and dates, under a new name (ui/segmentCopy).
    const { id: _id, count: _count, updatedAt: _updatedAt, ...content } = segment;
    const { id } = await provider.create({ ...content, name: 'Lapsed VIPs (copy)' });
    expect((await provider.get(id)).tags).toEqual(['vip', 'reactivation']);
    expect(currentBackend().store.segment(Number(id))?.ui_tags).toEqual(['vip', 'reactivation']);
  });
});
