/**
 * The wire form each part of a segment was read in, kept on `Segment.origin` so an unchanged part
 * is written back exactly as read (key order and extra keys included). Keyed by node id; child
 * lists are stored empty because they are rebuilt from the tree.
 */
import { z } from 'zod/mini';
import type { SegmentOrigin } from '@/domain/model';

export const ALTCRAFT_VENDOR = 'altcraft';

export type OriginNodes = Record<string, Record<string, unknown>>;

const originDataSchema = z.object({ nodes: z.record(z.string(), z.record(z.string(), z.unknown())) });

export function makeOrigin(nodes: OriginNodes): SegmentOrigin {
  return { vendor: ALTCRAFT_VENDOR, data: { nodes } };
}

/** The recorded parts; none when the origin is missing, foreign or damaged (e.g. by storage). */
export function readOrigin(origin: SegmentOrigin | undefined): OriginNodes {
  if (origin?.vendor !== ALTCRAFT_VENDOR) return {};
  const parsed = originDataSchema.safeParse(origin.data);
  return parsed.success ? (origin.data as { nodes: OriginNodes }).nodes : {};
}
