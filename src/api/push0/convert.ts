/**
 * Canonical segment ⇄ Push0 segment. The shapes differ in one way: Push0's top level is a list of
 * groups ANDed together, each holding at most 10 constraints and no further groups. So:
 * - read: one block whose root is an AND group holding one group per wire group;
 * - write: the root's groups in order, and conditions placed directly at the root (beside the
 *   groups) as ONE extra group written LAST. Last, so the groups read from the server keep their
 *   positions (and node ids) on the next read. It is AND, or OR when the root is an OR holding
 *   conditions only (the same meaning either way).
 * Anything Push0 cannot store is refused with an ApiError 'unsupported', never dropped.
 */
import type { Block, Group, OpaqueCondition, Segment, TreeNode } from '@/domain/model';
import { unsupported } from '../errors';
import { jsonEqual } from '../json';
import { NO_DATABASE } from '../provider';
import { validated } from '../validate';
import { decodeConstraint, encodeConstraint, opaqueConstraint, PUSH0_VENDOR } from './constraint';
import { PUSH0_MAX_CONSTRAINTS_PER_GROUP } from './endpoints';
import {
  constraintNodeId,
  groupNodeId,
  indexOrigin,
  makeOrigin,
  PUSH0_ROOT_ID,
  readOrigin,
  type OriginIndex,
} from './origin';
import { push0SegmentSchema, type Push0CreateBody, type Push0Group, type Push0GroupType } from './wire';

/** An instant as ISO 8601, or undefined for a value `Date` cannot hold. */
export function isoOf(ms: number | null | undefined): string | undefined {
  if (typeof ms !== 'number') return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The vendor a refusal names; its words come from the catalog of the reader's language. */
const PUSH0 = { vendor: 'Push0' };

const TYPE_OF = { and: 'AND', or: 'OR' } as const satisfies Record<Group['combinator'], Push0GroupType>;

// ---------------------------------------------------------------------------------------------
// fromWire

function decodeGroup(group: Push0Group, g: number): Group {
  const children = group.constraints.map((item, c): TreeNode => {
    const id = constraintNodeId(g, c);
    return decodeConstraint(item, id) ?? opaqueConstraint(item, id);
  });
  return { type: 'group', id: groupNodeId(g), combinator: group.type === 'OR' ? 'or' : 'and', children };
}

/**
 * A segment from the wire form the list and get answer. Anything that is not that form is an
 * ApiError 'bad_response'; a constraint the adapter does not understand is kept as an opaque
 * condition.
 */
export function fromWire(wire: unknown): Segment {
  const record = validated(push0SegmentSchema, wire);
  const root: Group = {
    type: 'group',
    id: PUSH0_ROOT_ID,
    combinator: 'and',
    children: record.constraints.map(decodeGroup),
  };
  const segment: Segment = {
    id: record.id,
    name: record.name,
    tags: [],
    kind: 'dynamic',
    refreshDaily: false,
    databaseId: NO_DATABASE,
    blocks: [{ databaseId: NO_DATABASE, sample: { from: 0, to: 100 }, limit: 0, root }],
    origin: makeOrigin(record),
  };
  if (record.description) segment.description = record.description;
  // Never edited: last changed when it was created.
  const updatedAt = isoOf(record.updatedAt ?? record.createdAt);
  if (updatedAt) segment.updatedAt = updatedAt;
  return segment;
}

// ---------------------------------------------------------------------------------------------
// toWire

function encodeOpaque(node: OpaqueCondition): unknown {
  if (node.vendor !== PUSH0_VENDOR) throw unsupported({ code: 'foreign_condition', params: { label: node.label } });
  return node.raw;
}

function encodeLeaf(node: TreeNode, origin: OriginIndex): unknown {
  if (node.type === 'opaque') return encodeOpaque(node);
  if (node.type === 'group') throw unsupported({ code: 'no_nested_groups', params: PUSH0 });
  // An unchanged condition goes back exactly as it was read (an `EQUALS` stays `EQUALS`).
  const raw = origin.constraints.get(node.id);
  if (raw !== undefined && jsonEqual(decodeConstraint(raw, node.id), node)) return raw;
  return encodeConstraint(node);
}

function checkSize(count: number): void {
  if (count > PUSH0_MAX_CONSTRAINTS_PER_GROUP) {
    throw unsupported({ code: 'group_too_big', params: { ...PUSH0, limit: PUSH0_MAX_CONSTRAINTS_PER_GROUP, count } });
  }
}

function encodeGroup(group: Group, origin: OriginIndex): Push0Group {
  if (group.not) throw unsupported({ code: 'no_not', params: PUSH0 });
  checkSize(group.children.length);
  const type = TYPE_OF[group.combinator];
  const constraints = group.children.map((child) => encodeLeaf(child, origin));
  // A group read from the server keeps its own keys and their order.
  const raw = origin.groups.get(group.id);
  return raw ? { ...raw, type, constraints } : { type, constraints };
}

function encodeRoot(root: Group, origin: OriginIndex): Push0Group[] {
  if (root.not) throw unsupported({ code: 'no_not', params: PUSH0 });
  const groups = root.children.filter((child): child is Group => child.type === 'group');
  const leaves = root.children.filter((child) => child.type !== 'group');
  // The top level is always ANDed; an OR root means the same only around a single part.
  if (root.combinator === 'or' && groups.length > 0 && root.children.length > 1) {
    throw unsupported({ code: 'and_only', params: PUSH0 });
  }
  const out = groups.map((group) => encodeGroup(group, origin));
  if (leaves.length > 0) {
    checkSize(leaves.length);
    const type: Push0GroupType = root.combinator === 'or' ? 'OR' : 'AND';
    out.push({ type, constraints: leaves.map((leaf) => encodeLeaf(leaf, origin)) });
  }
  return out;
}

function checkBlock(block: Block): void {
  if (block.sample.from !== 0 || block.sample.to !== 100) throw unsupported({ code: 'no_sample', params: PUSH0 });
  if (block.limit !== 0) throw unsupported({ code: 'no_limit', params: PUSH0 });
}

/** The constraints of a segment: its one block's tree, or none. */
export function constraintsOf(segment: Segment, origin: OriginIndex): Push0Group[] {
  if (segment.kind !== 'dynamic') throw unsupported({ code: 'dynamic_only', params: PUSH0 });
  if (segment.blocks.length > 1) throw unsupported({ code: 'one_block', params: PUSH0 });
  const block = segment.blocks[0];
  if (!block) return [];
  checkBlock(block);
  return encodeRoot(block.root, origin);
}

/**
 * The create body `{name, description?, constraints}` of a segment. Throws ApiError 'unsupported'
 * for what Push0 cannot store. Tags and `databaseId` are ignored: Push0 has neither (capabilities).
 */
export function toWire(segment: Segment): Push0CreateBody {
  const constraints = constraintsOf(segment, indexOrigin(readOrigin(segment.origin)));
  return {
    name: segment.name,
    ...(segment.description ? { description: segment.description } : {}),
    constraints,
  };
}
