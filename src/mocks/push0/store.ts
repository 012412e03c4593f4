/**
 * The embedded Push0 account's data, and its browser persistence. It is small (a few dozen
 * segments), so the whole state is saved after every change under its own versioned key; bumping
 * PUSH0_STORAGE_VERSION drops every browser's saved changes, as for the Altcraft data
 * (src/mocks/persistence.ts). backend.ts switches persistence on and off and resets it together
 * with the Altcraft store, so one "Reset demo data" resets every vendor.
 */
import { z } from 'zod';
import { push0Id, seededPush0Segments, PUSH0_SEED_COUNT, type Push0Segment } from './seed';

export const PUSH0_STORAGE_VERSION = 1;
const keyOf = (version: number) => `segment-studio:demo-push0:v${version}`;
export const PUSH0_STORAGE_KEY = keyOf(PUSH0_STORAGE_VERSION);

export interface Push0State {
  /** Sequence number of the next id to draw (ids come from the seeded generator, see push0Id). */
  nextSequence: number;
  segments: Push0Segment[];
}

const constraintSchema = z.object({ field: z.string(), relation: z.string(), value: z.unknown() });
const savedSchema: z.ZodType<Push0State> = z.object({
  nextSequence: z.number().int(),
  segments: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string().nullable(),
      constraints: z.array(z.object({ type: z.enum(['AND', 'OR']), constraints: z.array(constraintSchema) })),
      createdAt: z.number(),
      updatedAt: z.number().nullable(),
    }),
  ),
});

const seeded = (): Push0State => ({ nextSequence: PUSH0_SEED_COUNT, segments: seededPush0Segments() });

let state: Push0State = seeded();
let storage: Storage | null = null;

/** The live data; handlers read it on every request, so a reset takes effect at once. */
export function push0State(): Push0State {
  return state;
}

/** Draws the next unused id. */
export function nextPush0Id(): string {
  for (;;) {
    const id = push0Id(state.nextSequence++);
    if (!state.segments.some((segment) => segment.id === id)) return id;
  }
}

/** Call after every change: saves the whole state when persistence is on. */
export function savePush0(): void {
  if (!storage) return;
  try {
    storage.setItem(PUSH0_STORAGE_KEY, JSON.stringify(state));
  } catch (error) {
    // A full or disabled storage must not break a request; the change just won't survive a reload.
    console.warn('Push0 demo data could not be saved:', error);
  }
}

function loadSaved(target: Storage): Push0State | null {
  try {
    for (let version = 1; version < PUSH0_STORAGE_VERSION; version++) target.removeItem(keyOf(version));
    const raw = target.getItem(PUSH0_STORAGE_KEY);
    if (raw === null) return null;
    const parsed = savedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Browser only: restore saved changes from `target` (or keep the seed) and save every change. */
export function enablePush0Persistence(target: Storage): void {
  storage = target;
  state = loadSaved(target) ?? seeded();
}

export function disablePush0Persistence(): void {
  storage = null;
}

/** Fresh seeded data; saved changes stay until the next change overwrites them (as resetStore). */
export function resetPush0(): void {
  state = seeded();
}

/** Drops the saved changes too: "Reset demo data". */
export function clearPush0(): void {
  try {
    storage?.removeItem(PUSH0_STORAGE_KEY);
  } catch {
    // Nothing saved can be read back from a storage that fails, either.
  }
  resetPush0();
}
