/** SegmentsProvider over Push0's REST API (and the embedded demo backend that speaks it). */
import type { Segment } from '@/domain/model';
import { ApiError, isApiError, unsupported } from '../errors';
import { createHttpClient, type HttpClientOptions, type RequestSpec } from '../http';
import type { SegmentsProvider, WriteRequest } from '../provider';
import { push0Capabilities } from './capabilities';
import { fromWire, toWire } from './convert';
import { decodeAccepted, decodeCreated, decodeGet, decodeListPage } from './decode';
import { PUSH0_PAGE_LIMIT_DEFAULT, PUSH0_PAGE_LIMIT_MAX, PUSH0_PATHS } from './endpoints';
import { displayLanguage } from '../displayLanguage';
import { push0FieldsIn } from './fields';
import { updateBody } from './patch';

export interface Push0ProviderOptions {
  /** E.g. `https://api.push0.com/v1`. */
  baseUrl: string;
  /** The API key, sent as `Authorization: Bearer …`. */
  token: string;
  connectionId: string;
  fetch?: typeof fetch;
  /** Transport tuning (timeouts, retry delays), mostly for tests. */
  http?: Omit<HttpClientOptions, 'baseUrl' | 'token' | 'fetch'>;
}

/** A page number from the list's cursor: pages count from 1. */
function pageOf(cursor: string | number | undefined): number {
  const page = Number(cursor ?? 1);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

const clampLimit = (limit: number) => Math.min(PUSH0_PAGE_LIMIT_MAX, Math.max(1, Math.floor(limit)));

type SaveMode = 'create' | 'update';

/** The request that saves `segment`: POST of the whole body, or PATCH of what changed. */
function saveSpec(segment: Segment, mode: SaveMode): RequestSpec & { method: 'POST' | 'PATCH' } {
  return mode === 'create'
    ? { method: 'POST', path: PUSH0_PATHS.create, body: toWire(segment) }
    : { method: 'PATCH', path: PUSH0_PATHS.update, body: updateBody(segment) };
}

/**
 * "Test connection": an answer that is not Push0's list, or a 404/405 on it, most likely means a
 * base URL without the right path (e.g. missing `/v1`).
 */
function asWrongPath(error: unknown): unknown {
  if (!isApiError(error)) return error;
  const pathLike = error.code === 'bad_response' || error.code === 404 || error.status === 405;
  return pathLike ? new ApiError({ code: 'wrong_path', status: error.status, cause: error }) : error;
}

export function createPush0Provider(config: Push0ProviderOptions): SegmentsProvider {
  const http = createHttpClient({
    // Push0 documents no deduplication header, and a header its CORS policy does not list would
    // fail every write in a browser: no Request-ID (a caller may still opt in through `http`).
    requestIdHeader: null,
    ...config.http,
    baseUrl: config.baseUrl,
    token: config.token,
    fetch: config.fetch,
  });

  return {
    connectionId: config.connectionId,
    capabilities: push0Capabilities,

    // Tags are ignored: Push0 has none (capabilities.tags is false).
    async list({ cursor, limit = PUSH0_PAGE_LIMIT_DEFAULT, search, signal } = {}) {
      const page = pageOf(cursor);
      const size = clampLimit(limit);
      const name = search?.trim() || undefined;
      const spec: RequestSpec = { method: 'GET', path: PUSH0_PATHS.list, query: { page, limit: size, name } };
      return http.read(spec, decodeListPage(page, size), { signal });
    },

    async get(id, signal) {
      const record = await http.read({ method: 'GET', path: PUSH0_PATHS.get, query: { id } }, decodeGet(id), {
        signal,
      });
      return fromWire(record);
    },

    async create(segment, write = {}) {
      return http.write(saveSpec(segment, 'create'), decodeCreated, write);
    },

    // The answer is not documented: any 2xx will do, and the id is the one sent.
    async update(segment, write = {}) {
      const body = updateBody(segment);
      await http.write({ method: 'PATCH', path: PUSH0_PATHS.update, body }, decodeAccepted, write);
      return { id: body.id };
    },

    async remove(id, write = {}) {
      await http.write({ method: 'DELETE', path: PUSH0_PATHS.remove, query: { id } }, decodeAccepted, write);
    },

    // The same spec Save sends, so a preview cannot drift from it.
    async writeRequest(segment): Promise<WriteRequest> {
      const spec = saveSpec(segment, segment.id === undefined ? 'create' : 'update');
      return { method: spec.method, ...http.describe(spec), body: spec.body };
    },

    payload(segment) {
      return { body: { ...(segment.id === undefined ? {} : { id: segment.id }), ...toWire(segment) } };
    },

    async checkConnection(signal) {
      const spec: RequestSpec = { method: 'GET', path: PUSH0_PATHS.list, query: { page: 1, limit: 1 } };
      try {
        await http.read(spec, decodeListPage(1, 1), { signal });
      } catch (error) {
        throw asWrongPath(error);
      }
    },

    async databases() {
      return [];
    },

    async fieldCatalog() {
      return push0FieldsIn(displayLanguage());
    },

    async counts() {
      throw unsupported({ code: 'no_counts', params: { vendor: 'Push0' } });
    },

    async refreshCounts() {
      throw unsupported({ code: 'no_counts', params: { vendor: 'Push0' } });
    },

    async taskStatus() {
      throw unsupported({ code: 'no_tasks', params: { vendor: 'Push0' } });
    },

    async addStaticMembers() {
      throw unsupported({ code: 'no_static', params: { vendor: 'Push0' } });
    },

    async removeStaticMembers() {
      throw unsupported({ code: 'no_static', params: { vendor: 'Push0' } });
    },
  };
}
