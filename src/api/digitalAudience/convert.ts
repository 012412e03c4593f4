/**
 * Digital Audience segments in the canonical model. They have no rules: a segment is its name,
 * status, schedule and pipeline counters, shown read-only (capabilities.conditions is false). The
 * wire object rides along on `origin`, so the payload view shows exactly what the server sent.
 */
import { PIPELINE_COUNTERS, type PipelineCounter, type Segment, type SegmentLifecycle } from '@/domain/model';
import { NO_DATABASE, type SegmentSummary } from '../provider';
import { daInstant } from './dates';
import { DA_UNCONFIRMED } from './endpoints';
import { daSegmentSchema, type DaSegment } from './wire';

export const DA_VENDOR = 'digitalAudience';

type WireKey = keyof typeof daSegmentSchema.shape;

/** Which wire counter feeds each pipeline counter of the model. */
export const DA_COUNTER_KEYS = {
  log: 'totalLogCount',
  ready: 'totalReadyCount',
  processing: 'totalProcessingCount',
  pending: 'totalPendingCount',
  upload: 'totalUploadCount',
  failed: 'totalFailedCount',
  noData: 'totalNoDataCount',
  segmentUpload: 'totalSegmentUploadCount',
} as const satisfies Record<PipelineCounter, WireKey>;
type CounterKey = (typeof DA_COUNTER_KEYS)[PipelineCounter];

/** The same object without its undefined properties, so absent facts stay absent. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const otherKey = DA_UNCONFIRMED.segmentKey === 'id' ? 'segmentId' : 'id';

/** The id the routes take (DA_UNCONFIRMED.segmentKey); the schema guarantees one of the two. */
export function segmentKeyOf(wire: DaSegment): number | string {
  return wire[DA_UNCONFIRMED.segmentKey] ?? wire[otherKey] ?? '';
}

/** The vendor's status word; from `statusId` when the word is missing. */
export function statusOf(wire: DaSegment): string | undefined {
  if (typeof wire.status === 'string' && wire.status.trim() !== '') return wire.status;
  if (typeof wire.statusId !== 'number') return undefined;
  return DA_UNCONFIRMED.statusWords[wire.statusId] ?? String(wire.statusId);
}

function countersOf(wire: DaSegment): SegmentLifecycle['counters'] {
  const counters: Partial<Record<PipelineCounter, number>> = {};
  for (const counter of PIPELINE_COUNTERS) {
    const value = wire[DA_COUNTER_KEYS[counter]];
    if (typeof value === 'number') counters[counter] = value;
  }
  return Object.keys(counters).length > 0 ? counters : undefined;
}

const flag = (value: boolean | null | undefined) => (typeof value === 'boolean' ? value : undefined);

export function lifecycleFromWire(wire: DaSegment): SegmentLifecycle {
  return compact({
    status: statusOf(wire),
    active: flag(wire.active),
    recurring: flag(wire.isRecurring),
    startDate: daInstant(wire.startDate),
    endDate: daInstant(wire.endDate),
    createdAt: daInstant(wire.created),
    counters: countersOf(wire),
  });
}

export function segmentFromWire(wire: DaSegment): Segment {
  return compact<Segment>({
    id: segmentKeyOf(wire),
    name: wire.name,
    description: typeof wire.description === 'string' ? wire.description : undefined,
    tags: [],
    // Display only: a segment without rules reads as static, and the builder is never offered.
    kind: 'static',
    refreshDaily: false,
    databaseId: NO_DATABASE,
    blocks: [],
    updatedAt: daInstant(wire.updated),
    lifecycle: lifecycleFromWire(wire),
    origin: { vendor: DA_VENDOR, data: wire },
  });
}

/** A list row. No kind (there is nothing to tell apart) and no count (the vendor reports no size). */
export function summaryFromWire(wire: DaSegment): SegmentSummary {
  return compact<SegmentSummary>({
    id: segmentKeyOf(wire),
    name: wire.name,
    tags: [],
    status: statusOf(wire),
    active: flag(wire.active),
    endDate: daInstant(wire.endDate),
    createdAt: daInstant(wire.created),
    updatedAt: daInstant(wire.updated),
  });
}

/**
 * The segment in the vendor's stored form: the object it was read from. A segment without that
 * origin (or with one damaged on the way, e.g. by storage) is written out from the model instead.
 */
export function wireOf(segment: Segment): DaSegment {
  const { origin } = segment;
  if (origin?.vendor === DA_VENDOR && daSegmentSchema.safeParse(origin.data).success) {
    return origin.data as DaSegment;
  }
  return wireFromModel(segment);
}

function wireFromModel(segment: Segment): DaSegment {
  const lifecycle = segment.lifecycle ?? {};
  const counters: Partial<Record<CounterKey, number>> = {};
  for (const counter of PIPELINE_COUNTERS) {
    const value = lifecycle.counters?.[counter];
    if (value !== undefined) counters[DA_COUNTER_KEYS[counter]] = value;
  }
  return compact<DaSegment>({
    [DA_UNCONFIRMED.segmentKey]: segment.id ?? null,
    name: segment.name,
    description: segment.description,
    active: lifecycle.active,
    isRecurring: lifecycle.recurring,
    startDate: lifecycle.startDate,
    endDate: lifecycle.endDate,
    status: lifecycle.status,
    ...counters,
    created: lifecycle.createdAt,
    updated: segment.updatedAt,
  });
}
