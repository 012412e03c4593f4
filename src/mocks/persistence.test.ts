import { resetDemoData as resetThroughApi } from '@/api/demoAdmin';
import type { AltcraftSegmentRecord } from '@/api/altcraft/wire';
import { currentBackend, disablePersistence, enablePersistence, resetDemoData, resetStore } from './backend';
import { loadState, STORAGE_KEY, STORAGE_VERSION } from './persistence';
import { call } from './testing/call';

afterEach(() => {
  disablePersistence();
  resetStore();
});

const seededCount = () => currentBackend().store.segments().length;

/** A reload: the module state is gone, only localStorage remains. */
const reload = () => enablePersistence(localStorage);

describe('browser persistence', () => {
  it('starts from the seed when nothing is saved', () => {
    reload();
    expect(seededCount()).toBe(45);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('keeps segments and static members across a reload', async () => {
    reload();
    const added = await call<{ saved_id: number }>('segments/add/', {
      name: 'Saved for later',
      is_static: true,
      list_id: 1,
    });
    const id = added.body.data.saved_id;
    const profileId = currentBackend().store.profiles(1)[5]!.id;
    await call('profiles/segstatic/add', { segment_id: id, db_id: 1, profile_id: profileId });
    await call('segments/delete/', { id: 2 });
    expect(localStorage.getItem(STORAGE_KEY)).toContain('Saved for later');

    resetStore(); // the page goes away...
    reload(); // ...and comes back
    const got = await call<AltcraftSegmentRecord>('segments/get/', { id });
    expect(got.body.data).toMatchObject({ name: 'Saved for later', count: 1 });
    expect((await call('segments/get/', { id: 2 })).body.error).toBe(404);
    const next = await call<{ saved_id: number }>('segments/add/', {
      name: 'After reload',
      is_static: true,
      list_id: 1,
    });
    expect(next.body.data.saved_id).toBe(id + 1);
  });

  it('reseeds when the saved state is unreadable or from another version', () => {
    localStorage.setItem(STORAGE_KEY, '{"seed": "broken"');
    expect(loadState(localStorage)).toBeNull();
    reload();
    expect(seededCount()).toBe(45);
    localStorage.setItem(
      `segment-studio:demo:v${STORAGE_VERSION - 1}`,
      JSON.stringify({ seed: 1, nextId: 1, segments: [], members: {} }),
    );
    reload();
    expect(seededCount()).toBe(45);
  });

  it('forgets every change on "Reset demo data"', async () => {
    reload();
    await call('segments/delete/', { id: 1 });
    expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull();
    resetDemoData();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(currentBackend().store.segment(1)?.name).toBe('Women in Moscow');
  });

  it('resets through the demo/reset/ method the settings page calls', async () => {
    reload();
    await call('segments/delete/', { id: 1 });
    await resetThroughApi();
    expect(currentBackend().store.segment(1)).toBeDefined();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });
});
