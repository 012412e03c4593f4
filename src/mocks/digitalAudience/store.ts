/**
 * The embedded Digital Audience account's data, and its records in the embedded backend's storage
 * (src/mocks/restState.ts, as for Push0). backend.ts restores, writes and resets it with the other
 * vendors' data.
 */
import { z } from 'zod';
import { LEGACY_KEYS } from '../legacyKeys';
import { vendorState } from '../restState';
import { seededDaAudiences, seededDaSegments, type DaAudience, type DaSegment } from './seed';

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

/** The live data and its persistence, which backend.ts switches on and off and resets with the other vendors'. */
export const daData = vendorState({ name: 'da', schema: savedSchema }, seeded);

/** Where the first release kept the Digital Audience demo data (localStorage, see legacyKeys.ts). */
export const DA_STORAGE_KEY = LEGACY_KEYS.da;

/** The live data; handlers read it on every request, so a reset takes effect at once. */
export const daState = (): DaState => daData.get();

/**
 * The segment a route or body names. The vendor's routes say `{segmentid}` while the get route is
 * called loadsegmentbyid, and a segment has both `id` and `segmentId` (unconfirmed which one the
 * routes take), so either finds it: the seed keeps the two ranges apart (seed.ts).
 */
export function findDaSegment(key: number): DaSegment | undefined {
  const { segments } = daData.get();
  return segments.find((segment) => segment.id === key) ?? segments.find((s) => s.segmentId === key);
}

/** Call after every change: its records are written when the request ends. */
export const saveDa = (): void => daData.save();
