/**
 * The one live instance of the embedded backend: the store, its evaluator, and the runtime state
 * the handlers keep (recount tasks, replayed writes). Handlers look it up on every request, so a
 * reset swaps the whole world at once without re-registering handlers.
 */
import { daData } from './digitalAudience/store';
import { SegmentEvaluator } from './evaluation';
import { clearState, loadState, saveState } from './persistence';
import { push0Data } from './push0/store';
import { SEED_PICKS, seededStore } from './seed';
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

/** The other vendors' data, kept and saved apart from the Altcraft store. */
const VENDOR_DATA = [push0Data, daData];

let backend: DemoBackend = createBackend(seededStore());
let storage: Storage | null = null;
let unsubscribe: () => void = () => {};

export function currentBackend(): DemoBackend {
  return backend;
}

/** Serves `store` from now on, saving it when persistence is on (benchmarks build their own). */
export function installStore(store: DemoStore): void {
  unsubscribe();
  backend = createBackend(store);
  const target = storage;
  unsubscribe = target ? store.subscribe(() => saveState(target, store.toState())) : () => {};
}

/**
 * Fresh seeded data for every vendor (tests call this between cases). Saved browser state, if
 * any, is kept.
 */
export function resetStore(): void {
  installStore(seededStore());
  for (const data of VENDOR_DATA) data.reset();
}

/**
 * Browser only: restore the saved state from `target` (or keep the seed when there is none or it
 * is from another version) and save after every change from now on.
 */
export function enablePersistence(target: Storage): void {
  storage = target;
  const saved = loadState(target);
  installStore(saved ? DemoStore.fromState(saved, SEED_PICKS) : seededStore());
  // Push0 and Digital Audience keep their data under their own keys (push0/store.ts, digitalAudience/store.ts).
  for (const data of VENDOR_DATA) data.enable(target);
}

/** Stops saving (tests); the current data stays as it is. */
export function disablePersistence(): void {
  storage = null;
  unsubscribe();
  unsubscribe = () => {};
  for (const data of VENDOR_DATA) data.disable();
}

/** Drops every saved change and reseeds: the "Reset demo data" action. */
export function resetDemoData(): void {
  if (storage) clearState(storage);
  for (const data of VENDOR_DATA) data.clear();
  resetStore();
}
