import { currentBackend, disablePersistence, enablePersistence, resetDemoData, resetStore } from '../backend';
import { memoryRecords, type MemoryRecords } from '../storage/records';
import { push0Id, type Push0Segment } from './seed';
import { PUSH0_STORAGE_KEY } from './store';
import { push0 } from './testing';
import { lastDataWrite } from '../testing/lastWrite';

afterEach(() => {
  disablePersistence();
  resetStore();
  vi.restoreAllMocks();
});

/** A reload: the module state is gone, only the stored records remain. */
async function reload(storage: MemoryRecords): Promise<void> {
  resetStore();
  await enablePersistence(storage);
}
const all = async () => (await push0<Push0Segment[]>('?limit=100')).body;
const push0Keys = (storage: MemoryRecords) => [...storage.records.keys()].filter((key) => key.startsWith('push0:'));

describe('Push0 demo persistence', () => {
  it('keeps created, edited and deleted segments across a reload, one record per segment', async () => {
    const storage = memoryRecords();
    await reload(storage);
    expect(push0Keys(storage)).toHaveLength(25 + 1);
    const created = (await push0<Push0Segment>('', { method: 'POST', body: { name: 'Saved', constraints: [] } })).body;
    expect(
      lastDataWrite(storage)
        .puts.map(([key]) => key)
        .sort(),
    ).toEqual(['push0:meta', `push0:segments:${created.id}`].sort());
    await push0('', { method: 'PATCH', body: { id: push0Id(0), name: 'Renamed' } });
    expect(lastDataWrite(storage).puts.map(([key]) => key)).toEqual([`push0:segments:${push0Id(0)}`]);
    await push0(`?id=${push0Id(1)}`, { method: 'DELETE' });
    expect(lastDataWrite(storage).deletes).toEqual([`push0:segments:${push0Id(1)}`]);

    await reload(storage);
    const names = (await all()).map((s) => s.name);
    expect(names).toContain('Saved');
    expect(names).toContain('Renamed');
    expect(names).toHaveLength(25);
    expect(names.at(-1)).toBe('Saved');
    const next = (await push0<Push0Segment>('', { method: 'POST', body: { name: 'Next', constraints: [] } })).body;
    expect(next.id).not.toBe(created.id);
  });

  it('reseeds when the stored records do not read', async () => {
    const storage = memoryRecords([['push0:meta', { nextSequence: 'x', order: { segments: ['a'] } }]]);
    await reload(storage);
    expect(await all()).toHaveLength(25);
  });

  it("imports the first release's localStorage data", async () => {
    const storage = memoryRecords();
    resetStore();
    const legacy = {
      nextSequence: 40,
      segments: [{ id: 'old', name: 'Old', description: null, constraints: [], createdAt: 1, updatedAt: null }],
    };
    await enablePersistence(storage, { push0: JSON.stringify(legacy) });
    expect((await all()).map((s) => s.name)).toEqual(['Old']);
    expect(storage.records.get('push0:segments:old')).toMatchObject({ name: 'Old' });
    expect(PUSH0_STORAGE_KEY).toBe('segment-studio:demo-push0:v1');
  });

  it('forgets every change on "Reset demo data", with the Altcraft data', async () => {
    const storage = memoryRecords();
    await reload(storage);
    await push0(`?id=${push0Id(0)}`, { method: 'DELETE' });
    currentBackend().store.remove(1);
    await resetDemoData();
    expect((await all())[0]!.id).toBe(push0Id(0));
    expect(storage.records.has(`push0:segments:${push0Id(0)}`)).toBe(true);
    expect(currentBackend().store.segment(1)).toBeDefined();
  });

  it('answers 507 and keeps nothing when the storage refuses the change', async () => {
    const storage = memoryRecords();
    await reload(storage);
    storage.failWith(new DOMException('full', 'QuotaExceededError'));
    const created = await push0<{ message: string }>('', {
      method: 'POST',
      body: { name: 'Unsaved', constraints: [] },
    });
    expect(created.status).toBe(507);
    expect(created.body.message).toMatch(/storage for this site is full/);
    const renamed = await push0('', { method: 'PATCH', body: { id: push0Id(0), name: 'Unsaved' } });
    expect(renamed.status).toBe(507);
    storage.failWith(null);
    expect((await all()).map((s) => s.name)).not.toContain('Unsaved');
    expect(await all()).toHaveLength(25);
  });
});
