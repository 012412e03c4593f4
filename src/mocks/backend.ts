/**
 * The one live instance of the embedded backend: the store, its evaluator, and the runtime state
 * the handlers keep (recount tasks, replayed writes). Handlers look it up on every request, so a
 * reset swaps the whole world at once without re-registering handlers.
 *
 * One module, two hosts: in the browser it runs in a SharedWorker that every tab of the origin
 * talks to (worker/backendWorker.ts), so there is one store for all tabs; in Node (Vitest, msw/node,
 * `npm run mock-server`) it runs in-process. Only the browser keeps the data (IndexedDB, see
 * enablePersistence); every change is then written as it is made, and a change that cannot be
 * written is undone and fails its request (persisted).
 */
import { z } from 'zod';
import { wireSegmentRecordSchema } from '@/api/altcraft/wire';
import { daData } from './digitalAudience/store';
import { getMockBehavior } from './behavior';
import { SegmentEvaluator } from './evaluation';
import {
  fullChange,
  membersKey,
  segmentKey,
  stateFromRecords,
  ALTCRAFT_META_KEY,
  type PersistedState,
} from './persistence';
import { push0Data } from './push0/store';
import type { VendorState } from './restState';
import { SEED_PICKS, seededStore } from './seed';
import { isEmptyChange, storageFailureReason, type RecordChange, type RecordStorage } from './storage/records';
import { DemoStore } from './store';

/** A recount started by segments/refresh_counters; it completes after REFRESH_DURATION_MS. */
export interface RefreshTask {
  segmentId: number;
  startedAt: number;
}

/** The first answer to a write, replayed for a repeated Request-ID. */
export interface RecordedAnswer {
  at: number;
  body: Record<string, unknown>;
}

export interface DemoBackend {
  store: DemoStore;
  evaluator: SegmentEvaluator;
  tasks: Map<number, RefreshTask>;
  nextTaskId: number;
  replays: Map<string, RecordedAnswer>;
}

function createBackend(store: DemoStore): DemoBackend {
  return { store, evaluator: new SegmentEvaluator(store), tasks: new Map(), nextTaskId: 1, replays: new Map() };
}

/** The other vendors' data, kept apart from the Altcraft store and written with it. */
const VENDOR_DATA: readonly VendorState<object>[] = [push0Data, daData];

let backend: DemoBackend = createBackend(seededStore());
let storage: RecordStorage | null = null;
/** The keys of the Altcraft records in storage, so a full rewrite deletes those it no longer has. */
let storedAltcraftKeys = new Set<string>();
/** The store's records are not (all) in storage yet: the next write writes them all (the seed, an import). */
let altcraftUnwritten = false;
/** The next id as last written: the meta record is written again only when it moves. */
let writtenNextId = 0;
/**
 * Every write also stores a new revision under this key. Where tabs each run a backend of their own
 * (no SharedWorker), a backend compares it with the one it knows before serving, and rereads what
 * another tab wrote (worker/acrossTabs.ts).
 */
export const REVISION_KEY = 'meta:revision';
/** The revision of the stored data this backend last read or wrote (undefined: none stored). */
let knownRevision: unknown;

export function currentBackend(): DemoBackend {
  return backend;
}

/** Serves `store` from now on (tests and benchmarks build their own); not written until it changes. */
export function installStore(store: DemoStore): void {
  backend = createBackend(store);
  writtenNextId = store.nextId;
}

/** Fresh seeded data for every vendor (tests call this between cases); stored data, if any, is kept. */
export function resetStore(): void {
  installStore(seededStore());
  for (const data of VENDOR_DATA) data.reset();
}

// ---------------------------------------------------------------------------------------------
// Writes: one at a time, each written whole or undone.

/** Thrown out of `persisted` when a change could not be written; the change has been undone. */
export class PersistError extends Error {
  constructor(reason: string) {
    super(
      `The demo data could not be saved: ${reason}. Nothing was changed. ` +
        'Free some disk space, or reset the demo data in Settings.',
    );
    this.name = 'PersistError';
  }
}

const SIMULATED_FULL = storageFailureReason(new DOMException('Simulated by fault injection', 'QuotaExceededError'));

let queue: Promise<unknown> = Promise.resolve();

/** Runs `work` after every write before it; writes never interleave, so each can be undone alone. */
function serialized<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

function altcraftChange(store: DemoStore, touched: readonly number[]): RecordChange {
  if (altcraftUnwritten) return fullChange(store.toState(), storedAltcraftKeys);
  const puts: [string, unknown][] = [];
  const deletes: string[] = [];
  for (const id of touched) {
    const { segment, members } = store.recordOf(id);
    if (segment) puts.push([segmentKey(id), segment]);
    else deletes.push(segmentKey(id));
    if (members) puts.push([membersKey(id), members]);
    else deletes.push(membersKey(id));
  }
  if (store.nextId !== writtenNextId) puts.push([ALTCRAFT_META_KEY, { seed: store.seed, nextId: store.nextId }]);
  return { puts, deletes };
}

const merge = (changes: readonly RecordChange[]): RecordChange => ({
  puts: changes.flatMap((change) => change.puts),
  deletes: changes.flatMap((change) => change.deletes),
});

/** Writes `change` (when there is storage) and takes it as the stored base; rejects as PersistError. */
async function write(change: RecordChange, store: DemoStore, vendorChanges: readonly RecordChange[]): Promise<void> {
  if (storage && !isEmptyChange(change)) {
    const revision = crypto.randomUUID();
    try {
      await storage.write({ puts: [...change.puts, [REVISION_KEY, revision]], deletes: change.deletes });
    } catch (error) {
      throw new PersistError(storageFailureReason(error));
    }
    knownRevision = revision;
  }
  for (const [key] of change.puts) if (key.startsWith('altcraft:')) storedAltcraftKeys.add(key);
  for (const key of change.deletes) storedAltcraftKeys.delete(key);
  altcraftUnwritten = false;
  writtenNextId = store.nextId;
  VENDOR_DATA.forEach((data, index) => data.written(vendorChanges[index] ?? null));
}

/**
 * Runs a request's work as one change: after it, the records it changed are written in one go.
 * When they cannot be, every vendor's data is put back as it was and PersistError is thrown, so the
 * request fails and nothing is half-written. Without storage (Node) the work just runs, one at a time.
 */
export function persisted<T>(work: () => T | Promise<T>, client?: string): Promise<T> {
  return serialized(async () => {
    const { store } = backend;
    store.begin();
    for (const data of VENDOR_DATA) data.begin();
    const rollback = () => {
      store.rollback();
      for (const data of VENDOR_DATA) data.rollback();
    };
    let result: T;
    try {
      result = await work();
    } catch (error) {
      rollback();
      throw error;
    }
    // Fault injection (behavior.ts): the write fails as a full storage would, before it is tried.
    const simulatedFull = getMockBehavior(client).storageFull;
    if (!storage && !simulatedFull) {
      store.commit();
      for (const data of VENDOR_DATA) data.written(null);
      return result;
    }
    const vendorChanges = VENDOR_DATA.map((data) => data.pending());
    try {
      const change = merge([altcraftChange(store, store.touched()), ...vendorChanges]);
      if (simulatedFull && !isEmptyChange(change)) throw new PersistError(SIMULATED_FULL);
      await write(change, store, vendorChanges);
    } catch (error) {
      rollback();
      throw error;
    }
    store.commit();
    return result;
  });
}

// ---------------------------------------------------------------------------------------------
// Storage: restored at start, rewritten by a reset.

/**
 * The first release kept the demo data in localStorage; a page that still has it hands it over
 * (browser.ts) and it replaces what is stored. The shapes are the first release's.
 */
export interface LegacyState {
  altcraft?: string | null;
  push0?: string | null;
  da?: string | null;
}

const legacyAltcraftSchema = z.object({
  seed: z.number(),
  nextId: z.number(),
  segments: z.array(wireSegmentRecordSchema),
  members: z.record(
    z.string(),
    z.union([z.object({ seeded: z.literal(true) }), z.object({ ids: z.array(z.string()) })]),
  ),
});

function parseJson(raw: string | null | undefined): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Serves the data of `records` (and of the first release's `legacy` data, which wins). */
function adoptRecords(records: ReadonlyMap<string, unknown>, legacy: LegacyState): void {
  storedAltcraftKeys = new Set([...records.keys()].filter((key) => key.startsWith('altcraft:')));
  knownRevision = records.get(REVISION_KEY);
  const imported = legacyAltcraftSchema.safeParse(parseJson(legacy.altcraft));
  const state: PersistedState | null = imported.success ? imported.data : stateFromRecords(records);
  installStore(state ? DemoStore.fromState(state, SEED_PICKS) : seededStore());
  altcraftUnwritten = state === null || imported.success;
  const vendorLegacy = [legacy.push0, legacy.da];
  VENDOR_DATA.forEach((data, index) => {
    data.restore(records);
    const raw = parseJson(vendorLegacy[index]);
    if (raw !== undefined) data.adopt(raw);
  });
}

/**
 * Rereads the stored data when another backend (another tab's worker) has written since this one
 * last read or wrote it, and says whether it did. What a backend keeps beside its data stays: the
 * answers it replays to a retried write (the same Request-ID) and its refresh tasks.
 */
export function refreshFromStorage(): Promise<boolean> {
  return serialized(async () => {
    if (!storage || (await storage.read(REVISION_KEY)) === knownRevision) return false;
    const records = await storage.load();
    const { tasks, replays, nextTaskId } = backend;
    adoptRecords(records, {});
    Object.assign(backend, { tasks, replays, nextTaskId });
    return true;
  });
}

/** Resolves once every write queued so far (the seed's, say) has landed or failed. */
export function writesSettled(): Promise<void> {
  return serialized(() => Promise.resolve());
}

/**
 * Takes the stored data from `target` (or seeds what it lacks, and writes the seed), and writes
 * every change to it from now on. Browser only; a failing first write is warned about and retried
 * with the next change.
 */
export async function enablePersistence(
  target: RecordStorage,
  legacy: LegacyState = {},
  { serveBeforeWritten = false }: { serveBeforeWritten?: boolean } = {},
): Promise<void> {
  await serialized(async () => {
    const records = await target.load();
    storage = target;
    adoptRecords(records, legacy);
  });
  // With serveBeforeWritten (the worker), requests are served from the store at once and the seed or
  // an import (10,000 records take seconds) is written behind them; the writes of requests queue after it.
  const written = serialized(() => writeEverythingPending('The demo data could not be stored'));
  if (!serveBeforeWritten) await written;
}

async function writeEverythingPending(warning: string): Promise<void> {
  const vendorChanges = VENDOR_DATA.map((data) => data.pending());
  try {
    await write(merge([altcraftChange(backend.store, []), ...vendorChanges]), backend.store, vendorChanges);
  } catch (error) {
    console.warn(`${warning}:`, error);
  }
}

/** Stops writing (tests); the current data stays as it is. */
export function disablePersistence(): void {
  storage = null;
  knownRevision = undefined;
  storedAltcraftKeys = new Set();
  altcraftUnwritten = false;
}

/** Drops every stored change and reseeds every vendor: the "Reset demo data" action. */
export function resetDemoData(): Promise<void> {
  return serialized(async () => {
    if (storage) {
      try {
        await storage.clear();
      } catch (error) {
        throw new PersistError(storageFailureReason(error));
      }
      knownRevision = undefined;
    }
    installStore(seededStore());
    for (const data of VENDOR_DATA) data.reset(true);
    storedAltcraftKeys = new Set();
    altcraftUnwritten = storage !== null;
    await writeEverythingPending('The reset demo data could not be stored');
  });
}
