/**
 * SegmentsProvider over Digital Audience (docs/contracts.md §3): the segments of one audience, read,
 * their end date moved, deleted; new audiences created. There are no rules, so create, update and
 * everything about conditions and counts are unsupported (see capabilities.ts).
 */
import { z } from 'zod';
import type { Segment } from '@/domain/model';
import { ApiError, unsupported } from '../errors';
import { createHttpClient, type HttpClientOptions, type RequestSpec } from '../http';
import type { AudienceInput, CreatedAudience, SegmentPage, SegmentsProvider, WriteOptions } from '../provider';
import { digitalAudienceCapabilities } from './capabilities';
import { segmentFromWire, summaryFromWire, wireOf } from './convert';
import { endDateForWire } from './dates';
import { decodeDa } from './decode';
import { DA_PATHS, DA_UNCONFIRMED } from './endpoints';
import { createSession, transportFor, type DaAuth } from './session';
import {
  daCreatedAudienceSchema,
  daEndDateAnswerSchema,
  daSegmentListSchema,
  daSegmentSchema,
  type DaCreateAudienceRequest,
  type DaEndDateRequest,
  type DaSegment,
} from './wire';

export interface DigitalAudienceProviderOptions {
  baseUrl: string;
  connectionId: string;
  /** The audience whose segments the list shows ("Audience ID" of the connection). */
  audienceId: string;
  auth: DaAuth;
  fetch?: typeof fetch;
  /** Transport tuning (timeouts, retry delays), mostly for tests. */
  http?: Omit<HttpClientOptions, 'baseUrl' | 'token' | 'fetch'>;
}

const decodeList = decodeDa(daSegmentListSchema);
const decodeSegment = decodeDa(daSegmentSchema);
const decodeEndDate = decodeDa(daEndDateAnswerSchema);
const decodeCreated = decodeDa(daCreatedAudienceSchema);
// DELETE's answer is not shown anywhere; any 2xx body (or none) is a success.
const decodeAnything = decodeDa(z.unknown());

/** The page's routes take integers: an id that arrived as digits (from a URL, say) goes as a number. */
const wireId = (id: number | string): number | string => (typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id);

function campaignIdForWire(campaignId: string): number | string {
  const trimmed = campaignId.trim();
  return DA_UNCONFIRMED.campaignIdAsNumber && /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

const matchesSearch = (segment: DaSegment, search: string) =>
  segment.name.toLocaleLowerCase().includes(search.toLocaleLowerCase());

const DA = { vendor: 'Digital Audience' };
const NO_RULES = { code: 'no_rules', params: DA } as const;

export function createDigitalAudienceProvider(config: DigitalAudienceProviderOptions): SegmentsProvider {
  const http = createHttpClient({
    // The vendor documents no request deduplication, so no Request-ID header goes out.
    requestIdHeader: null,
    ...config.http,
    ...transportFor(config.auth),
    baseUrl: config.baseUrl,
    token: '',
    fetch: config.fetch,
  });
  const session = createSession(config.auth, http);
  const listSpec: RequestSpec = { method: 'GET', path: DA_PATHS.listByAudience(config.audienceId) };

  const readSegment = (id: number | string, signal?: AbortSignal) =>
    session.read(() => http.read({ method: 'GET', path: DA_PATHS.get(id) }, decodeSegment, { signal }), signal);

  return {
    connectionId: config.connectionId,
    capabilities: digitalAudienceCapabilities,

    // The audience's segments come in one answer: one page, searched here by name (tags: none).
    async list({ search, signal } = {}): Promise<SegmentPage> {
      const all = await session.read(() => http.read(listSpec, decodeList, { signal }), signal);
      const query = search?.trim();
      const items = (query ? all.filter((segment) => matchesSearch(segment, query)) : all).map(summaryFromWire);
      return { items, nextCursor: null, total: items.length };
    },

    async get(id, signal) {
      return segmentFromWire(await readSegment(id, signal));
    },

    async updateEndDate(id, endDate, options: WriteOptions = {}): Promise<Segment> {
      const body: DaEndDateRequest = { segmentid: wireId(id), endDate: endDateForWire(endDate) };
      const spec: RequestSpec = { method: 'POST', path: DA_PATHS.updateEndDate, body };
      const answer = await session.write(() => http.write(spec, decodeEndDate, options), options.signal);
      if (answer !== true) return segmentFromWire(answer);
      if (!DA_UNCONFIRMED.readBackAfterEndDateAck) {
        throw new ApiError({ code: 'bad_response', params: { issues: ['the answer holds no segment'] } });
      }
      return segmentFromWire(await readSegment(id, options.signal));
    },

    async remove(id, options = {}) {
      const spec: RequestSpec = { method: 'DELETE', path: DA_PATHS.remove(id) };
      await session.write(() => http.write(spec, decodeAnything, options), options.signal);
    },

    async createAudience(input: AudienceInput, options: WriteOptions = {}): Promise<CreatedAudience> {
      const description = input.description?.trim();
      const body: DaCreateAudienceRequest = {
        name: input.name,
        ...(description ? { description: input.description } : {}),
        campaignId: campaignIdForWire(input.campaignId),
      };
      const spec: RequestSpec = { method: 'POST', path: DA_PATHS.createAudience, body };
      const created = await session.write(() => http.write(spec, decodeCreated, options), options.signal);
      return { id: created.id, name: created.name ?? input.name };
    },

    async create() {
      throw unsupported(NO_RULES);
    },

    async update() {
      throw unsupported(NO_RULES);
    },

    // Save does not exist here, so there is no save request to preview. Describing updateenddate
    // instead would show a request that no Save button sends (the preview's promise, see
    // SegmentsProvider.writeRequest), so the preview says "unsupported" honestly.
    async writeRequest() {
      throw unsupported(NO_RULES);
    },

    payload(segment) {
      return { body: wireOf(segment) };
    },

    // The audience's list: the cheapest read that proves the session and the audience id at once.
    async checkConnection(signal) {
      await session.read(() => http.read(listSpec, decodeList, { signal }), signal);
    },

    async databases() {
      return [];
    },

    async fieldCatalog() {
      return [];
    },

    async counts() {
      throw unsupported({ code: 'no_channel_counts', params: DA });
    },

    async refreshCounts() {
      throw unsupported({ code: 'no_channel_counts', params: DA });
    },

    async taskStatus() {
      throw unsupported({ code: 'no_tasks', params: DA });
    },

    async addStaticMembers() {
      throw unsupported({ code: 'no_members_add', params: DA });
    },

    async removeStaticMembers() {
      throw unsupported({ code: 'no_members_remove', params: DA });
    },
  };
}
