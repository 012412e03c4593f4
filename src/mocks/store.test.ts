import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileTable } from '@/domain/profileTable';
import { SEED_PICKS, seededStore } from './seed';
import { generateProfiles } from './seed/profiles';
import { MOBILE_DB } from './seed/segments';
import { recordFromBody } from './records';
import { DemoStore } from './store';

const dynamicBody = {
  name: 'Test segment',
  is_static: false,
  segment: [
    {
      condition: 'and',
      limit: 0,
      list_id: 1,
      percent_from: 0,
      percent_to: 100,
      queries: [
        {
          compo: 'default',
          name: '_city',
          operator: 'equal',
          type: 'unicode',
          value: [{ name: 'default', value: 'Kazan' }],
        },
      ],
    },
  ],
};

describe('DemoStore', () => {
  it('adds segments under increasing ids and keeps them in id order', () => {
    const store = seededStore();
    const before = store.segments().length;
    const id = store.add((newId) => recordFromBody(newId, dynamicBody));
    expect(id).toBe(before + 1);
    expect(store.segments().at(-1)?.id).toBe(id);
    expect(store.segmentNamed('  test SEGMENT ')?.id).toBe(id);
  });

  it('bumps a revision on every change of a segment or its members', () => {
    const store = seededStore();
    const staticId = store.segments().find((s) => s.is_static && s.segment.length === 0)!.id;
    const revisions = [store.revisionOf(staticId)];
    const member = store.profiles(1)[0]!.id;
    store.addMember(staticId, member);
    revisions.push(store.revisionOf(staticId));
    expect(store.addMember(staticId, member)).toBe(false);
    expect(store.removeMember(staticId, member)).toBe(true);
    revisions.push(store.revisionOf(staticId));
    expect(new Set(revisions).size).toBe(3);
    expect(store.remove(staticId)).toBe(true);
    expect(store.remove(staticId)).toBe(false);
    expect(store.segment(staticId)).toBeUndefined();
  });

  it('finds profiles by id or by e-mail in any case', () => {
    const store = seededStore();
    const profile = store.profiles(1).find((p) => p.email)!;
    expect(store.findProfile(1, profile.id)).toBe(profile);
    expect(store.findProfile(1, profile.email!.toUpperCase())).toBe(profile);
    expect(store.findProfile(2, profile.id)).toBeUndefined();
    expect(store.profiles(99)).toEqual([]);
  });

  it('round-trips its state: segments, changed and untouched members, next id', () => {
    const store = seededStore();
    const [changed, untouched] = [...SEED_PICKS.keys()];
    const extra = store.profiles(1).at(-1)!.id;
    store.addMember(changed!, extra);
    const newId = store.add((id) => recordFromBody(id, dynamicBody));
    expect(store.members(untouched!).size).toBeGreaterThan(0); // read, but not edited
    const state = JSON.parse(JSON.stringify(store.toState())) as ReturnType<DemoStore['toState']>;
    expect(state.members[String(untouched)]).toEqual({ seeded: true });

    const restored = DemoStore.fromState(state, SEED_PICKS);
    expect(restored.segments()).toEqual(store.segments());
    expect([...restored.members(changed!)]).toEqual([...store.members(changed!)]);
    expect([...restored.members(untouched!)]).toEqual([...store.members(untouched!)]);
    expect(restored.members(changed!).has(extra)).toBe(true);
    expect(restored.add((id) => recordFromBody(id, { ...dynamicBody, name: 'Next' }))).toBe(newId + 1);
  });

  it('notifies subscribers of changes until they unsubscribe', () => {
    const store = seededStore();
    const listener = vi.fn<() => void>();
    const unsubscribe = store.subscribe(listener);
    store.remove(1);
    unsubscribe();
    store.remove(2);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('DemoStore profile tables', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads every field of a new table while the browser is idle', () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    const read = vi.spyOn(ProfileTable.prototype, 'column');
    // A seed of its own: tables are shared per seed and database.
    const store = new DemoStore({ seed: 9_091, nextId: 1, segments: [], members: new Map() });
    const table = store.profileTable(MOBILE_DB);
    expect(store.profileTable(MOBILE_DB)).toBe(table);
    const fields = store.database(MOBILE_DB)!.fields.map((field) => field.name);
    while (idle.length > 0) idle.shift()!({ didTimeout: false, timeRemaining: () => 10 });
    expect(read.mock.calls.map(([field]) => field)).toEqual(fields);
    read.mockRestore();
  });
});

describe('preparing a database ahead of need', () => {
  const fresh = (seed: number) => new DemoStore({ seed, nextId: 1, segments: [], members: new Map() });

  it('makes the same profiles as generating them at once, a slice at a time', async () => {
    const sliced = fresh(7_001);
    await sliced.prepare(MOBILE_DB);
    const db = sliced.database(MOBILE_DB)!;
    expect(sliced.profiles(MOBILE_DB)).toEqual(generateProfiles(7_001, MOBILE_DB, db.profileCount, db.shape));
    expect(sliced.profileTable(MOBILE_DB)).toBeInstanceOf(ProfileTable);
  });

  it('keeps the profiles a request generated at once while it was preparing', async () => {
    const store = fresh(7_003);
    const pending = store.prepare(MOBILE_DB);
    const needed = store.profiles(MOBILE_DB);
    await pending;
    expect(store.profiles(MOBILE_DB)).toBe(needed);
  });

  it('answers a database it does not have with nothing', async () => {
    await expect(fresh(7_004).prepare(999)).resolves.toBeUndefined();
  });
});
