/**
 * The Altcraft store's records in the embedded backend's storage (storage/records.ts): one record
 * per segment, one per static segment's members, and the account's meta (seed, next id). A change
 * writes only the records of the segments it touched.
 */
import { z } from 'zod';
import { wireSegmentRecordSchema } from '@/api/altcraft/wire';
import { LEGACY_KEYS } from './legacyKeys';
import type { RecordChange } from './storage/records';

/**
 * Part of the database's name: bumping it makes every browser start from a fresh seed, which is how
 * a change to the seed or to the stored shape ships without migrations (browser.ts deletes older ones).
 */
export const STORAGE_VERSION = 2;
export const DATABASE_NAME = `segment-studio-demo-v${STORAGE_VERSION}`;

/** Where the first release kept this data in localStorage (legacyKeys.ts); benchmarks seed through it. */
export const STORAGE_KEY = LEGACY_KEYS.altcraft;

/** Static members are either still the seeded pick (cheap to store) or an explicit id list. */
const membersSchema = z.union([z.object({ seeded: z.literal(true) }), z.object({ ids: z.array(z.string()) })]);
export type PersistedMembers = z.infer<typeof membersSchema>;

const metaSchema = z.object({ seed: z.number(), nextId: z.number() });

export interface PersistedState {
  seed: number;
  nextId: number;
  segments: z.infer<typeof wireSegmentRecordSchema>[];
  members: Record<string, PersistedMembers>;
}

const PREFIX = 'altcraft:';
export const ALTCRAFT_META_KEY = `${PREFIX}meta`;
export const segmentKey = (id: number): string => `${PREFIX}segment:${id}`;
export const membersKey = (id: number): string => `${PREFIX}members:${id}`;

/** Every record of `state`, for a first write (the seed) or a full rewrite. */
export function recordsOfState(state: PersistedState): [string, unknown][] {
  return [
    [ALTCRAFT_META_KEY, { seed: state.seed, nextId: state.nextId }],
    ...state.segments.map((segment): [string, unknown] => [segmentKey(Number(segment.id)), segment]),
    ...Object.entries(state.members).map(([id, members]): [string, unknown] => [membersKey(Number(id)), members]),
  ];
}

/** A full rewrite: every record of `state`, and deletes of the stored Altcraft records it no longer has. */
export function fullChange(state: PersistedState, stored: Iterable<string>): RecordChange {
  const puts = recordsOfState(state);
  const kept = new Set(puts.map(([key]) => key));
  return { puts, deletes: [...stored].filter((key) => key.startsWith(PREFIX) && !kept.has(key)) };
}

/**
 * The saved state in `records`, or null when there is none or a record no longer parses (then the
 * caller reseeds and rewrites).
 */
export function stateFromRecords(records: ReadonlyMap<string, unknown>): PersistedState | null {
  const meta = metaSchema.safeParse(records.get(ALTCRAFT_META_KEY));
  if (!meta.success) return null;
  const state: PersistedState = { ...meta.data, segments: [], members: {} };
  for (const [key, value] of records) {
    const [prefix, kind, id] = key.split(':');
    if (`${prefix}:` !== PREFIX || id === undefined) continue;
    if (kind === 'segment') {
      const parsed = wireSegmentRecordSchema.safeParse(value);
      if (!parsed.success) return null;
      state.segments.push(parsed.data);
    } else if (kind === 'members') {
      const parsed = membersSchema.safeParse(value);
      if (!parsed.success) return null;
      state.members[id] = parsed.data;
    }
  }
  return state;
}
