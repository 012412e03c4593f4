/** Converters of the Altcraft answers other than segment bodies. */
import type { FieldCatalog, FieldDescriptor, FieldOption, Scalar } from '@/domain/model';
import type { ChannelCounts, Database, SegmentSummary, TaskState, TaskStatus } from '../provider';
import { fieldTypeOf } from './fieldTypes';
import type {
  AltcraftDatabaseListItem,
  AltcraftField,
  AltcraftGroupRef,
  AltcraftSegmentListItem,
  wireCountersSchema,
  wireTaskStatusSchema,
} from './wire';
import type { output } from 'zod/v4/core';

function groupsFromWire(item: { Groups?: AltcraftGroupRef[] | null; groups?: AltcraftGroupRef[] | null }) {
  return (item.Groups ?? item.groups ?? []).flatMap((ref) => {
    const id = ref.Id ?? ref.id;
    const name = ref.Name ?? ref.name;
    return id === undefined || name === undefined ? [] : [{ id, name }];
  });
}

export function summaryFromWire(item: AltcraftSegmentListItem): SegmentSummary {
  const summary: SegmentSummary = {
    id: item.id,
    name: item.name,
    tags: item.ui_tags ?? [],
    groups: groupsFromWire(item),
  };
  // Only the flags tell the kind apart; a static one and a non-refreshing updatable one look alike.
  if (item.is_static === false) summary.kind = 'dynamic';
  else if (item.is_static === true && item.is_refresh_daily === true) summary.kind = 'updatable';
  if (typeof item.list_id === 'number') summary.databaseId = item.list_id;
  if (typeof item.count === 'number') summary.count = item.count;
  return summary;
}

/** The list item for a summary, in the documented key case (`Groups/Id/Name`). */
export function summaryToWire(summary: SegmentSummary): AltcraftSegmentListItem {
  const item: AltcraftSegmentListItem = {
    id: summary.id,
    name: summary.name,
    ui_tags: summary.tags,
    Groups: (summary.groups ?? []).map((group) => ({ Id: group.id, Name: group.name })),
  };
  if (summary.kind) {
    item.is_static = summary.kind !== 'dynamic';
    if (summary.kind === 'updatable') item.is_refresh_daily = true;
  }
  if (summary.databaseId !== undefined) item.list_id = summary.databaseId;
  if (summary.count !== undefined) item.count = summary.count;
  return item;
}

export function databaseFromWire(item: AltcraftDatabaseListItem): Database {
  return { id: item.id, name: item.name };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asScalar = (value: unknown): Scalar | undefined =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;

function optionFromItem(item: unknown): FieldOption[] {
  const plain = asScalar(item);
  if (plain !== undefined) return [{ value: plain, label: String(plain) }];
  if (!isRecord(item)) return [];
  const value = asScalar(item.value ?? item.id ?? item.key ?? item.name);
  const label = item.title ?? item.label ?? item.name ?? value;
  return value === undefined ? [] : [{ value, label: String(label) }];
}

/** Dictionary values, read leniently because the shape is unconfirmed; digit keys become numbers. */
export function optionsFromDictionary(dictionary: unknown): FieldOption[] | undefined {
  if (Array.isArray(dictionary)) return dictionary.flatMap(optionFromItem);
  if (isRecord(dictionary)) {
    return Object.entries(dictionary).map(([key, label]) => ({
      value: /^\d+$/.test(key) ? Number(key) : key,
      label: typeof label === 'string' ? label : key,
    }));
  }
  return undefined;
}

const SYSTEM_NAME = /^_|^(?:email|phones)$/;

export function fieldFromWire(field: AltcraftField): FieldDescriptor | null {
  const type = fieldTypeOf(field.type);
  if (!type) return null;
  const descriptor: FieldDescriptor = {
    name: field.name,
    label: field.title || field.name,
    type,
    category:
      field.category === 'system' || field.category === 'custom'
        ? field.category
        : SYSTEM_NAME.test(field.name)
          ? 'system'
          : 'custom',
  };
  const options = optionsFromDictionary(field.dictionary);
  if (options && options.length > 0) descriptor.options = options;
  return descriptor;
}

/** Fields of types the builder cannot model are left out: no condition could be built on them. */
export function catalogFromWire(fields: readonly AltcraftField[]): FieldCatalog {
  return fields.flatMap((field) => fieldFromWire(field) ?? []);
}

export function countsFromWire(counters: output<typeof wireCountersSchema>): ChannelCounts[] {
  return counters.map((item) => ({
    channel: item.channel,
    subscribedSendable: item.status.subscribed_sendable,
    unconfirmedSendable: item.status.unconfirmed_sendable,
  }));
}

/** Task states as tasks/status may spell them; only "completed" is documented. */
export const TASK_STATES: Readonly<Record<string, TaskState>> = {
  new: 'pending',
  pending: 'pending',
  queued: 'pending',
  waiting: 'pending',
  running: 'running',
  processing: 'running',
  in_progress: 'running',
  active: 'running',
  completed: 'completed',
  done: 'completed',
  finished: 'completed',
  success: 'completed',
  failed: 'failed',
  error: 'failed',
  cancelled: 'failed',
  canceled: 'failed',
};

export function taskStatusFromWire(task: output<typeof wireTaskStatusSchema>): TaskStatus {
  const key = task.status.toLowerCase();
  const progress = Math.min(100, Math.max(0, task.progress ?? 0));
  // Only "completed" is documented; the table knows the usual synonyms. A word outside it stops
  // the polling with the word shown, rather than poll forever for an end that may never come.
  if (!Object.hasOwn(TASK_STATES, key)) return { status: 'unknown', progress, word: task.status };
  const status = TASK_STATES[key]!;
  return { status, progress: status === 'completed' ? 100 : progress };
}
