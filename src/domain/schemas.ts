/** zod schemas of the canonical model, for every boundary that receives a segment as data. */
import { z } from 'zod';
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

export const fieldTypeSchema = z.enum(['string', 'email', 'number', 'date', 'boolean', 'enum', 'version', 'list']);
export const operatorIdSchema = z.enum(OPERATOR_IDS);
export const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);

export const conditionValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('one'), value: scalarSchema }),
  z.object({ kind: z.literal('two'), from: scalarSchema, to: scalarSchema }),
  z.object({ kind: z.literal('list'), values: z.array(scalarSchema) }),
]);

export const conditionSchema: z.ZodType<Condition> = z.object({
  type: z.literal('condition'),
  id: z.string().min(1),
  field: z.string(),
  operator: operatorIdSchema,
  value: conditionValueSchema,
});

export const opaqueConditionSchema: z.ZodType<OpaqueCondition> = z.object({
  type: z.literal('opaque'),
  id: z.string().min(1),
  vendor: z.string(),
  label: z.string(),
  raw: z.unknown(),
});

export const groupSchema: z.ZodType<Group> = z.object({
  type: z.literal('group'),
  id: z.string().min(1),
  combinator: z.enum(['and', 'or']),
  not: z.boolean().optional(),
  get children(): z.ZodArray<z.ZodType<TreeNode>> {
    return z.array(treeNodeSchema);
  },
});

export const treeNodeSchema: z.ZodType<TreeNode> = z.union([groupSchema, conditionSchema, opaqueConditionSchema]);

export const sampleRangeSchema = z.object({ from: z.number(), to: z.number() });

export const blockSchema = z.object({
  databaseId: z.number(),
  sample: sampleRangeSchema,
  limit: z.number(),
  root: groupSchema,
});

export const segmentSchema: z.ZodType<Segment> = z.object({
  id: z.union([z.number(), z.string()]).optional(),
  name: z.string(),
  description: z.string().optional(),
  tags: z.array(z.string()),
  kind: z.enum(['static', 'dynamic', 'updatable']),
  refreshDaily: z.boolean(),
  databaseId: z.number(),
  blocks: z.array(blockSchema),
  count: z.number().optional(),
  updatedAt: z.string().optional(),
  lifecycle: z
    .object({
      status: z.string().optional(),
      active: z.boolean().optional(),
      recurring: z.boolean().optional(),
      startDate: z.string().optional(),
      endDate: z.string().optional(),
      createdAt: z.string().optional(),
      counters: z.partialRecord(z.enum(PIPELINE_COUNTERS), z.number()).optional(),
    })
    .optional(),
  // Adapter-owned; kept so a parsed draft still saves back byte for byte.
  origin: z.object({ vendor: z.string(), data: z.unknown() }).optional(),
});

export const fieldDescriptorSchema = z.object({
  name: z.string(),
  label: z.string(),
  type: fieldTypeSchema,
  category: z.enum(['system', 'custom']),
  options: z.array(z.object({ value: scalarSchema, label: z.string() })).optional(),
  withTime: z.boolean().optional(),
});

export const fieldCatalogSchema = z.array(fieldDescriptorSchema);
