/**
 * Wire records the embedded backend stores and answers with. A saved body becomes the record
 * segments/get returns, in the read form a real server uses (`condition: ""` and `child: []` on
 * plain queries).
 */
import { readNestedGroup } from '@/api/altcraft/nesting';
import type {
  AltcraftBlock,
  AltcraftDatabaseListItem,
  AltcraftQuery,
  AltcraftSegmentBody,
  AltcraftSegmentListItem,
  AltcraftSegmentRecord,
} from '@/api/altcraft/wire';
import type { DemoDatabase } from './seed/databases';
import type { StoredSegment } from './store';

/** A query as segments/get returns it; nested group queries keep their own `condition`. */
export function readFormQuery(query: AltcraftQuery): AltcraftQuery {
  if (readNestedGroup(query)) return { ...query, child: (query.child ?? []).map(readFormQuery) };
  return { ...query, condition: query.condition ?? '', child: query.child ?? [] };
}

export function readFormBlock(block: AltcraftBlock): AltcraftBlock {
  return { ...block, queries: block.queries.map(readFormQuery) };
}

/** What a save may set besides the documented fields; the embedded backend keeps both when sent. */
interface Extras {
  description?: unknown;
  ui_tags?: unknown;
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The record an add or update body stores. Only known keys are kept (a token in the body never
 * lands in the data); description and tags not sent on an update stay as they were.
 */
export function recordFromBody(
  id: number,
  body: AltcraftSegmentBody & Extras,
  previous?: StoredSegment,
): StoredSegment {
  const blocks = body.segment ?? [];
  const description = typeof body.description === 'string' ? body.description : previous?.description;
  const record: StoredSegment = {
    id,
    name: body.name.trim(),
    ...(description ? { description } : {}),
    is_static: body.is_static,
    is_refresh_daily: body.is_static && blocks.length > 0 ? (body.is_refresh_daily ?? false) : false,
    list_id: previous?.list_id ?? body.list_id ?? blocks[0]?.list_id ?? 0,
    ui_tags: isStringList(body.ui_tags) ? body.ui_tags : (previous?.ui_tags ?? []),
    Groups: [],
    segment: blocks.map(readFormBlock),
  };
  return record;
}

/** segments/get's `data`: the record with its computed member count. */
export function recordWithCount(record: StoredSegment, count: number): AltcraftSegmentRecord {
  const { id, name, description, ...rest } = record;
  return { id, name, ...(description ? { description } : {}), count, ...rest };
}

/** One item of segments/list/. */
export function listItem(record: StoredSegment, count: number | undefined): AltcraftSegmentListItem {
  const item: AltcraftSegmentListItem = {
    id: record.id,
    name: record.name,
    ui_tags: record.ui_tags,
    Groups: [],
    is_static: record.is_static,
    is_refresh_daily: record.is_refresh_daily,
    list_id: record.list_id,
  };
  if (count !== undefined) item.count = count;
  return item;
}

export function databaseListItem(db: DemoDatabase): AltcraftDatabaseListItem {
  return { id: db.id, name: db.name, ui_tags: db.uiTags, Groups: [] };
}
