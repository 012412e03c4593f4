/**
 * The embedded Push0 account's data, and its records in the embedded backend's storage
 * (src/mocks/restState.ts: a record per segment, written when it changes). backend.ts restores,
 * writes and resets it together with the Altcraft store, so one "Reset demo data" resets every vendor.
 */
import { z } from 'zod';
import { LEGACY_KEYS } from '../legacyKeys';
import { vendorState } from '../restState';
import { push0Id, seededPush0Segments, PUSH0_SEED_COUNT, type Push0Segment } from './seed';

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

/** The live data and its persistence, which backend.ts switches on and off and resets with the other vendors'. */
export const push0Data = vendorState({ name: 'push0', schema: savedSchema }, seeded);

/** Where the first release kept Push0's demo data (localStorage, see legacyKeys.ts). */
export const PUSH0_STORAGE_KEY = LEGACY_KEYS.push0;

/** The live data; handlers read it on every request, so a reset takes effect at once. */
export const push0State = (): Push0State => push0Data.get();

/** Draws the next unused id. */
export function nextPush0Id(): string {
  const state = push0Data.get();
  for (;;) {
    const id = push0Id(state.nextSequence++);
    if (!state.segments.some((segment) => segment.id === id)) return id;
  }
}

/** Call after every change: its records are written when the request ends. */
export const savePush0 = (): void => push0Data.save();
