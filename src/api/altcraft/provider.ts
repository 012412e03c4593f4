/** SegmentsProvider over the Altcraft API v1.1 (and the embedded demo backend that speaks it). */
import { z } from 'zod/mini';
import type { Segment } from '@/domain/model';
import { isApiError } from '../errors';
import { createHttpClient, isReplayedAnswer, type HttpAnswer, type HttpClientOptions } from '../http';
import type {
  Cursor,
  Database,
  Estimate,
  MemberResult,
  MemberSample,
  ProfileCheck,
  SegmentPage,
  SegmentsProvider,
  WriteRequest,
} from '../provider';
import { altcraftCapabilities } from './capabilities';
import { toWire, fromWire } from './convert';
import { ALTCRAFT_PATHS, ALTCRAFT_UNCONFIRMED, DEMO_ONLY_PATHS, LIST_PAGE_LIMIT } from './endpoints';
import { decodeData, decodePage, type WirePage } from './envelope';
import { nodeIdsByPath } from './nesting';
import { needsBlocks, profileCheckReason } from './profileCheck';
import { catalogFromWire, countsFromWire, databaseFromWire, summaryFromWire, taskStatusFromWire } from './resources';
import {
  wireCountersSchema,
  wireDatabaseListItemSchema,
  wireEstimateSchema,
  wireFieldsSchema,
  wireMembersSchema,
  wireFieldValuesSchema,
  wireProfileCheckSchema,
  wireSavedSchema,
  wireSegmentListItemSchema,
  wireSegmentRecordSchema,
  wireTaskRefSchema,
  wireTaskStatusSchema,
  type AltcraftDatabaseListItem,
  type AltcraftField,
  type AltcraftSegmentListItem,
} from './wire';
import { toXml } from './xml';

export interface AltcraftProviderOptions {
  baseUrl: string;
  token: string;
  connectionId: string;
  fetch?: typeof fetch;
  /** Only the embedded demo backend has segments/estimate/ and profiles/check/. */
  hasEstimate?: boolean;
  /** Transport tuning (timeouts, retry delays, Request-ID source), mostly for tests. */
  http?: Omit<HttpClientOptions, 'baseUrl' | 'token' | 'fetch'>;
}

/** Members a sample shows when the caller does not say (segments/members/ answers at most 100). */
const MEMBER_SAMPLE_SIZE = 20;
/** Pages a search may read before it answers with what it found so far. */
const MAX_SEARCH_PAGES = 20;
/** Pages databases() reads at most; 1000 databases each. */
const MAX_DATABASE_PAGES = 20;

const decodeSavedData = decodeData(wireSavedSchema);
const decodeSaved = (answer: HttpAnswer) => ({
  id: decodeSavedData(answer).saved_id,
  ...(isReplayedAnswer(answer.headers) ? { replayed: true } : {}),
});
// Answers without data (delete, segstatic) carry only the envelope.
const decodeAnything = decodeData(z.optional(z.unknown()));
const decodeSegmentPage = decodePage(wireSegmentListItemSchema);
const decodeDatabasePage = decodePage(wireDatabaseListItemSchema);

const matchesSearch = (item: AltcraftSegmentListItem, search: string) =>
  item.name.toLocaleLowerCase().includes(search.toLocaleLowerCase());

export function createAltcraftProvider(config: AltcraftProviderOptions): SegmentsProvider {
  const http = createHttpClient({ ...config.http, baseUrl: config.baseUrl, token: config.token, fetch: config.fetch });
  const demoExtras = config.hasEstimate === true;
  /** Altcraft field types per database, for conditions written afresh; refreshed by fieldCatalog(). */
  const wireTypes = new Map<number, Map<string, string>>();

  async function readFields(databaseId: number, signal?: AbortSignal): Promise<AltcraftField[]> {
    const body = { [ALTCRAFT_UNCONFIRMED.fieldsDatabaseParam]: databaseId };
    const fields = await http.postRead(ALTCRAFT_PATHS.databasesFields, body, decodeData(wireFieldsSchema), { signal });
    wireTypes.set(databaseId, new Map(fields.map((field) => [field.name, field.type])));
    return fields;
  }

  async function wireTypeOf(databaseId: number, signal?: AbortSignal): Promise<(field: string) => string | undefined> {
    if (!wireTypes.has(databaseId)) {
      try {
        await readFields(databaseId, signal);
      } catch (error) {
        // Without a field list (an older server), system fields still resolve from their table.
        if (!isApiError(error) || (error.code !== 404 && error.code !== 501)) throw error;
      }
    }
    const types = wireTypes.get(databaseId);
    return (field) => types?.get(field);
  }

  /** Tags go out only where they are stored (the embedded backend), and never with an estimate. */
  async function bodyFor(segment: Segment, mode: 'create' | 'update', signal?: AbortSignal, tags = demoExtras) {
    const typeOf = segment.kind === 'static' ? undefined : await wireTypeOf(segment.databaseId, signal);
    return toWire(segment, { mode, tags, ...(typeOf ? { wireTypeOf: typeOf } : {}) });
  }

  async function listPage(from: Cursor, limit: number, tags: string[] | undefined, signal?: AbortSignal) {
    const body = { from_id: Number(from), limit, ...(tags && tags.length > 0 ? { ui_tags: tags } : {}) };
    return http.postRead(ALTCRAFT_PATHS.segmentsList, body, decodeSegmentPage, { signal });
  }

  /** Altcraft has no name search: read pages and keep matches until a page's worth is found. */
  async function searchPages(search: string, first: Cursor, limit: number, tags?: string[], signal?: AbortSignal) {
    const items: AltcraftSegmentListItem[] = [];
    let from: Cursor | null = first;
    for (let pages = 0; from !== null && pages < MAX_SEARCH_PAGES; pages += 1) {
      const page = await listPage(from, LIST_PAGE_LIMIT, tags, signal);
      from = page.nextFromId;
      for (const [index, item] of page.items.entries()) {
        if (!matchesSearch(item, search)) continue;
        items.push(item);
        if (items.length === limit) {
          const rest = page.items[index + 1];
          return { items, nextCursor: rest ? rest.id : page.nextFromId };
        }
      }
    }
    return { items, nextCursor: from };
  }

  async function membership(
    path: string,
    segmentId: number | string,
    databaseId: number,
    profileIds: string[],
    options: { signal?: AbortSignal; skipTriggers?: boolean } = {},
  ): Promise<MemberResult[]> {
    const results: MemberResult[] = [];
    // One at a time: each is its own write with its own Request-ID, and the rate limit is shared.
    for (const profileId of profileIds) {
      const body = {
        segment_id: segmentId,
        db_id: databaseId,
        profile_id: profileId,
        ...(options.skipTriggers === undefined ? {} : { skip_triggers: options.skipTriggers }),
      };
      try {
        await http.postWrite(path, body, decodeAnything, { signal: options.signal });
        results.push({ profileId, ok: true });
      } catch (error) {
        if (isApiError(error) && error.code === 'aborted') throw error;
        results.push({ profileId, ok: false, error: error instanceof Error ? error : new Error(String(error)) });
      }
    }
    return results;
  }

  function countersBody(id: number | string, databaseId?: number, resourceId?: number) {
    return {
      id,
      ...(resourceId === undefined ? {} : { resource_id: resourceId }),
      ...(databaseId === undefined ? {} : { [ALTCRAFT_UNCONFIRMED.countersDatabaseParam]: databaseId }),
    };
  }

  const provider: SegmentsProvider = {
    connectionId: config.connectionId,
    capabilities: altcraftCapabilities(demoExtras),

    async list({ cursor, limit = 50, search, tags, signal } = {}): Promise<SegmentPage> {
      const from = cursor ?? 1;
      const query = search?.trim();
      if (query) {
        const found = await searchPages(query, from, limit, tags, signal);
        return { items: found.items.map(summaryFromWire), nextCursor: found.nextCursor, total: null };
      }
      const page = await listPage(from, limit, tags, signal);
      return { items: page.items.map(summaryFromWire), nextCursor: page.nextFromId, total: page.totalCount };
    },

    async get(id, signal) {
      const record = await http.postRead(ALTCRAFT_PATHS.segmentsGet, { id }, decodeData(wireSegmentRecordSchema), {
        signal,
      });
      return fromWire(record);
    },

    async create(segment, write = {}) {
      const body = await bodyFor(segment, 'create', write.signal);
      return http.postWrite(ALTCRAFT_PATHS.segmentsAdd, body, decodeSaved, write);
    },

    async update(segment, write = {}) {
      const body = await bodyFor(segment, 'update', write.signal);
      return http.postWrite(ALTCRAFT_PATHS.segmentsUpdate, body, decodeSaved, write);
    },

    // Same body and path as create/update, so a preview cannot drift from what Save sends.
    async writeRequest(segment, signal): Promise<WriteRequest> {
      const mode = segment.id === undefined ? 'create' : 'update';
      const body = await bodyFor(segment, mode, signal);
      const path = mode === 'create' ? ALTCRAFT_PATHS.segmentsAdd : ALTCRAFT_PATHS.segmentsUpdate;
      return { method: 'POST', ...http.describe({ method: 'POST', path, body }), body, xml: toXml(body) };
    },

    payload(segment) {
      const body = toWire(segment, { tags: demoExtras });
      return { body, xml: toXml(body) };
    },

    async checkConnection(signal) {
      // The cheapest read that needs a valid token: one database.
      const body = { from_id: 1, limit: 1 };
      await http.postRead(ALTCRAFT_PATHS.databasesList, body, decodeDatabasePage, { signal });
    },

    async remove(id, write = {}) {
      await http.postWrite(ALTCRAFT_UNCONFIRMED.segmentsDeletePath, { id }, decodeAnything, write);
    },

    async databases(signal) {
      const databases: Database[] = [];
      let from: number | null = 1;
      for (let pages = 0; from !== null && pages < MAX_DATABASE_PAGES; pages += 1) {
        const body = { from_id: from, limit: LIST_PAGE_LIMIT };
        const page: WirePage<AltcraftDatabaseListItem> = await http.postRead(
          ALTCRAFT_PATHS.databasesList,
          body,
          decodeDatabasePage,
          { signal },
        );
        databases.push(...page.items.map(databaseFromWire));
        from = page.nextFromId;
      }
      return databases;
    },

    async fieldCatalog(databaseId, signal) {
      return catalogFromWire(await readFields(databaseId, signal));
    },

    async counts(id, { databaseId, resourceId, signal } = {}) {
      const body = countersBody(id, databaseId, resourceId);
      return countsFromWire(
        await http.postRead(ALTCRAFT_PATHS.segmentsCounters, body, decodeData(wireCountersSchema), { signal }),
      );
    },

    async refreshCounts(id, { databaseId, resourceId, ...write } = {}) {
      const body = countersBody(id, databaseId, resourceId);
      const task = await http.postWrite(
        ALTCRAFT_PATHS.segmentsRefreshCounters,
        body,
        decodeData(wireTaskRefSchema),
        write,
      );
      return { taskId: task.task_id };
    },

    async taskStatus(taskId, signal) {
      const task = await http.postRead(
        ALTCRAFT_PATHS.tasksStatus,
        { task_id: taskId },
        decodeData(wireTaskStatusSchema),
        {
          signal,
        },
      );
      return taskStatusFromWire(task);
    },

    addStaticMembers(segmentId, databaseId, profileIds, extra) {
      return membership(ALTCRAFT_PATHS.segstaticAdd, segmentId, databaseId, profileIds, extra);
    },

    removeStaticMembers(segmentId, databaseId, profileIds, extra) {
      return membership(ALTCRAFT_PATHS.segstaticRemove, segmentId, databaseId, profileIds, extra);
    },
  };

  if (!demoExtras) return provider;

  return {
    ...provider,
    async estimate(draft, signal): Promise<Estimate> {
      const body = await bodyFor(draft, 'create', signal, false);
      const answer = await http.postRead(DEMO_ONLY_PATHS.estimate, body, decodeData(wireEstimateSchema), { signal });
      const ids = nodeIdsByPath(draft);
      const perGroup: Record<string, number> = {};
      for (const [path, count] of Object.entries(answer.per_group)) {
        const id = ids.get(path);
        if (id !== undefined) perGroup[id] = count;
      }
      return { total: answer.total, perGroup };
    },

    async fieldValues(databaseId, field, prefix, signal) {
      const body = { id: databaseId, field, ...(prefix ? { prefix } : {}) };
      return http.postRead(DEMO_ONLY_PATHS.fieldValues, body, decodeData(wireFieldValuesSchema), { signal });
    },

    async checkProfile(segmentId, profile, { signal, segment } = {}): Promise<ProfileCheck> {
      const body = { segment_id: segmentId, profile };
      const answer = await http.postRead(DEMO_ONLY_PATHS.profileCheck, body, decodeData(wireProfileCheckSchema), {
        signal,
      });
      const ids = segment ? nodeIdsByPath(segment) : new Map<string, string>();
      // The sample and limit lines name no numbers the UI can word: those come from the segment.
      const source =
        segment ??
        (!answer.in_segment && needsBlocks(answer.explain) ? await provider.get(segmentId, signal) : undefined);
      const reason = profileCheckReason(answer.in_segment, answer.explain, source?.blocks ?? []);
      return {
        profileId: answer.profile_id,
        inSegment: answer.in_segment,
        ...(reason ? { reason } : {}),
        explain: answer.explain.map((line) => {
          const nodeId = ids.get(line.path);
          return { path: line.path, matched: line.matched, text: line.text, ...(nodeId ? { nodeId } : {}) };
        }),
      };
    },

    async listMembers(segmentId, { limit = MEMBER_SAMPLE_SIZE, signal } = {}): Promise<MemberSample> {
      const body = { id: segmentId, limit };
      const answer = await http.postRead(DEMO_ONLY_PATHS.segmentMembers, body, decodeData(wireMembersSchema), {
        signal,
      });
      return {
        total: answer.total,
        ...(answer.counted_at ? { countedAt: answer.counted_at } : {}),
        profiles: answer.profiles.map((profile) => ({
          id: profile.id,
          ...(profile.email ? { email: profile.email } : {}),
          fields: profile.fields,
        })),
      };
    },
  };
}
