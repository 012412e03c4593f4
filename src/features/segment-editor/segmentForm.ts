/**
 * The editor's form values and how they map to and from the canonical segment. The form edits the
 * segment itself (so the domain schema validates it and 450 field paths land on the same names);
 * it only adds what an input needs: a description that is always a string, and at least one block
 * to hang the condition tree on even while the segment is static.
 */
import { segmentSchema } from '@/domain/schemas';
import { FULL_SAMPLE } from '@/domain/sample';
import { newGroup } from '@/domain/tree';
import type { Block, Capabilities, Segment, SegmentKind } from '@/domain/model';
import { jsonEqual } from '@/api/json';

export interface SegmentFormValues extends Segment {
  description: string;
}

export function newBlock(databaseId: number): Block {
  return { databaseId, sample: { ...FULL_SAMPLE }, limit: 0, root: newGroup('and') };
}

/** The kind a new segment starts as: dynamic where the backend has it, as most segments are. */
export function defaultKind(kinds: readonly SegmentKind[]): SegmentKind {
  return kinds.includes('dynamic') ? 'dynamic' : (kinds[0] ?? 'dynamic');
}

export function newSegmentValues(capabilities: Pick<Capabilities, 'kinds'>, databaseId: number): SegmentFormValues {
  return {
    name: '',
    description: '',
    tags: [],
    kind: defaultKind(capabilities.kinds),
    // Marketers who pick "updatable" want it refreshed; the switch is there to turn it off.
    refreshDaily: true,
    databaseId,
    blocks: [newBlock(databaseId)],
  };
}

export function toFormValues(segment: Segment): SegmentFormValues {
  const blocks = segment.blocks.length > 0 ? segment.blocks : [newBlock(segment.databaseId)];
  return { ...segment, description: segment.description ?? '', blocks };
}

/**
 * The segment as it will be saved. A static segment sends no conditions: its members are managed
 * on the detail page, and the tree stays in the form only so switching back loses nothing.
 */
export function toSegment(values: SegmentFormValues): Segment {
  const { description, ...rest } = values;
  const segment: Segment = { ...rest, name: values.name.trim() };
  const trimmed = description.trim();
  if (trimmed) segment.description = trimmed;
  if (values.kind === 'static') segment.blocks = [];
  return segment;
}

/** Points the segment and every block at another database (only possible before creation). */
export function withDatabase(values: SegmentFormValues, databaseId: number): SegmentFormValues {
  return { ...values, databaseId, blocks: values.blocks.map((block) => ({ ...block, databaseId })) };
}

/** Reads form values back from untrusted data (a stored draft), checked by the domain schema. */
export function parseFormValues(value: unknown): SegmentFormValues | null {
  const result = segmentSchema.safeParse(value);
  return result.success ? toFormValues(result.data) : null;
}

/**
 * Form snapshots are plain JSON and immutable: an edit replaces only the path to what it changed,
 * so the comparison skips every shared subtree instead of serialising 1,000 conditions.
 */
export function sameValues(a: SegmentFormValues, b: SegmentFormValues): boolean {
  return jsonEqual(a, b);
}
