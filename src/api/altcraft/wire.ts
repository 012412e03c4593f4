/**
 * Zod schemas of the Altcraft API v1.1 wire format (docs/contracts.md §1), requests and answers.
 *
 * The schemas only validate: no defaults, transforms or coercion. A value that passes is used as
 * it came, which keeps the server's key order, so a segment read and written back unchanged is the
 * same JSON text (see `validated` in ../validate.ts). Objects are loose so unknown keys survive.
 */
import { z } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** Record ids are documented as integers; some versions send strings, which are kept as sent. */
export const wireIdSchema = z.union([z.number(), z.string()]);

/** One named argument of a query's `value` list, e.g. `{"name": "default", "value": 2}`. */
export const wireArgSchema = z.looseObject({ name: z.string(), value: z.unknown() });
export type AltcraftArg = z.infer<typeof wireArgSchema>;

export interface AltcraftQuery {
  compo: string;
  name: string;
  operator: string;
  type: string;
  value: AltcraftArg[];
  /** Read form: `""` on plain queries; `"and"`/`"or"` on a nested group (unconfirmed). */
  condition?: string;
  /** Read form: `[]` on plain queries; the members of a nested group (unconfirmed). */
  child?: AltcraftQuery[];
  object_path?: string | null;
  object_type?: string | null;
  [key: string]: unknown;
}

export const wireQuerySchema: z.ZodMiniType<AltcraftQuery> = z.looseObject({
  compo: z.string(),
  name: z.string(),
  operator: z.string(),
  type: z.string(),
  value: z.array(wireArgSchema),
  condition: z.optional(z.string()),
  get child() {
    return z.optional(z.array(wireQuerySchema));
  },
  object_path: z.optional(z.nullable(z.string())),
  object_type: z.optional(z.nullable(z.string())),
});

/** One item of `segment[]`: a block of queries over one database. */
export const wireBlockSchema = z.looseObject({
  condition: z.string(),
  limit: z.optional(z.number()),
  list_id: z.number(),
  percent_from: z.optional(z.number()),
  percent_to: z.optional(z.number()),
  queries: z.array(wireQuerySchema),
});
export type AltcraftBlock = z.infer<typeof wireBlockSchema>;

/** Access group reference; its key case varies between versions (`Groups/Id/Name` or lower case). */
export const wireGroupRefSchema = z.looseObject({
  Id: z.optional(wireIdSchema),
  Name: z.optional(z.string()),
  id: z.optional(wireIdSchema),
  name: z.optional(z.string()),
});
export type AltcraftGroupRef = z.infer<typeof wireGroupRefSchema>;

/** Paging of list methods: `from_id` (default 1) and `limit` (default 1000). */
export const wirePagingSchema = z.looseObject({
  from_id: z.optional(z.number()),
  limit: z.optional(z.number()),
});

// ---------------------------------------------------------------------------------------------
// Envelope

/** Every answer: `error` is 0 on success, and HTTP 200 can still carry an error. */
export const wireEnvelopeSchema = z.looseObject({
  error: z.number(),
  error_text: z.optional(z.string()),
  data: z.optional(z.unknown()),
});

/** List methods add paging at the top level. */
export const wireListEnvelopeSchema = z.looseObject({
  error: z.number(),
  error_text: z.optional(z.string()),
  data: z.unknown(),
  next_from_id: z.optional(z.nullable(z.number())),
  total_count: z.optional(z.nullable(z.number())),
});

export function envelopeOf<S extends $ZodType>(data: S) {
  return z.extend(wireEnvelopeSchema, { data });
}

export function listEnvelopeOf<S extends $ZodType>(item: S) {
  return z.extend(wireListEnvelopeSchema, { data: z.array(item) });
}

// ---------------------------------------------------------------------------------------------
// Segments

/** Body of segments/add/ and segments/update/, token excluded (it travels in a header). */
export const wireSegmentBodySchema = z.looseObject({
  id: z.optional(z.number()),
  list_id: z.optional(z.number()),
  name: z.string(),
  is_static: z.boolean(),
  is_refresh_daily: z.optional(z.boolean()),
  /** Not documented for add/update: only the embedded backend stores tags (capabilities.tags). */
  ui_tags: z.optional(z.array(z.string())),
  segment: z.optional(z.array(wireBlockSchema)),
});
export type AltcraftSegmentBody = z.infer<typeof wireSegmentBodySchema>;

export const wireSegmentAddRequestSchema = wireSegmentBodySchema;
export const wireSegmentUpdateRequestSchema = z.extend(wireSegmentBodySchema, { id: z.number() });

/** `data` of segments/add/ and segments/update/. */
export const wireSavedSchema = z.looseObject({ saved_id: z.number() });

export const wireIdRequestSchema = z.looseObject({ id: wireIdSchema });
/** segments/get/ and segments/delete/ send `{id}`. */
export const wireSegmentGetRequestSchema = wireIdRequestSchema;
export const wireSegmentDeleteRequestSchema = wireIdRequestSchema;

/**
 * `data` of segments/get/: documented `{id, name, count, segment[]}`, `description` in some
 * versions. The kind flags, `list_id` and `ui_tags` are read when present (the embedded backend
 * sends them; real servers may not).
 */
export const wireSegmentRecordSchema = z.looseObject({
  id: wireIdSchema,
  name: z.string(),
  description: z.optional(z.nullable(z.string())),
  count: z.optional(z.nullable(z.number())),
  is_static: z.optional(z.boolean()),
  is_refresh_daily: z.optional(z.boolean()),
  list_id: z.optional(z.nullable(z.number())),
  ui_tags: z.optional(z.nullable(z.array(z.string()))),
  segment: z.optional(z.nullable(z.array(wireBlockSchema))),
});
export type AltcraftSegmentRecord = z.infer<typeof wireSegmentRecordSchema>;

export const wireSegmentListRequestSchema = z.extend(wirePagingSchema, {
  ui_tags: z.optional(z.array(z.string())),
  groups: z.optional(z.array(z.string())),
  groups_id: z.optional(z.array(z.number())),
});
export type AltcraftSegmentListRequest = z.infer<typeof wireSegmentListRequestSchema>;

/** One item of segments/list/. Kind flags, `list_id` and `count` are read when present. */
export const wireSegmentListItemSchema = z.looseObject({
  id: wireIdSchema,
  name: z.string(),
  ui_tags: z.optional(z.nullable(z.array(z.string()))),
  Groups: z.optional(z.nullable(z.array(wireGroupRefSchema))),
  groups: z.optional(z.nullable(z.array(wireGroupRefSchema))),
  is_static: z.optional(z.boolean()),
  is_refresh_daily: z.optional(z.boolean()),
  list_id: z.optional(z.nullable(z.number())),
  count: z.optional(z.nullable(z.number())),
});
export type AltcraftSegmentListItem = z.infer<typeof wireSegmentListItemSchema>;

// ---------------------------------------------------------------------------------------------
// Counters and tasks

/** segments/get_counters and segments/refresh_counters; the database key is unconfirmed. */
export const wireCountersRequestSchema = z.looseObject({
  id: wireIdSchema,
  resource_id: z.optional(z.number()),
  db_id: z.optional(z.number()),
  list_id: z.optional(z.number()),
});

export const wireChannelCountersSchema = z.looseObject({
  channel: z.string(),
  status: z.looseObject({ subscribed_sendable: z.number(), unconfirmed_sendable: z.number() }),
});
export const wireCountersSchema = z.array(wireChannelCountersSchema);

export const wireTaskRefSchema = z.looseObject({ task_id: wireIdSchema });
export const wireTaskStatusRequestSchema = wireTaskRefSchema;
export const wireTaskStatusSchema = z.looseObject({
  status: z.string(),
  progress: z.optional(z.number()),
});

// ---------------------------------------------------------------------------------------------
// Static membership

export const wireSegstaticRequestSchema = z.looseObject({
  segment_id: wireIdSchema,
  db_id: z.number(),
  profile_id: z.string(),
  skip_triggers: z.optional(z.boolean()),
});
export type AltcraftSegstaticRequest = z.infer<typeof wireSegstaticRequestSchema>;

// ---------------------------------------------------------------------------------------------
// Databases and fields

export const wireDatabaseListRequestSchema = wirePagingSchema;
export const wireDatabaseListItemSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  ui_tags: z.optional(z.nullable(z.array(z.string()))),
  Groups: z.optional(z.nullable(z.array(wireGroupRefSchema))),
  groups: z.optional(z.nullable(z.array(wireGroupRefSchema))),
});
export type AltcraftDatabaseListItem = z.infer<typeof wireDatabaseListItemSchema>;

export const wireDatabaseGetRequestSchema = z.looseObject({ id: z.number() });
export const wireDatabaseSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  description: z.optional(z.nullable(z.string())),
  suppress_id: z.optional(z.nullable(z.number())),
});

/** databases/fields_get/: one database id under a parameter name that is unconfirmed (endpoints.ts). */
export const wireFieldsRequestSchema = z.record(z.string(), z.number());

/**
 * A field descriptor, shape copied from resources/fields_get (unconfirmed). `dictionary` is read
 * leniently: a list of values, of `{value|id|key, title|name|label}` objects, or a value→title map.
 */
export const wireFieldSchema = z.looseObject({
  name: z.string(),
  title: z.optional(z.nullable(z.string())),
  type: z.string(),
  category: z.optional(z.nullable(z.string())),
  required: z.optional(z.nullable(z.boolean())),
  dictionary: z.optional(z.unknown()),
});
export type AltcraftField = z.infer<typeof wireFieldSchema>;
export const wireFieldsSchema = z.array(wireFieldSchema);

// ---------------------------------------------------------------------------------------------
// Embedded demo backend only (never on a real Altcraft server)

/** segments/estimate/ takes the add body and answers the total and a count per group path. */
export const wireEstimateRequestSchema = wireSegmentBodySchema;
export const wireEstimateSchema = z.looseObject({
  total: z.number(),
  /** Keyed by `wirePathKey` of each group: "0" is block 0's root, "0.2" its third query. */
  per_group: z.record(z.string(), z.number()),
});

/** databases/field_values/ (embedded backend only): `{id, field, prefix?, limit?}`. */
export const wireFieldValuesRequestSchema = z.looseObject({
  id: z.number(),
  field: z.string(),
  prefix: z.optional(z.string()),
  limit: z.optional(z.number()),
});
export const wireFieldValuesSchema = z.looseObject({
  values: z.array(z.looseObject({ value: z.string(), count: z.number() })),
  complete: z.boolean(),
});

/** profiles/check/: is one profile (by id or email) in a saved segment, and why. */
export const wireProfileCheckRequestSchema = z.looseObject({
  segment_id: wireIdSchema,
  profile: z.string(),
});
export const wireExplainItemSchema = z.looseObject({
  /** `wirePathKey` of the block root, group or query the line is about. */
  path: z.string(),
  matched: z.boolean(),
  text: z.string(),
});
export const wireProfileCheckSchema = z.looseObject({
  profile_id: z.string(),
  in_segment: z.boolean(),
  explain: z.array(wireExplainItemSchema),
});

/** segments/members/ (embedded backend only): the first `limit` members of a segment. */
export const wireMembersRequestSchema = z.looseObject({
  id: wireIdSchema,
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
});
export const wireMemberSchema = z.looseObject({
  id: z.string(),
  email: z.optional(z.nullable(z.string())),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export const wireMembersSchema = z.looseObject({
  total: z.int().check(z.minimum(0)),
  /** ISO 8601: when the members were counted. */
  counted_at: z.optional(z.string()),
  profiles: z.array(wireMemberSchema),
});
export type AltcraftMembersRequest = z.infer<typeof wireMembersRequestSchema>;
