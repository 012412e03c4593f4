/**
 * Zod schemas of Push0's wire format, from the vendor's "Segments: Create" page (copied into
 * fixtures/, see fixtures/README.md) and the other endpoints as PUSH0_PATHS describes them.
 *
 * The schemas only validate: no defaults, transforms or coercion, so a value that passes is used
 * as it came and keeps the server's key order (see `validated` in ../validate.ts). Objects are
 * loose so unknown keys survive a round trip.
 */
import { z } from 'zod';

/** Documented as strings (`sg_…` in the list, `seg_…` in the update example); never check a prefix. */
export const push0IdSchema = z.union([z.string().min(1), z.number()]);
export type Push0Id = z.infer<typeof push0IdSchema>;

/** Epoch milliseconds. */
export const push0EpochSchema = z.number();

/** One rule: `{field, relation, value}` (documented). */
export const push0ConstraintSchema = z.looseObject({
  field: z.string(),
  relation: z.string(),
  value: z.unknown(),
});
export type Push0Constraint = z.infer<typeof push0ConstraintSchema>;

/**
 * A group of at most 10 rules combined by `type`. Its items are checked one by one when read: an
 * item the adapter does not understand becomes an opaque condition, kept verbatim, instead of
 * making the whole segment unreadable.
 */
export const push0GroupSchema = z.looseObject({
  type: z.enum(['AND', 'OR']),
  constraints: z.array(z.unknown()),
});
export type Push0Group = z.infer<typeof push0GroupSchema>;
export type Push0GroupType = Push0Group['type'];

/** The top level: groups, combined with AND (documented). */
export const push0ConstraintsSchema = z.array(push0GroupSchema);

/** A stored segment as the list and get answer it. `updatedAt` is null until the first edit. */
export const push0SegmentSchema = z.looseObject({
  id: push0IdSchema,
  name: z.string(),
  description: z.string().nullable().optional(),
  constraints: push0ConstraintsSchema,
  createdAt: push0EpochSchema.nullable().optional(),
  updatedAt: push0EpochSchema.nullable().optional(),
});
export type Push0Segment = z.infer<typeof push0SegmentSchema>;

/**
 * A list item: the same object, but the list needs only its summary, so one segment with odd
 * constraints does not make the whole page unreadable (get still checks them).
 */
export const push0ListItemSchema = z.looseObject({
  id: push0IdSchema,
  name: z.string(),
  description: z.string().nullable().optional(),
  constraints: z.unknown().optional(),
  createdAt: push0EpochSchema.nullable().optional(),
  updatedAt: push0EpochSchema.nullable().optional(),
});
export type Push0ListItem = z.infer<typeof push0ListItemSchema>;

/** List and get both answer a bare array (get: zero or one segment). */
export const push0ListSchema = z.array(push0ListItemSchema);
export const push0GetSchema = z.array(push0SegmentSchema);

/** POST body (documented). */
export const push0CreateBodySchema = z.looseObject({
  name: z.string(),
  description: z.string().optional(),
  constraints: push0ConstraintsSchema,
});
export type Push0CreateBody = z.infer<typeof push0CreateBodySchema>;

/** PATCH body: the id and only the fields that changed (documented partial update). */
export const push0UpdateBodySchema = z.looseObject({
  id: push0IdSchema,
  name: z.string().optional(),
  description: z.string().optional(),
  constraints: push0ConstraintsSchema.optional(),
});
export type Push0UpdateBody = z.infer<typeof push0UpdateBodySchema>;

/** "Returns segment id": a bare JSON string, `{id}`, or the whole segment (all three accepted). */
export const push0CreatedSchema = z.union([z.string().min(1), z.looseObject({ id: push0IdSchema })]);
export type Push0Created = z.infer<typeof push0CreatedSchema>;

/** "…or error message": a non-2xx status with this body when there is one. */
export const push0ErrorSchema = z.looseObject({ message: z.string() });
