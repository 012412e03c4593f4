/**
 * Browser persistence of the demo store's mutable part. The key carries a version: bumping
 * STORAGE_VERSION makes every browser drop its saved changes and reseed, which is how a change
 * to the seed or to the stored shape ships without migrations.
 */
import { z } from 'zod';
import { wireSegmentRecordSchema } from '@/api/altcraft/wire';

export const STORAGE_VERSION = 1;
const keyOf = (version: number) => `segment-studio:demo:v${version}`;
export const STORAGE_KEY = keyOf(STORAGE_VERSION);

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

/** The saved state, or null when there is none or it no longer parses (then the caller reseeds). */
export function loadState(storage: Storage): PersistedState | null {
  // Older versions' data can never load again; free the space it takes.
  for (let version = 1; version < STORAGE_VERSION; version++) storage.removeItem(keyOf(version));
  try {
    const raw = storage.getItem(STORAGE_KEY);
    if (raw === null) return null;
    const parsed = persistedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveState(storage: Storage, state: PersistedState): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch (error) {
    // A full or disabled storage must not break the demo; the session simply won't survive a reload.
    console.warn('Demo data could not be saved:', error);
  }
}

export function clearState(storage: Storage): void {
  storage.removeItem(STORAGE_KEY);
}
