import { resetDemoData as resetThroughApi } from '@/api/demoAdmin';
import type { AltcraftSegmentRecord } from '@/api/altcraft/wire';
import { currentBackend, disablePersistence, enablePersistence, resetDemoData, resetStore } from './backend';
import { DEMO_CLIENT_HEADER, resetMockBehavior, setMockBehavior } from './behavior';
import { ALTCRAFT_META_KEY, membersKey, segmentKey, STORAGE_KEY } from './persistence';
import { seededStore } from './seed';
import { memoryRecords, type MemoryRecords } from './storage/records';
import { call } from './testing/call';
import { lastDataWrite } from './testing/lastWrite';

afterEach(() => {
  disablePersistence();
  resetStore();
});

const SEEDED = seededStore().segments().length;
const segmentCount = () => currentBackend().store.segments().length;
const storedSegments = (storage: MemoryRecords) =>
  [...storage.records.keys()].filter((key) => key.startsWith('altcraft:segment:'));
const quotaFull = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A reload: the module state is gone, only the stored records remain. */
async function reload(storage: MemoryRecords): Promise<void> {
  resetStore();
  await enablePersistence(storage);
}

const add = (name: string, headers: Record<string, string> = {}) =>
  call<{ saved_id: number }>('segments/add/', { name, is_static: true, list_id: 1 }, { headers });

describe('stored demo data', () => {
  it('seeds an empty storage, in one write, and reads it back', async () => {
    const storage = memoryRecords();
    await reload(storage);
    expect(segmentCount()).toBe(SEEDED);
    expect(storage.writes).toHaveLength(1);
    expect(storedSegments(storage)).toHaveLength(SEEDED);
    expect(storage.records.get(ALTCRAFT_META_KEY)).toEqual({ seed: currentBackend().store.seed, nextId: SEEDED + 1 });

    await reload(storage);
    expect(storage.writes).toHaveLength(1);
    expect(segmentCount()).toBe(SEEDED);
  });

  it('keeps segments and static members across a reload, writing only what each change touched', async () => {
    const storage = memoryRecords();
    await reload(storage);
    const id = (await add('Saved for later')).body.data.saved_id;
    expect(
      lastDataWrite(storage)
        .puts.map(([key]) => key)
        .sort(),
    ).toEqual([ALTCRAFT_META_KEY, membersKey(id), segmentKey(id)].sort());
    const profileId = currentBackend().store.profiles(1)[5]!.id;
    await call('profiles/segstatic/add', { segment_id: id, db_id: 1, profile_id: profileId });
    expect(lastDataWrite(storage)).toEqual({
      puts: [
        [segmentKey(id), expect.anything()],
        [membersKey(id), { ids: [profileId] }],
      ],
      deletes: [],
    });
    await call('segments/delete/', { id: 2 });
    expect(lastDataWrite(storage)).toEqual({ puts: [], deletes: [segmentKey(2), membersKey(2)] });

    await reload(storage);
    const got = await call<AltcraftSegmentRecord>('segments/get/', { id });
    expect(got.body.data).toMatchObject({ name: 'Saved for later', count: 1 });
    expect((await call('segments/get/', { id: 2 })).body.error).toBe(404);
    expect((await add('After reload')).body.data.saved_id).toBe(id + 1);
  });

  it('writes nothing for reads and refused writes', async () => {
    const storage = memoryRecords();
    await reload(storage);
    await call('segments/list/', {});
    await call('segments/update/', { id: 9999, name: 'Nobody' });
    await add('Women in Moscow'); // 409: the name is taken
    expect(storage.writes).toHaveLength(1);
  });

  it('reseeds when a stored record no longer reads, and rewrites the storage whole', async () => {
    const storage = memoryRecords([
      [ALTCRAFT_META_KEY, { seed: 1, nextId: 3 }],
      [segmentKey(1), { id: 1, name: 42 }],
      [segmentKey(99), { id: 99, name: 'Orphan' }],
    ]);
    await reload(storage);
    expect(segmentCount()).toBe(SEEDED);
    expect(storedSegments(storage)).toHaveLength(SEEDED);
    expect(storage.records.has(segmentKey(99))).toBe(false);
  });

  it("imports the first release's localStorage data once, as records", async () => {
    const state = seededStore().toState();
    const legacy = { ...state, segments: state.segments.filter((segment) => segment.id !== 1) };
    const storage = memoryRecords();
    resetStore();
    await enablePersistence(storage, { altcraft: JSON.stringify(legacy) });
    expect(currentBackend().store.segment(1)).toBeUndefined();
    expect(storage.records.has(segmentKey(1))).toBe(false);
    expect(storedSegments(storage)).toHaveLength(SEEDED - 1);
    expect(STORAGE_KEY).toBe('segment-studio:demo:v1');
  });

  it('forgets every change on "Reset demo data"', async () => {
    const storage = memoryRecords();
    await reload(storage);
    await call('segments/delete/', { id: 1 });
    expect(storage.records.has(segmentKey(1))).toBe(false);
    await resetDemoData();
    expect(currentBackend().store.segment(1)?.name).toBe('Women in Moscow');
    expect(storage.records.has(segmentKey(1))).toBe(true);
    await reload(storage);
    expect(currentBackend().store.segment(1)?.name).toBe('Women in Moscow');
  });

  it('resets through the demo/reset/ method the settings page calls', async () => {
    const storage = memoryRecords();
    await reload(storage);
    await call('segments/delete/', { id: 1 });
    await resetThroughApi();
    expect(currentBackend().store.segment(1)).toBeDefined();
    expect(storage.records.has(segmentKey(1))).toBe(true);
  });
});

describe('a change that cannot be stored', () => {
  it('fails the save with a message, keeps nothing of it, and lets the next save through', async () => {
    const storage = memoryRecords();
    await reload(storage);
    const before = new Map(storage.records);
    storage.failWith(quotaFull());

    const refused = await add('Too much');
    expect(refused.body.error).toBe(500);
    expect(refused.body.error_text).toMatch(/could not be saved: the browser's storage for this site is full/);
    expect(refused.body.error_text).toMatch(/Nothing was changed/);
    expect(currentBackend().store.segmentNamed('Too much')).toBeUndefined();
    expect(segmentCount()).toBe(SEEDED);
    expect(storage.records).toEqual(before);

    storage.failWith(null);
    const saved = await add('Too much');
    expect(saved.body.error).toBe(0);
    await reload(storage);
    expect(currentBackend().store.segment(saved.body.data.saved_id)?.name).toBe('Too much');
  });

  it('puts back an edited segment, a deleted one (in its place) and its members', async () => {
    const storage = memoryRecords();
    await reload(storage);
    const { store } = currentBackend();
    const original = store.segment(1)!;
    const staticId = store.segments().find((segment) => segment.is_static && segment.segment.length === 0)!.id;
    const members = [...store.members(staticId)];
    const order = store.segments().map((segment) => segment.id);
    storage.failWith(new Error('disk error'));

    const renamed = await call('segments/update/', { ...original, name: 'Renamed' });
    expect(renamed.body.error_text).toMatch(/refused it \(Error: disk error\)/);
    expect(store.segment(1)).toEqual(original);
    expect((await call('segments/delete/', { id: 1 })).body.error).toBe(500);
    expect(store.segments().map((segment) => segment.id)).toEqual(order);
    const profileId = store.profiles(1)[7]!.id;
    await call('profiles/segstatic/add', { segment_id: staticId, db_id: 1, profile_id: profileId });
    expect([...store.members(staticId)]).toEqual(members);
  });

  it('is not replayed for its Request-ID: the retry, once there is room, is saved', async () => {
    const storage = memoryRecords();
    await reload(storage);
    storage.failWith(quotaFull());
    const headers = { 'Request-ID': 'retry-after-full' };
    expect((await add('Retried', headers)).body.error).toBe(500);
    storage.failWith(null);
    const retried = await add('Retried', headers);
    expect(retried.body.error).toBe(0);
    expect(retried.headers.get('Duplicate-Request')).toBeNull();
  });
});

describe('one store, several clients', () => {
  it('hands out distinct ids to two tabs saving at the same time, and stores them all', async () => {
    const storage = memoryRecords();
    await reload(storage);
    const tab = (client: string) => (name: string) => add(name, { [DEMO_CLIENT_HEADER]: client });
    const [left, right] = [tab('left'), tab('right')];
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, index) => [left(`Left ${index}`), right(`Right ${index}`)]).flat(),
    );
    const ids = answers.map((answer) => answer.body.data.saved_id);
    expect(new Set(ids).size).toBe(20);
    await reload(storage);
    expect(segmentCount()).toBe(SEEDED + 20);
  });

  it('replays a write repeated from another tab under the same Request-ID, not storing it twice', async () => {
    const storage = memoryRecords();
    await reload(storage);
    const headers = (client: string) => ({ [DEMO_CLIENT_HEADER]: client, 'Request-ID': 'shared-id' });
    const [first, second] = await Promise.all([add('Once', headers('left')), add('Once', headers('right'))]);
    expect(second.body.data.saved_id).toBe(first.body.data.saved_id);
    expect(second.headers.get('Duplicate-Request')).toBe('true');
    expect(segmentCount()).toBe(SEEDED + 1);
  });
});

describe('fault injection of a full storage', () => {
  afterEach(() => resetMockBehavior());

  it('fails the changes of the client that armed it, as a full storage would, with or without storage', async () => {
    setMockBehavior({ storageFull: true }, 'full-tab');
    const full = await add('Nowhere to go', { [DEMO_CLIENT_HEADER]: 'full-tab' });
    expect(full.body.error_text).toMatch(/storage for this site is full/);
    expect(currentBackend().store.segmentNamed('Nowhere to go')).toBeUndefined();
    expect((await add('Somewhere', { [DEMO_CLIENT_HEADER]: 'other-tab' })).body.error).toBe(0);
  });
});
