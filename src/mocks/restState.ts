/**
 * The live demo data of a REST vendor (push0/store.ts, digitalAudience/store.ts) and its records in
 * the embedded backend's storage (storage/records.ts): one record per item of each list (a segment,
 * an audience) and one `meta` record with everything else (id counters, the lists' order). A change
 * writes only the records that differ from what is stored. backend.ts restores, writes, rolls back
 * and resets every vendor's data together.
 */
import type { ZodType } from 'zod';
import type { RecordChange } from './storage/records';

export interface VendorStateOptions<T> {
  /** The records' key prefix: "push0" gives `push0:meta`, `push0:segments:<id>`. */
  name: string;
  /** The whole state, checked when it is read back; a state that fails it is reseeded. */
  schema: ZodType<T>;
}

/** A vendor's live demo data, seeded, and what of it is stored. */
export interface VendorState<T> {
  /** Every record of this vendor has a key starting with this. */
  readonly prefix: string;
  /** The live data; handlers read it on every request, so a reset takes effect at once. */
  get(): T;
  /** Call after every change: its records are written when the request ends (backend.ts). */
  save(): void;
  /** Takes the stored state from `records` (or the seed, to be written, when there is none or it does not parse). */
  restore(records: ReadonlyMap<string, unknown>): void;
  /** Takes a whole state from elsewhere (the first release's localStorage), if it parses; written with the next write. */
  adopt(raw: unknown): void;
  /** Starts a change: the state as it is now is kept, to roll back to. */
  begin(): void;
  /** The records to write for the changes since begin (only those that differ from the stored ones). */
  pending(): RecordChange;
  /** The pending change is stored (or there is no storage): it becomes the new base. */
  written(change: RecordChange | null): void;
  /** Back to the state at begin. */
  rollback(): void;
  /** Fresh seeded data; `storageCleared` when the stored records are gone too ("Reset demo data"). */
  reset(storageCleared?: boolean): void;
}

type Id = string | number;
const hasId = (value: unknown): value is { id: Id } =>
  typeof value === 'object' && value !== null && 'id' in value && ['string', 'number'].includes(typeof value.id);

const META = 'meta';

/** The state as records by key suffix: each list item under `<list>:<id>`, the rest and the lists' order in `meta`. */
function recordsOf(state: object): Map<string, unknown> {
  const records = new Map<string, unknown>();
  const meta: Record<string, unknown> = {};
  const order: Record<string, Id[]> = {};
  for (const [field, value] of Object.entries(state)) {
    if (Array.isArray(value) && value.every(hasId)) {
      order[field] = value.map((item) => item.id);
      for (const item of value) records.set(`${field}:${item.id}`, item);
    } else meta[field] = value;
  }
  records.set(META, { ...meta, order });
  return records;
}

/** The state from records (by key suffix), or undefined when there is none; checked by the caller. */
function stateOf(records: ReadonlyMap<string, unknown>): unknown {
  const meta = records.get(META);
  if (typeof meta !== 'object' || meta === null || !('order' in meta)) return undefined;
  const { order, ...rest } = meta as { order: unknown } & Record<string, unknown>;
  if (typeof order !== 'object' || order === null) return undefined;
  const state: Record<string, unknown> = { ...rest };
  for (const [field, ids] of Object.entries(order)) {
    state[field] = Array.isArray(ids) ? ids.map((id) => records.get(`${field}:${String(id)}`)) : ids;
  }
  return state;
}

export function vendorState<T extends object>(
  { name, schema }: VendorStateOptions<T>,
  seeded: () => T,
): VendorState<T> {
  const prefix = `${name}:`;
  let state = seeded();
  /** What storage holds now, as JSON by full key: a change writes only what differs. */
  let stored = new Map<string, string>();
  let before: T | null = null;
  let changed = false;

  return {
    prefix,
    get: () => state,
    save() {
      changed = true;
    },
    restore(records) {
      const own = new Map<string, unknown>();
      for (const [key, value] of records) if (key.startsWith(prefix)) own.set(key.slice(prefix.length), value);
      stored = new Map([...own].map(([key, value]) => [prefix + key, JSON.stringify(value)]));
      const parsed = schema.safeParse(stateOf(own));
      state = parsed.success ? parsed.data : seeded();
      // A state that was not stored (first visit) or did not parse is written whole.
      changed = !parsed.success;
    },
    adopt(raw) {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return;
      state = parsed.data;
      changed = true;
    },
    begin() {
      before = structuredClone(state);
      changed = false;
    },
    pending() {
      if (!changed) return { puts: [], deletes: [] };
      const current = new Map([...recordsOf(state)].map(([key, value]) => [prefix + key, value]));
      const puts = [...current].filter(([key, value]) => stored.get(key) !== JSON.stringify(value));
      return { puts, deletes: [...stored.keys()].filter((key) => !current.has(key)) };
    },
    written(change) {
      before = null;
      changed = false;
      if (!change) return;
      for (const [key, value] of change.puts) stored.set(key, JSON.stringify(value));
      for (const key of change.deletes) stored.delete(key);
    },
    rollback() {
      if (before) state = before;
      before = null;
      changed = false;
    },
    reset(storageCleared = false) {
      state = seeded();
      if (storageCleared) stored = new Map();
      changed = true;
    },
  };
}
