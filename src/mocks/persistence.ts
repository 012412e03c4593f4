/**
 * Browser persistence of the demo store's mutable part. The key carries a version: bumping
 * STORAGE_VERSION makes every browser drop its saved changes and reseed, which is how a change
 * to the seed or to the stored shape ships without migrations.
 */
import { z } from 'zod';
import { wireSegmentRecordSchema } from '@/api/altcraft/wire';
import { storageSlot } from './restState';

export const STORAGE_VERSION = 1;

/** Static members are either still the seeded pick (cheap to store) or an explicit id list. */
const membersSchema = z.union([z.object({ seeded: z.literal(true) }), z.object({ ids: z.array(z.string()) })]);
export type PersistedMembers = z.infer<typeof membersSchema>;

const persistedSchema = z.object({
  seed: z.number(),
  nextId: z.number(),
  segments: z.array(wireSegmentRecordSchema),
  members: z.record(z.string(), membersSchema),
});
export type PersistedState = z.infer<typeof persistedSchema>;

const slot = storageSlot({ name: 'demo', version: STORAGE_VERSION, schema: persistedSchema, label: 'Demo data' });
export const STORAGE_KEY = slot.key;

/** The saved state, or null when there is none or it no longer parses (then the caller reseeds). */
export const loadState = (storage: Storage): PersistedState | null => slot.load(storage);

/** A storage that fails to save is warned about, not thrown: the session just won't survive a reload. */
export const saveState = (storage: Storage, state: PersistedState): void => slot.save(storage, state);

export function clearState(storage: Storage): void {
  storage.removeItem(STORAGE_KEY);
}
