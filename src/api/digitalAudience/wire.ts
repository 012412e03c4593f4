/**
 * Zod schemas of Digital Audience's wire format (docs/contracts.md §3), requests and answers.
 *
 * The vendor's page lists the segment's properties but shows no answer, so the schemas are
 * tolerant: every property is optional and nullable, ids are numbers or strings. Only `name` and
 * one of the two ids are required, which is what tells a segment from any other object. Schemas
 * only validate (no transforms), and objects are loose, so a segment is kept exactly as it came:
 * `payload()` shows that object (see `validated` in ../validate.ts).
 */
import { z } from 'zod';

/** Ids are integers on the page's routes; a string form is kept as sent. */
export const daIdSchema = z.union([z.number(), z.string()]);

const maybe = <S extends z.ZodType>(schema: S) => schema.nullable().optional();

export const daSegmentSchema = z
  .looseObject({
    // identity
    id: maybe(daIdSchema),
    segmentId: maybe(daIdSchema),
    segmentRefId: maybe(daIdSchema),
    name: z.string(),
    description: maybe(z.string()),
    categoryId: maybe(daIdSchema),
    // ownership
    accountId: maybe(daIdSchema),
    audienceId: maybe(daIdSchema),
    platformId: maybe(daIdSchema),
    userId: maybe(daIdSchema),
    userName: maybe(z.string()),
    // flags
    extend: maybe(z.boolean()),
    active: maybe(z.boolean()),
    isRecurring: maybe(z.boolean()),
    isSystemGenerated: maybe(z.boolean()),
    /** ISO 3166-1 numeric. */
    country: maybe(z.number()),
    /** ISO 8601, UTC. */
    startDate: maybe(z.string()),
    endDate: maybe(z.string()),
    status: maybe(z.string()),
    statusId: maybe(z.number()),
    // pipeline counters
    totalLogCount: maybe(z.number()),
    totalReadyCount: maybe(z.number()),
    totalProcessingCount: maybe(z.number()),
    totalPendingCount: maybe(z.number()),
    totalUploadCount: maybe(z.number()),
    totalFailedCount: maybe(z.number()),
    totalNoDataCount: maybe(z.number()),
    totalSegmentUploadCount: maybe(z.number()),
    created: maybe(z.string()),
    updated: maybe(z.string()),
  })
  .refine((segment) => segment.id != null || segment.segmentId != null, {
    message: 'a segment has an id or a segmentId',
    path: ['id'],
  });
export type DaSegment = z.infer<typeof daSegmentSchema>;

/** The segments of one audience. */
export const daSegmentListSchema = z.array(daSegmentSchema);

/** Login's answer, once `{data: …}` is unwrapped: `true` when signed in (documented). */
export const daLoginAnswerSchema = z.boolean();

/**
 * updateenddate's answer: the segment (docs/contracts.md §3), or a bare acknowledgement
 * (DA_UNCONFIRMED.readBackAfterEndDateAck).
 */
export const daEndDateAnswerSchema = z.union([daSegmentSchema, z.literal(true)]);

/** createcrmaudience's answer: `{id, name, description, campaignId, campaignName, …}`; only `id` is needed. */
export const daCreatedAudienceSchema = z.looseObject({
  id: daIdSchema,
  name: maybe(z.string()),
  description: maybe(z.string()),
  campaignId: maybe(daIdSchema),
  campaignName: maybe(z.string()),
});
export type DaCreatedAudience = z.infer<typeof daCreatedAudienceSchema>;

/** A failure's body, when it has one. */
export const daErrorSchema = z.looseObject({ message: z.string() });

// ---------------------------------------------------------------------------------------------
// Requests (what the adapter sends; the contract tests check the vendor's examples against them)

export const daLoginRequestSchema = z.strictObject({ userName: z.string(), password: z.string() });
export type DaLoginRequest = z.infer<typeof daLoginRequestSchema>;

export const daEndDateRequestSchema = z.strictObject({ segmentid: daIdSchema, endDate: z.string() });
export type DaEndDateRequest = z.infer<typeof daEndDateRequestSchema>;

export const daCreateAudienceRequestSchema = z.strictObject({
  name: z.string(),
  description: z.string().optional(),
  campaignId: daIdSchema,
});
export type DaCreateAudienceRequest = z.infer<typeof daCreateAudienceRequestSchema>;
