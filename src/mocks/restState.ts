/**
 * Browser persistence of demo data under a versioned localStorage key,
 * `segment-studio:<name>:v<version>`: bumping the version makes every browser drop its saved
 * changes and reseed, which is how a change to the seed or to the stored shape ships without
 * migrations. Storage that fails never breaks a request: a save that cannot be read back reseeds,
 * a change that cannot be written just won't survive a reload.
 *
 * storageSlot is the key and its load/save (the Altcraft store's persistence.ts uses it);
 * vendorState adds the live state the REST vendors' stores keep (push0/store.ts,
 * digitalAudience/store.ts), which backend.ts switches on, off and resets with the rest.
 */
import type { ZodType } from 'zod';

export interface StorageSlotOptions<T> {
  /** The key's middle part: "demo-push0" gives `segment-studio:demo-push0:v1`. */
  name: string;
  version: number;
  schema: ZodType<T>;
  /** What the warning of a failed save calls the data, e.g. "Push0 demo data". */
  label: string;
}

export interface StorageSlot<T> {
  /** The current version's key. */
  readonly key: string;
  /** The saved state, or null when there is none or it no longer parses (then the caller reseeds). */
  load(storage: Storage): T | null;
  save(storage: Storage, state: T): void;
}

export function storageSlot<T>({ name, version, schema, label }: StorageSlotOptions<T>): StorageSlot<T> {
  const keyOf = (v: number) => `segment-studio:${name}:v${v}`;
  const key = keyOf(version);
  return {
    key,
    load(storage) {
      try {
        // Older versions' data can never load again; free the space it takes.
        for (let older = 1; older < version; older++) storage.removeItem(keyOf(older));
        const raw = storage.getItem(key);
        if (raw === null) return null;
        const parsed = schema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save(storage, state) {
      try {
        storage.setItem(key, JSON.stringify(state));
      } catch (error) {
        // A full or disabled storage must not break a request; the change just won't survive a reload.
        console.warn(`${label} could not be saved:`, error);
      }
    },
  };
}

/** A vendor's live demo data, seeded, and saved whole after every change while persistence is on. */
export interface VendorState<T> {
  /** The current version's key. */
  readonly key: string;
  /** The live data; handlers read it on every request, so a reset takes effect at once. */
  get(): T;
  /** Call after every change: saves the whole state when persistence is on. */
  save(): void;
  /** Browser only: restore saved changes from `target` (or keep the seed) and save every change. */
  enable(target: Storage): void;
  disable(): void;
  /** Fresh seeded data; saved changes stay until the next change overwrites them (as resetStore). */
  reset(): void;
  /** Drops the saved changes too: "Reset demo data". */
  clear(): void;
}

export function vendorState<T>(options: StorageSlotOptions<T>, seeded: () => T): VendorState<T> {
  const slot = storageSlot(options);
  let state = seeded();
  let storage: Storage | null = null;
  return {
    key: slot.key,
    get: () => state,
    save() {
      if (storage) slot.save(storage, state);
    },
    enable(target) {
      storage = target;
      state = slot.load(target) ?? seeded();
    },
    disable() {
      storage = null;
    },
    reset() {
      state = seeded();
    },
    clear() {
      try {
        storage?.removeItem(slot.key);
      } catch {
        // Nothing saved can be read back from a storage that fails, either.
      }
      state = seeded();
    },
  };
}
