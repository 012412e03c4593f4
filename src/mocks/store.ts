/**
 * The embedded backend's data: databases with lazily generated profiles, segments kept in
 * Altcraft's wire form (exactly what segments/get returns, minus the computed `count`), and the
 * explicit members of static segments. Evaluation lives in evaluation.ts; this is storage.
 */
import type { AltcraftBlock, AltcraftSegmentRecord } from '@/api/altcraft/wire';
import { catalogFromWire } from '@/api/altcraft/resources';
import { compile } from '@/domain/evaluate';
import { ProfileTable } from '@/domain/profileTable';
import type { PersistedMembers, PersistedState } from './persistence';
import { DATABASES, type DemoDatabase } from './seed/databases';
import { generateProfiles, generateProfilesInSlices, type DemoProfile } from './seed/profiles';
import { createRandom } from './seed/random';
import type { MemberPick } from './seed/segments';
import { stepInSlices } from './timeSlicing';

/** The seed of the demo account; change it (and bump STORAGE_VERSION) to get a different world. */
export const DEMO_SEED = 20_261_123;

/** A segment as stored: the wire record with the fields the embedded backend always fills. */
export interface StoredSegment extends AltcraftSegmentRecord {
  id: number;
  name: string;
  is_static: boolean;
  is_refresh_daily: boolean;
  list_id: number;
  ui_tags: string[];
  segment: AltcraftBlock[];
}

/** A seeded pick is drawn on first read and stays a pick (cheap to save) until it is edited. */
type Members = { pick: MemberPick; drawn?: Set<string> } | { ids: Set<string> };

/** A segment and its members as they were before a change, to put back if the change is rolled back. */
interface Undo {
  segment: StoredSegment | undefined;
  members: Members | undefined;
}

/** Member sets are edited in place, so an undo keeps its own copy. */
const copyMembers = (members: Members): Members => ('ids' in members ? { ids: new Set(members.ids) } : { ...members });

/** An untouched seeded pick is stored as a marker: it redraws identically from the seed. */
const persistedMembers = (entry: Members): PersistedMembers =>
  'pick' in entry ? { seeded: true } : { ids: [...entry.ids] };

/**
 * Generated profiles are immutable, so every store with the same seed shares them: a reset or a
 * test's fresh store costs nothing, and 50k profiles are only ever built once per page load.
 */
const generated = new Map<string, DemoProfile[]>();
/** Profiles by id and by lower-cased e-mail, per generated database. */
const lookups = new Map<string, Map<string, DemoProfile>>();
/** Column views of the generated profiles, which counts keep from one to the next. */
const tables = new Map<string, ProfileTable>();

/**
 * Reads every field's column while the browser is idle, so the first count that filters on a field
 * does not pay for reading 50,000 profiles. Only where there is idle time to use (browsers).
 */
function readColumnsWhenIdle(table: ProfileTable, fields: readonly string[]): void {
  const later = whenIdle ?? (typeof requestIdleCallback === 'function' ? requestIdleCallback : null);
  if (!later) return;
  let next = 0;
  const readOne = () => {
    const field = fields[next++];
    if (field === undefined) return;
    table.column(field);
    later(readOne);
  };
  later(readOne);
}

let whenIdle: ((work: () => void) => void) | null = null;

/**
 * How background work is scheduled where there is no requestIdleCallback: the backend's worker has
 * no frames to protect, so it reads columns one task at a time between requests (worker/backendWorker.ts).
 */
export function scheduleBackgroundWork(schedule: (work: () => void) => void): void {
  whenIdle = schedule;
}

/** The caches above are per seed and database: generated profiles are the same for both. */
const profileKey = (seed: number, databaseId: number) => `${seed}:${databaseId}`;

function profilesOf(seed: number, db: DemoDatabase): DemoProfile[] {
  const key = profileKey(seed, db.id);
  let profiles = generated.get(key);
  if (!profiles) {
    profiles = generateProfiles(seed, db.id, db.profileCount, db.shape);
    generated.set(key, profiles);
  }
  return profiles;
}

export interface StoreInit {
  seed: number;
  nextId: number;
  segments: readonly StoredSegment[];
  members: ReadonlyMap<number, Members>;
}

/** Draws `pick.count` distinct profiles passing `pick.from`, deterministically (partial Fisher–Yates). */
function drawMembers(db: DemoDatabase, profiles: readonly DemoProfile[], pick: MemberPick, seed: number): Set<string> {
  const test = compile(pick.from, catalogFromWire(db.fields));
  const pool = profiles.filter((profile) => test(profile));
  const rng = createRandom((seed ^ Math.imul(pick.salt, 0x85ebca6b)) >>> 0);
  const take = Math.min(pick.count, pool.length);
  for (let i = 0; i < take; i++) {
    const j = rng.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return new Set(pool.slice(0, take).map((profile) => profile.id));
}

export class DemoStore {
  readonly seed: number;
  readonly databases: readonly DemoDatabase[] = DATABASES;
  #nextId: number;
  /** In id order (list paging walks ids): sorted once here, and new ids are always the largest. */
  #segments = new Map<number, StoredSegment>();
  #members = new Map<number, Members>();
  /** Bumped on every change of a segment or its members; caches key on it. */
  #revisions = new Map<number, number>();
  #revision = 0;
  #listeners = new Set<() => void>();
  /** While a change is being made (begin … commit/rollback): each touched segment as it was before. */
  #journal: Map<number, Undo> | null = null;

  constructor(init: StoreInit) {
    this.seed = init.seed;
    this.#nextId = Math.max(init.nextId, ...init.segments.map((segment) => segment.id + 1));
    for (const segment of [...init.segments].sort((a, b) => a.id - b.id)) this.#segments.set(segment.id, segment);
    for (const [id, members] of init.members) this.#members.set(id, members);
  }

  // -------------------------------------------------------------------------------------------
  // Databases and profiles

  database(id: number): DemoDatabase | undefined {
    return this.databases.find((db) => db.id === id);
  }

  /** The profiles of a database, generated on first use. */
  profiles(databaseId: number): readonly DemoProfile[] {
    const db = this.database(databaseId);
    return db ? profilesOf(this.seed, db) : [];
  }

  /**
   * Generates a database's profiles and table ahead of need, in runs of a few milliseconds with
   * background work's scheduling between them (worker/backendWorker.ts), so that requests arriving
   * meanwhile are answered between runs instead of after the whole database. A request that needs
   * the profiles first generates them at once; the same seed makes the same profiles either way.
   */
  async prepare(databaseId: number): Promise<void> {
    const db = this.database(databaseId);
    if (!db) return;
    const key = profileKey(this.seed, db.id);
    if (!generated.has(key)) {
      const schedule = whenIdle ?? ((work: () => void) => setTimeout(work, 0));
      const pause = () => new Promise<void>((resume) => schedule(resume));
      const profiles = await generateProfilesInSlices(this.seed, db.id, db.profileCount, db.shape, (rows, step) =>
        stepInSlices(rows, step, { pause }),
      );
      if (!generated.has(key)) generated.set(key, profiles);
    }
    this.profileTable(databaseId);
  }

  /** The profiles of a database as a table for counting; its columns and answers are shared by every count. */
  profileTable(databaseId: number): ProfileTable {
    const key = profileKey(this.seed, databaseId);
    let table = tables.get(key);
    if (!table) {
      table = new ProfileTable(this.profiles(databaseId));
      tables.set(key, table);
      readColumnsWhenIdle(table, this.database(databaseId)?.fields.map((field) => field.name) ?? []);
    }
    return table;
  }

  /** A profile by id or by e-mail (case-insensitive), as Altcraft's matching allows. */
  findProfile(databaseId: number, idOrEmail: string): DemoProfile | undefined {
    const key = profileKey(this.seed, databaseId);
    let lookup = lookups.get(key);
    if (!lookup) {
      lookup = new Map();
      for (const profile of this.profiles(databaseId)) {
        lookup.set(profile.id, profile);
        if (profile.email) lookup.set(profile.email.toLowerCase(), profile);
      }
      lookups.set(key, lookup);
    }
    return lookup.get(idOrEmail) ?? lookup.get(idOrEmail.trim().toLowerCase());
  }

  // -------------------------------------------------------------------------------------------
  // Segments

  /** All segments, ordered by id. */
  segments(): StoredSegment[] {
    return [...this.#segments.values()];
  }

  segment(id: number): StoredSegment | undefined {
    return this.#segments.get(id);
  }

  /** The segment with this name (compared without case or surrounding spaces), if any. */
  segmentNamed(name: string): StoredSegment | undefined {
    const wanted = name.trim().toLowerCase();
    return this.segments().find((segment) => segment.name.trim().toLowerCase() === wanted);
  }

  /** Stores a new segment built for the next id, and returns that id. */
  add(build: (id: number) => StoredSegment): number {
    const id = this.#nextId++;
    const record = build(id);
    this.#remember(id);
    this.#segments.set(id, record);
    if (record.is_static && record.segment.length === 0) this.#members.set(id, { ids: new Set() });
    this.#changed(id);
    return id;
  }

  /** Overwrites an existing segment (the caller checked that it exists). */
  replace(record: StoredSegment): void {
    this.#remember(record.id);
    this.#segments.set(record.id, record);
    if (record.is_static && record.segment.length === 0 && !this.#members.has(record.id)) {
      this.#members.set(record.id, { ids: new Set() });
    }
    this.#changed(record.id);
  }

  remove(id: number): boolean {
    this.#remember(id);
    const existed = this.#segments.delete(id);
    this.#members.delete(id);
    if (existed) this.#changed(id);
    return existed;
  }

  /** Changes whenever the segment or its members change; undefined for an unknown id. */
  revisionOf(id: number): number | undefined {
    return this.#revisions.get(id);
  }

  // -------------------------------------------------------------------------------------------
  // Static members

  /** The explicit members of a static segment (drawn on first use for seeded ones). */
  members(id: number): ReadonlySet<string> {
    const members = this.#members.get(id);
    if (!members) return new Set();
    if ('ids' in members) return members.ids;
    members.drawn ??= this.#draw(id, members.pick);
    return members.drawn;
  }

  /** Adds a profile; false when it was already a member. */
  addMember(id: number, profileId: string): boolean {
    this.#remember(id);
    const members = this.#editableMembers(id);
    if (members.has(profileId)) return false;
    members.add(profileId);
    this.#changed(id);
    return true;
  }

  /** Removes a profile; false when it was not a member. */
  removeMember(id: number, profileId: string): boolean {
    this.#remember(id);
    const removed = this.#editableMembers(id).delete(profileId);
    if (removed) this.#changed(id);
    return removed;
  }

  #editableMembers(id: number): Set<string> {
    const members = this.#members.get(id);
    if (members && 'ids' in members) return members.ids;
    const ids = new Set(this.members(id));
    this.#members.set(id, { ids });
    return ids;
  }

  #draw(id: number, pick: MemberPick): Set<string> {
    const db = this.database(this.#segments.get(id)?.list_id ?? 0);
    return db ? drawMembers(db, this.profiles(db.id), pick, this.seed) : new Set();
  }

  // -------------------------------------------------------------------------------------------
  // Change tracking and persistence

  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The next id a segment will get; ids are never handed out twice, even when a change is rolled back. */
  get nextId(): number {
    return this.#nextId;
  }

  /**
   * Starts recording a change: until commit or rollback, every segment touched is remembered as it
   * was, so the change can be undone when it cannot be saved.
   */
  begin(): void {
    this.#journal = new Map();
  }

  /** The ids of the segments touched since begin: their records are the ones to write. */
  touched(): number[] {
    return [...(this.#journal?.keys() ?? [])];
  }

  /** Ends the change: it is kept. */
  commit(): void {
    this.#journal = null;
  }

  /**
   * Undoes the change since begin: every touched segment and member list is back as it was. The next
   * id is not taken back, so an id handed out once (maybe seen by a client) is never reused.
   */
  rollback(): void {
    const journal = this.#journal;
    this.#journal = null;
    if (!journal) return;
    let reorder = false;
    for (const [id, before] of journal) {
      if (before.segment) {
        reorder ||= !this.#segments.has(id);
        this.#segments.set(id, before.segment);
      } else this.#segments.delete(id);
      if (before.members) this.#members.set(id, before.members);
      else this.#members.delete(id);
      this.#changed(id);
    }
    // A segment put back after a delete must take its place in id order again.
    if (reorder) this.#segments = new Map([...this.#segments].sort(([a], [b]) => a - b));
  }

  /** The stored form of one segment: its record and its members (undefined where it has none). */
  recordOf(id: number): { segment: StoredSegment | undefined; members: PersistedMembers | undefined } {
    const entry = this.#members.get(id);
    return { segment: this.#segments.get(id), members: entry && persistedMembers(entry) };
  }

  #remember(id: number): void {
    if (!this.#journal || this.#journal.has(id)) return;
    const members = this.#members.get(id);
    this.#journal.set(id, { segment: this.#segments.get(id), members: members && copyMembers(members) });
  }

  toState(): PersistedState {
    const members: Record<string, PersistedMembers> = {};
    for (const [id, entry] of this.#members) members[id] = persistedMembers(entry);
    return { seed: this.seed, nextId: this.#nextId, segments: this.segments(), members };
  }

  #changed(id: number): void {
    this.#revisions.set(id, ++this.#revision);
    for (const listener of this.#listeners) listener();
  }

  /** Restores a store from saved state; seeded picks come from `picks`. */
  static fromState(state: PersistedState, picks: ReadonlyMap<number, MemberPick>): DemoStore {
    const members = new Map<number, Members>();
    for (const [key, entry] of Object.entries(state.members)) {
      const id = Number(key);
      const pick = picks.get(id);
      if ('ids' in entry) members.set(id, { ids: new Set(entry.ids) });
      else if (pick) members.set(id, { pick });
    }
    return new DemoStore({
      seed: state.seed,
      nextId: state.nextId,
      segments: state.segments.map(normalizeRecord),
      members,
    });
  }
}

/** Fills the fields a stored record always has, for records that come from saved state. */
export function normalizeRecord(record: AltcraftSegmentRecord): StoredSegment {
  const id = typeof record.id === 'number' ? record.id : Number(record.id);
  return {
    ...record,
    id,
    is_static: record.is_static ?? false,
    is_refresh_daily: record.is_refresh_daily ?? false,
    list_id: record.list_id ?? record.segment?.[0]?.list_id ?? 0,
    ui_tags: record.ui_tags ?? [],
    segment: record.segment ?? [],
  };
}
