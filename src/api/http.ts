/**
 * Fetch-based JSON transport: bearer auth, a timeout per attempt, retries with backoff for reads
 * only, and a fresh Request-ID per write. It knows nothing of any vendor's envelope: each call
 * brings a `decode` that turns the answer into data or throws an ApiError.
 */
import { demoRequestMayGo } from './demoStart';
import { displayLanguage } from './displayLanguage';
import { ApiError, codeForNumber, isApiError, isTransient } from './errors';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON; undefined when the body was empty. */
  body: unknown;
}

/** Turns an answer into data, or throws an ApiError (envelope errors included). */
export type Decode<T> = (answer: HttpAnswer) => T;

export interface RetryNotice {
  error: ApiError;
  /** The attempt that failed, from 1. */
  attempt: number;
  delayMs: number;
}

export interface HttpClientOptions {
  baseUrl: string;
  /** Sent as `Authorization: Bearer …` when not empty; `authHeaders` replaces this scheme. */
  token: string;
  /** Headers that carry the credentials instead of a bearer token (a session header, say). */
  authHeaders?: () => Record<string, string>;
  /** The header a write's Request-ID travels in; null for vendors without deduplication. */
  requestIdHeader?: string | null;
  /** `same-origin` lets a proxy on the app's origin keep a session cookie (Digital Audience). */
  credentials?: RequestCredentials;
  /** Resolved at call time by default, so a test's interceptors see the call. */
  fetch?: typeof fetch;
  /** Per attempt; default 15 s. */
  timeoutMs?: number;
  /** Attempts for a read, first one included; default 3. */
  maxAttempts?: number;
  /** Delay before the first retry, doubled each time; default 500 ms. */
  backoffMs?: number;
  /** A longer Retry-After is not waited for: the error goes to the caller instead. */
  maxRetryAfterSeconds?: number;
  /** Injectable so tests do not wait. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  newRequestId?: () => string;
  /** Told before each automatic retry, e.g. to show "retrying in N s". */
  onRetry?: (notice: RetryNotice) => void;
}

export interface CallOptions {
  signal?: AbortSignal;
  method?: string;
  /** Lets the request outlive the page (a confirmed delete sent as the tab closes). */
  keepalive?: boolean;
}

/** One request of any method: GET and DELETE have no body; the query goes into the URL. */
export interface RequestSpec {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

export interface WriteOptions extends CallOptions {
  /** Reuse the Request-ID of a failed write to retry that same write; fresh by default. */
  requestId?: string;
}

export interface HttpClient {
  /** A call that changes nothing: retried on network errors, 429 and 5xx. */
  postRead<T>(path: string, body: unknown, decode: Decode<T>, options?: CallOptions): Promise<T>;
  /** A call that changes data: never retried here; carries a Request-ID for deduplication. */
  postWrite<T>(path: string, body: unknown, decode: Decode<T>, options?: WriteOptions): Promise<T>;
  /** `postRead` for any method. */
  read<T>(spec: RequestSpec, decode: Decode<T>, options?: Omit<CallOptions, 'method'>): Promise<T>;
  /** `postWrite` for any method. */
  write<T>(spec: RequestSpec, decode: Decode<T>, options?: Omit<WriteOptions, 'method'>): Promise<T>;
  /** The URL and headers `spec` goes out with, for previews; credentials replaced by SECRET_MASK. */
  describe(spec: RequestSpec): { url: string; headers: Record<string, string> };
}

/** Stands in for a secret in a described request (provider.ts re-exports it as SECRET_MASK). */
export const MASK = '••••••';

export const DEFAULT_TIMEOUT_MS = 15_000;

/** A replay of a repeated write's first answer, in either spelling the vendor uses (docs/contracts.md §1). */
export function isReplayedAnswer(headers: Headers): boolean {
  return headers.get('Duplicate-Request') === 'true' || headers.get('X-Duplicate-Request') === 'true';
}

export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The URL of a request: the path joined to the base, then the defined query parameters. */
export function urlFor(baseUrl: string, spec: Pick<RequestSpec, 'path' | 'query'>): string {
  const url = joinUrl(baseUrl, spec.path);
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(spec.query ?? {})) {
    if (value !== undefined) params.append(name, String(value));
  }
  const query = params.toString();
  return query ? `${url}?${query}` : url;
}

/** Retry-After as seconds: either a number of seconds or an HTTP date. */
export function retryAfterSeconds(headers: Headers, now: number = Date.now()): number | undefined {
  const value = headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * A v4 UUID. `crypto.randomUUID` exists only in secure contexts, so a demo build served over plain
 * http on a LAN address falls back to `getRandomValues`, which exists everywhere.
 */
export function newUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ApiError({ code: 'aborted' }));
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', cancel);
      resolve();
    }
    function cancel() {
      clearTimeout(timer);
      reject(new ApiError({ code: 'aborted' }));
    }
    signal?.addEventListener('abort', cancel, { once: true });
  });
}

/** Headers of a failed answer that the caller should see (e.g. Retry-After) go onto the error. */
function enrich(error: ApiError, headers: Headers): ApiError {
  if (error.retryAfterSeconds !== undefined) return error;
  const seconds = retryAfterSeconds(headers);
  return seconds === undefined ? error : error.with({ retryAfterSeconds: seconds });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    if (!response.ok) throw new ApiError({ code: codeForNumber(response.status), status: response.status, cause });
    throw new ApiError({ code: 'bad_response', status: response.status, params: { issues: ['not JSON'] }, cause });
  }
}

/**
 * Runs `work` under the caller's signal and a timeout. The race also covers a fetch that ignores
 * its signal, so the timeout always fires.
 */
async function withTimeout<T>(
  timeoutMs: number,
  outer: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let rejectAbort: (error: ApiError) => void = () => {};
  const aborted = new Promise<never>((_, reject) => (rejectAbort = reject));
  const stop = (error: ApiError) => {
    controller.abort(error);
    rejectAbort(error);
  };
  const onOuterAbort = () => stop(new ApiError({ code: 'aborted' }));
  if (outer?.aborted) onOuterAbort();
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  const timer = setTimeout(
    () => stop(new ApiError({ code: 'timeout', params: { seconds: Math.max(1, Math.ceil(timeoutMs / 1000)) } })),
    timeoutMs,
  );
  try {
    return await Promise.race([work(controller.signal), aborted]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const backoffMs = options.backoffMs ?? 500;
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 60;
  const wait = options.sleep ?? sleep;
  const newRequestId = options.newRequestId ?? newUuid;

  const requestIdHeader = options.requestIdHeader === undefined ? 'Request-ID' : options.requestIdHeader;

  // Content-Type on every request, GET and DELETE included: Push0 answers 400 without it
  // (docs/contracts.md §2), and it costs the others nothing.
  function headersFor(requestId: string | undefined, mask = false): Record<string, string> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      // A backend that localises its answers (the embedded demo's profile checks) writes in the
      // reader's language. A CORS-safelisted header with a safelisted value ("en", "ru"): it never
      // appears in a preflight's Access-Control-Request-Headers, so no vendor can refuse it.
      'Accept-Language': displayLanguage(),
    };
    // Credentials go in headers only, never in the URL (docs/contracts.md §1, Auth).
    if (options.authHeaders) {
      for (const [name, value] of Object.entries(options.authHeaders())) headers[name] = mask ? MASK : value;
    } else if (options.token) {
      headers.Authorization = `Bearer ${mask ? MASK : options.token}`;
    }
    if (requestId && requestIdHeader) headers[requestIdHeader] = requestId;
    return headers;
  }

  async function attempt<T>(
    spec: RequestSpec,
    decode: Decode<T>,
    call: Omit<CallOptions, 'method'>,
    requestId: string | undefined,
  ): Promise<T> {
    const fetchImpl = options.fetch ?? globalThis.fetch;
    const url = urlFor(options.baseUrl, spec);
    // Before the timeout starts: the wait is the demo's start, not the request's answer.
    await demoRequestMayGo(url);
    return withTimeout(timeoutMs, call.signal, async (signal) => {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: spec.method,
          headers: new Headers(headersFor(requestId)),
          body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
          ...(options.credentials ? { credentials: options.credentials } : {}),
          ...(call.keepalive ? { keepalive: true } : {}),
          signal,
        });
      } catch (cause) {
        if (isApiError(signal.reason)) throw signal.reason;
        throw new ApiError({ code: 'network', cause });
      }
      const answer: HttpAnswer = { status: response.status, headers: response.headers, body: await readJson(response) };
      try {
        return decode(answer);
      } catch (error) {
        throw isApiError(error) ? enrich(error, response.headers) : error;
      }
    });
  }

  function delayFor(error: ApiError, attemptNo: number): number | null {
    if (error.retryAfterSeconds !== undefined) {
      return error.retryAfterSeconds > maxRetryAfterSeconds ? null : error.retryAfterSeconds * 1000;
    }
    return backoffMs * 2 ** (attemptNo - 1);
  }

  async function read<T>(spec: RequestSpec, decode: Decode<T>, call: Omit<CallOptions, 'method'> = {}): Promise<T> {
    for (let attemptNo = 1; ; attemptNo += 1) {
      try {
        return await attempt(spec, decode, call, undefined);
      } catch (error) {
        if (!isApiError(error) || !isTransient(error) || attemptNo >= maxAttempts) throw error;
        const delayMs = delayFor(error, attemptNo);
        if (delayMs === null) throw error;
        const seconds = Math.max(1, Math.ceil(delayMs / 1000));
        options.onRetry?.({
          error: error.with({ params: { retrying: true, seconds } }),
          attempt: attemptNo,
          delayMs,
        });
        await wait(delayMs, call.signal);
      }
    }
  }

  async function write<T>(spec: RequestSpec, decode: Decode<T>, call: Omit<WriteOptions, 'method'> = {}): Promise<T> {
    const requestId = call.requestId ?? newRequestId();
    try {
      return await attempt(spec, decode, call, requestId);
    } catch (error) {
      throw isApiError(error) ? error.with({ requestId }) : error;
    }
  }

  const methodOf = (call: CallOptions) => (call.method ?? 'POST') as RequestSpec['method'];

  return {
    read,
    write,
    postRead: (path, body, decode, call = {}) => read({ method: methodOf(call), path, body }, decode, call),
    postWrite: (path, body, decode, call = {}) => write({ method: methodOf(call), path, body }, decode, call),
    describe(spec) {
      return {
        url: urlFor(options.baseUrl, spec),
        headers: headersFor(undefined, true),
      };
    },
  };
}
