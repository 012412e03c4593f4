/**
 * Canonical segment ⇄ Altcraft segment body. Kind rules (docs/contracts.md §1, documented):
 * dynamic = `is_static: false` + `segment[]`; static = `is_static: true`, top-level `list_id`, no
 * `segment`; updatable = `is_static: true` + `segment[]` + `is_refresh_daily`. Updates also carry
 * `id` and the top-level `list_id`, as every update example does.
 */
import type { Block, Condition, Group, OpaqueCondition, Segment, SegmentKind, TreeNode } from '@/domain/model';
import { unsupported } from '../errors';
import { jsonEqual } from '../json';
import { SYSTEM_FIELD_WIRE_TYPES } from './fieldTypes';
import { nestedGroupQuery, readNestedGroup } from './nesting';
import { makeOrigin, readOrigin, ALTCRAFT_VENDOR, type OriginNodes } from './origin';
import { decodeCondition, encodeCondition, opaqueQuery } from './queryCodec';
import {
  wireQuerySchema,
  type AltcraftBlock,
  type AltcraftQuery,
  type AltcraftSegmentBody,
  type AltcraftSegmentRecord,
} from './wire';

/** Why a negated group is refused, worded per language when shown. */
const NO_NOT = { code: 'no_not', params: { vendor: 'Altcraft' } } as const;

export interface WireContext {
  /** Default: 'update' when the segment has an id. */
  mode?: 'create' | 'update';
  /** Altcraft type of a field, for conditions written afresh (from databases/fields_get). */
  wireTypeOf?: (field: string) => string | undefined;
  /**
   * Send the segment's tags as `ui_tags`. Only where they are stored (the embedded backend):
   * segments/add and segments/update document no tags, so a real server gets none.
   */
  tags?: boolean;
}

/** Both a segments/get record and an add/update body can be read back. */
export type WireSegmentLike = Pick<AltcraftSegmentRecord, 'name'> &
  Partial<
    Pick<
      AltcraftSegmentRecord,
      'id' | 'description' | 'count' | 'is_static' | 'is_refresh_daily' | 'list_id' | 'ui_tags' | 'segment'
    >
  >;

/** What the record may lack, e.g. from the list item it was opened from. */
export interface FromWireExtras {
  kind?: SegmentKind;
  databaseId?: number;
  tags?: string[];
  updatedAt?: string;
}

/** Ids of parts read from the wire: stable per position, so a re-read finds its origin again. */
export function wireNodeId(path: readonly number[]): string {
  return `ac-${path.join('-')}`;
}

// ---------------------------------------------------------------------------------------------
// fromWire

function decodeQuery(query: AltcraftQuery, path: number[], nodes: OriginNodes): TreeNode {
  const id = wireNodeId(path);
  const group = readNestedGroup(query);
  if (group) {
    nodes[id] = { ...query, child: [] };
    const children = group.child.map((child, index) => decodeQuery(child, [...path, index], nodes));
    return { type: 'group', id, combinator: group.combinator, children };
  }
  const condition = decodeCondition(query, id);
  if (!condition) return opaqueQuery(query, id);
  nodes[id] = query;
  return condition;
}

function blockSettings(raw: Record<string, unknown>) {
  const num = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
  return {
    condition: raw.condition === 'or' ? 'or' : 'and',
    limit: num(raw.limit, 0),
    list_id: num(raw.list_id, 0),
    percent_from: num(raw.percent_from, 0),
    percent_to: num(raw.percent_to, 100),
  } as const;
}

function decodeBlock(block: AltcraftBlock, index: number, nodes: OriginNodes): Block {
  const id = wireNodeId([index]);
  nodes[id] = { ...block, queries: [] };
  const settings = blockSettings(block);
  const children = block.queries.map((query, at) => decodeQuery(query, [index, at], nodes));
  return {
    databaseId: settings.list_id,
    sample: { from: settings.percent_from, to: settings.percent_to },
    limit: settings.limit,
    root: { type: 'group', id, combinator: settings.condition, children },
  };
}

function kindOf(record: WireSegmentLike, hasConditions: boolean, extras: FromWireExtras): SegmentKind {
  if (record.is_static === false) return 'dynamic';
  if (record.is_static === true) return hasConditions ? 'updatable' : 'static';
  // Documented get answers omit the flags: the caller may know better, else guess from conditions.
  return extras.kind ?? (hasConditions ? 'dynamic' : 'static');
}

export function fromWire(record: WireSegmentLike, extras: FromWireExtras = {}): Segment {
  const nodes: OriginNodes = {};
  const wireBlocks = record.segment ?? [];
  const blocks = wireBlocks.map((block, index) => decodeBlock(block, index, nodes));
  const segment: Segment = {
    name: record.name,
    tags: record.ui_tags ?? extras.tags ?? [],
    kind: kindOf(record, wireBlocks.length > 0, extras),
    refreshDaily: record.is_refresh_daily ?? false,
    databaseId: record.list_id ?? wireBlocks[0]?.list_id ?? extras.databaseId ?? 0,
    blocks,
    origin: makeOrigin(nodes),
  };
  if (record.id !== undefined) segment.id = record.id;
  if (record.description) segment.description = record.description;
  if (typeof record.count === 'number') segment.count = record.count;
  if (extras.updatedAt) segment.updatedAt = extras.updatedAt;
  return segment;
}

// ---------------------------------------------------------------------------------------------
// toWire

function asQuery(raw: unknown): AltcraftQuery | null {
  return wireQuerySchema.safeParse(raw).success ? (raw as AltcraftQuery) : null;
}

function createEncoder(nodes: OriginNodes, wireTypeOf: WireContext['wireTypeOf']) {
  function encodeOpaque(node: OpaqueCondition): AltcraftQuery {
    const raw = node.vendor === ALTCRAFT_VENDOR ? asQuery(node.raw) : null;
    if (!raw) throw unsupported({ code: 'foreign_condition', params: { label: node.label } });
    return raw;
  }

  function encodeLeaf(condition: Condition): AltcraftQuery {
    const raw = asQuery(nodes[condition.id]);
    if (raw) {
      const before = decodeCondition(raw, condition.id);
      if (before && jsonEqual(before, condition)) return raw;
    }
    const wireType =
      (raw?.name === condition.field ? raw.type : undefined) ??
      wireTypeOf?.(condition.field) ??
      SYSTEM_FIELD_WIRE_TYPES[condition.field];
    if (!wireType) throw unsupported({ code: 'field_type_unknown', params: { field: condition.field } });
    const fresh = encodeCondition(condition, wireType);
    // Keys such as `child: []` of the read form stay where they were.
    return raw ? { ...raw, ...fresh } : fresh;
  }

  function encodeGroup(group: Group): AltcraftQuery {
    if (group.not) throw unsupported(NO_NOT);
    const child = group.children.map(encodeNode);
    const raw = asQuery(nodes[group.id]);
    return raw && readNestedGroup(raw)
      ? { ...raw, condition: group.combinator, child }
      : nestedGroupQuery(group.combinator, child);
  }

  function encodeNode(node: TreeNode): AltcraftQuery {
    if (node.type === 'opaque') return encodeOpaque(node);
    return node.type === 'group' ? encodeGroup(node) : encodeLeaf(node);
  }

  function encodeBlock(block: Block): AltcraftBlock {
    const { root } = block;
    if (root.not) throw unsupported(NO_NOT);
    const queries = root.children.map(encodeNode);
    const settings = {
      condition: root.combinator,
      limit: block.limit,
      list_id: block.databaseId,
      percent_from: block.sample.from,
      percent_to: block.sample.to,
    };
    const raw = nodes[root.id];
    if (!raw) return { ...settings, queries };
    // Only settings that changed are rewritten, so e.g. an absent `limit` stays absent.
    const before = blockSettings(raw);
    const out: Record<string, unknown> = { ...raw };
    for (const key of Object.keys(settings) as Array<keyof typeof settings>) {
      if (before[key] !== settings[key]) out[key] = settings[key];
    }
    out.queries = queries;
    return out as AltcraftBlock;
  }

  return { encodeBlock };
}

function numericId(id: number | string | undefined): number {
  const value = typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id;
  if (typeof value !== 'number') throw unsupported({ code: 'no_id' });
  return value;
}

/** The add/update request body (token excluded). Throws ApiError 'unsupported' for what Altcraft cannot store. */
export function toWire(segment: Segment, context: WireContext = {}): AltcraftSegmentBody {
  const mode = context.mode ?? (segment.id === undefined ? 'create' : 'update');
  const body: AltcraftSegmentBody =
    mode === 'update'
      ? {
          id: numericId(segment.id),
          list_id: segment.databaseId,
          name: segment.name,
          is_static: segment.kind !== 'dynamic',
        }
      : { name: segment.name, is_static: segment.kind !== 'dynamic' };
  if (segment.kind === 'static' && mode === 'create') body.list_id = segment.databaseId;
  // An update always says which tags remain (none clears them); a create without tags sends none.
  if (context.tags && (mode === 'update' || segment.tags.length > 0)) body.ui_tags = [...segment.tags];
  if (segment.kind !== 'dynamic') body.is_refresh_daily = segment.kind === 'updatable' && segment.refreshDaily;
  if (segment.kind !== 'static') {
    const { encodeBlock } = createEncoder(readOrigin(segment.origin), context.wireTypeOf);
    body.segment = segment.blocks.map(encodeBlock);
  }
  return body;
}
