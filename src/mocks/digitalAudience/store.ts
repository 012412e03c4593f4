/**
 * The embedded Digital Audience account's data, and its browser persistence under its own
 * versioned key (the same scheme as src/mocks/push0/store.ts). backend.ts switches persistence
 * on and off and resets it with the other vendors' data.
 */
import { z } from 'zod';
import { seededDaAudiences, seededDaSegments, type DaAudience, type DaSegment } from './seed';

export const DA_STORAGE_VERSION = 1;
const keyOf = (version: number) => `segment-studio:demo-da:v${version}`;
export const DA_STORAGE_KEY = keyOf(DA_STORAGE_VERSION);

export interface DaState {
  segments: DaSegment[];
  audiences: DaAudience[];
}

const nullableNumber = z.number().nullable();
const segmentSchema = z.object({
  id: z.number(),
  segmentId: z.number(),
  segmentRefId: z.string().nullable(),
  name: z.string(),
  description: z.string().nullable(),
  categoryId: nullableNumber,
  accountId: z.number(),
  audienceId: z.number(),
  platformId: z.number(),
  userId: z.number(),
  userName: z.string(),
  extend: z.boolean(),
  active: z.boolean(),
  isRecurring: z.boolean(),
  isSystemGenerated: z.boolean(),
  country: z.number(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.string(),
  statusId: z.number(),
  totalLogCount: z.number(),
  totalReadyCount: nullableNumber,
  totalProcessingCount: nullableNumber,
  totalPendingCount: z.number(),
  totalUploadCount: z.number(),
  totalFailedCount: nullableNumber,
  totalNoDataCount: nullableNumber,
  totalSegmentUploadCount: z.number(),
  created: z.string(),
  updated: z.string(),
}) satisfies z.ZodType<DaSegment>;

const audienceSchema = z.object({
  id: z.number(),
  name: z.string(),
  description: z.string().nullable(),
  campaignId: z.number(),
  campaignName: z.string(),
  accountId: z.number(),
  created: z.string(),
  updated: z.string(),
}) satisfies z.ZodType<DaAudience>;

const savedSchema = z.object({ segments: z.array(segmentSchema), audiences: z.array(audienceSchema) });

const seeded = (): DaState => ({ segments: seededDaSegments(), audiences: seededDaAudiences() });

let state: DaState = seeded();
let storage: Storage | null = null;

/** The live data; handlers read it on every request, so a reset takes effect at once. */
export function daState(): DaState {
  return state;
}

/**
 * The segment a route or body names. The vendor's routes say `{segmentid}` while the get route is
 * called loadsegmentbyid, and a segment has both `id` and `segmentId` (unconfirmed which one the
 * routes take), so either finds it: the seed keeps the two ranges apart (seed.ts).
 */
export function findDaSegment(key: number): DaSegment | undefined {
  return state.segments.find((segment) => segment.id === key) ?? state.segments.find((s) => s.segmentId === key);
}

/** Call after every change: saves the whole state when persistence is on. */
export function saveDa(): void {
  if (!storage) return;
  try {
    storage.setItem(DA_STORAGE_KEY, JSON.stringify(state));
  } catch (error) {
    // A full or disabled storage must not break a request; the change just won't survive a reload.
    console.warn('Digital Audience demo data could not be saved:', error);
  }
}

function loadSaved(target: Storage): DaState | null {
  try {
    for (let version = 1; version < DA_STORAGE_VERSION; version++) target.removeItem(keyOf(version));
    const raw = target.getItem(DA_STORAGE_KEY);
    if (raw === null) return null;
    const parsed = savedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Browser only: restore saved changes from `target` (or keep the seed) and save every change. */
export function enableDaPersistence(target: Storage): void {
  storage = target;
  state = loadSaved(target) ?? seeded();
}

export function disableDaPersistence(): void {
  storage = null;
}

/** Fresh seeded data; saved changes stay until the next change overwrites them (as resetStore). */
export function resetDa(): void {
  state = seeded();
}

/** Drops the saved changes too: "Reset demo data". */
export function clearDa(): void {
  try {
    storage?.removeItem(DA_STORAGE_KEY);
  } catch {
    // Nothing saved can be read back from a storage that fails, either.
  }
  resetDa();
}
