/**
 * What a segment was read as, kept on `Segment.origin`: the whole wire segment. From it, update
 * sends only the fields that changed (patch.ts), and toWire writes every unchanged group and
 * constraint back exactly as read (an `EQUALS`, a key order, an extra key).
 */
import type { SegmentOrigin } from '@/domain/model';
import { PUSH0_VENDOR } from './constraint';
import { push0SegmentSchema, type Push0Group, type Push0Segment } from './wire';

/** Ids of the parts read from the wire: stable per position, so a re-read finds its origin again. */
export const PUSH0_ROOT_ID = 'p0-root';
export const groupNodeId = (group: number): string => `p0-${group}`;
export const constraintNodeId = (group: number, item: number): string => `p0-${group}-${item}`;

export function makeOrigin(segment: Push0Segment): SegmentOrigin {
  return { vendor: PUSH0_VENDOR, data: segment };
}

/** The wire segment read, or null when the origin is missing, foreign or damaged (e.g. by storage). */
export function readOrigin(origin: SegmentOrigin | undefined): Push0Segment | null {
  if (origin?.vendor !== PUSH0_VENDOR) return null;
  return push0SegmentSchema.safeParse(origin.data).success ? (origin.data as Push0Segment) : null;
}

export interface OriginIndex {
  groups: ReadonlyMap<string, Push0Group>;
  constraints: ReadonlyMap<string, unknown>;
}

/** The read groups and constraints by the node id fromWire gave them. */
export function indexOrigin(segment: Push0Segment | null): OriginIndex {
  const groups = new Map<string, Push0Group>();
  const constraints = new Map<string, unknown>();
  segment?.constraints.forEach((group, g) => {
    groups.set(groupNodeId(g), group);
    group.constraints.forEach((item, c) => constraints.set(constraintNodeId(g, c), item));
  });
  return { groups, constraints };
}
