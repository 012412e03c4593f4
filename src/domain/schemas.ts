/**
 * zod schemas of the canonical model, for every boundary that receives a segment as data. zod/mini,
 * whose functions tree-shake, like the wire schemas: the editor's chunk carries no classic zod.
 */
import { z } from 'zod/mini';
import {
  PIPELINE_COUNTERS,
  type Condition,
  type Group,
  type OperatorId,
  type OpaqueCondition,
  type Segment,
  type TreeNode,
} from './model';
import { OPERATORS } from './operators';

const OPERATOR_IDS = Object.keys(OPERATORS) as [OperatorId, ...OperatorId[]];

const nonEmpty = () => z.string().check(z.minLength(1));

export const fieldTypeSchema = z.enum(['string', 'email', 'number', 'date', 'boolean', 'enum', 'version', 'list']);
export const operatorIdSchema = z.enum(OPERATOR_IDS);
export const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);

export const conditionValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('one'), value: scalarSchema }),
  z.object({ kind: z.literal('two'), from: scalarSchema, to: scalarSchema }),
  z.object({ kind: z.literal('list'), values: z.array(scalarSchema) }),
]);

export const conditionSchema: z.ZodMiniType<Condition> = z.object({
  type: z.literal('condition'),
  id: nonEmpty(),
  field: z.string(),
  operator: operatorIdSchema,
  value: conditionValueSchema,
});

export const opaqueConditionSchema: z.ZodMiniType<OpaqueCondition> = z.object({
  type: z.literal('opaque'),
  id: nonEmpty(),
  vendor: z.string(),
  label: z.string(),
  raw: z.unknown(),
});

export const groupSchema: z.ZodMiniType<Group> = z.object({
  type: z.literal('group'),
  id: nonEmpty(),
  combinator: z.enum(['and', 'or']),
  not: z.optional(z.boolean()),
  get children(): z.ZodMiniArray<z.ZodMiniType<TreeNode>> {
    return z.array(treeNodeSchema);
  },
});

export const treeNodeSchema: z.ZodMiniType<TreeNode> = z.union([groupSchema, conditionSchema, opaqueConditionSchema]);

export const sampleRangeSchema = z.object({ from: z.number(), to: z.number() });

export const blockSchema = z.object({
  databaseId: z.number(),
  sample: sampleRangeSchema,
  limit: z.number(),
  root: groupSchema,
});

export const segmentSchema: z.ZodMiniType<Segment> = z.object({
  id: z.optional(z.union([z.number(), z.string()])),
  name: z.string(),
  description: z.optional(z.string()),
  tags: z.array(z.string()),
  kind: z.enum(['static', 'dynamic', 'updatable']),
  refreshDaily: z.boolean(),
  databaseId: z.number(),
  blocks: z.array(blockSchema),
  count: z.optional(z.number()),
  updatedAt: z.optional(z.string()),
  lifecycle: z.optional(
    z.object({
      status: z.optional(z.string()),
      active: z.optional(z.boolean()),
      recurring: z.optional(z.boolean()),
      startDate: z.optional(z.string()),
      endDate: z.optional(z.string()),
      createdAt: z.optional(z.string()),
      counters: z.optional(z.partialRecord(z.enum(PIPELINE_COUNTERS), z.number())),
    }),
  ),
  // Adapter-owned; kept so a parsed draft still saves back byte for byte.
  origin: z.optional(z.object({ vendor: z.string(), data: z.unknown() })),
});

export const fieldDescriptorSchema = z.object({
  name: z.string(),
  label: z.string(),
  type: fieldTypeSchema,
  category: z.enum(['system', 'custom']),
  options: z.optional(z.array(z.object({ value: scalarSchema, label: z.string() }))),
  withTime: z.optional(z.boolean()),
});

export const fieldCatalogSchema = z.array(fieldDescriptorSchema);
