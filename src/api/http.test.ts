import { z } from 'zod';
import { DEMO_BASE_URL } from './demo';
import { holdDemoRequestsUntil } from './demoStart';
import { setDisplayLanguage } from './displayLanguage';
import { ApiError } from './errors';
import {
  createHttpClient,
  joinUrl,
  newUuid,
  retryAfterSeconds,
  sleep,
  type Decode,
  type HttpClientOptions,
} from './http';
import { decodeData } from './altcraft/envelope';

const BASE = 'https://api.test/v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const decodeOk = decodeData(z.object({ ok: z.boolean() }));

type Step = Response | Error | 'hang';

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const ok = () => json({ error: 0, error_text: 'Successful operation', data: { ok: true } });

/** A fetch that plays the steps in order and records each request. */
function steps(...script: Step[]) {
  const requests: Array<{ url: string; init: RequestInit }> = [];
  const fetchImpl = (url: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    requests.push({ url: String(url), init });
    const step = script.shift() ?? ok();
    if (step === 'hang') return new Promise<Response>(() => {});
    return step instanceof Error ? Promise.reject(step) : Promise.resolve(step);
  };
  return { fetch: fetchImpl as typeof fetch, requests };
}

function client(fetchImpl: typeof fetch, options: Partial<HttpClientOptions> = {}) {
  const delays: number[] = [];
  const http = createHttpClient({
    baseUrl: BASE,
    token: 'tkn',
    fetch: fetchImpl,
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...options,
  });
  return { http, delays };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as ApiError,
  );
const header = (init: RequestInit, name: string) => new Headers(init.headers).get(name);

describe('http transport', () => {
  it('sends a request to the demo only once the embedded backend has started, and times it from then', async () => {
    let started = () => {};
    holdDemoRequestsUntil(new Promise<void>((resolve) => (started = resolve)));
    try {
      const { fetch, requests } = steps(ok());
      const pending = client(fetch, { baseUrl: DEMO_BASE_URL, timeoutMs: 5 }).http.postRead(
        'segments/list/',
        {},
        decodeOk,
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(requests).toHaveLength(0);
      started();
      await expect(pending).resolves.toEqual({ ok: true });
      expect(requests[0]?.url).toBe(`${DEMO_BASE_URL}/segments/list/`);
    } finally {
      holdDemoRequestsUntil(Promise.resolve());
    }
  });

  it('posts JSON to the joined URL with a bearer token', async () => {
    const { fetch, requests } = steps(ok());
    const { http } = client(fetch);
    expect(await http.postRead('/segments/list/', { from_id: 1 }, decodeOk)).toEqual({ ok: true });
    const [request] = requests;
    expect(request!.url).toBe(`${BASE}/segments/list/`);
    expect(request!.init.method).toBe('POST');
    expect(request!.init.body).toBe('{"from_id":1}');
    expect(header(request!.init, 'Authorization')).toBe('Bearer tkn');
    expect(request!.url).not.toContain('tkn');
  });

  it('asks for answers in the display language, with a header no CORS preflight lists', async () => {
    const { fetch, requests } = steps(ok(), ok(), ok());
    const { http } = client(fetch);
    await http.postRead('x', {}, decodeOk);
    expect(header(requests[0]!.init, 'Accept-Language')).toBe('en');
    setDisplayLanguage('ru');
    try {
      await http.postRead('x', {}, decodeOk);
      await http.write({ method: 'POST', path: 'y', body: {} }, decodeOk);
      expect(requests.slice(1).map((request) => header(request.init, 'Accept-Language'))).toEqual(['ru', 'ru']);
      expect(http.describe({ method: 'GET', path: 'z' }).headers['Accept-Language']).toBe('ru');
    } finally {
      setDisplayLanguage('en');
    }
    // CORS-safelisted (Fetch §4.9): Accept-Language with a value of these bytes, at most 128, is never
    // one of a preflight's Access-Control-Request-Headers, so a vendor whose
    // Access-Control-Allow-Headers omits it still answers.
    // The app's languages (src/ui/i18n/languages.ts; the API layer may not import the UI's).
    for (const language of ['en', 'ru']) expect(language).toMatch(/^[0-9A-Za-z *,\-.;=]{1,128}$/);
  });

  it('sends no Authorization header without a token', async () => {
    const { fetch, requests } = steps(ok());
    await client(fetch, { token: '' }).http.postRead('x', {}, decodeOk);
    expect(header(requests[0]!.init, 'Authorization')).toBeNull();
  });

  describe('timeout', () => {
    afterEach(() => vi.useRealTimers());

    it('gives up after 15 s by default with a clear message, without retrying', async () => {
      vi.useFakeTimers();
      const { fetch, requests } = steps('hang');
      const pending = failure(client(fetch).http.postRead('x', {}, decodeOk));
      await vi.advanceTimersByTimeAsync(15_000);
      const error = await pending;
      expect(error).toMatchObject({ code: 'timeout', status: 0, action: 'retry' });
      expect(error!.message).toBe('The server did not answer within 15 s.');
      expect(requests).toHaveLength(1);
    });

    it('passes an aborting signal to fetch', async () => {
      const { fetch, requests } = steps('hang');
      const error = await failure(client(fetch, { timeoutMs: 5 }).http.postRead('x', {}, decodeOk));
      expect(error).toMatchObject({ code: 'timeout', message: 'The server did not answer within 1 s.' });
      expect(requests[0]!.init.signal?.aborted).toBe(true);
    });

    it('stops at once when the caller aborts', async () => {
      const { fetch } = steps('hang');
      const controller = new AbortController();
      const pending = failure(client(fetch).http.postRead('x', {}, decodeOk, { signal: controller.signal }));
      controller.abort();
      expect(await pending).toMatchObject({ code: 'aborted' });
    });
  });

  describe('read retries', () => {
    it('retries network errors with exponential backoff', async () => {
      const { fetch, requests } = steps(new TypeError('Failed to fetch'), new TypeError('Failed to fetch'), ok());
      const { http, delays } = client(fetch);
      expect(await http.postRead('x', {}, decodeOk)).toEqual({ ok: true });
      expect(requests).toHaveLength(3);
      expect(delays).toEqual([500, 1000]);
    });

    it('tries at most 3 times on 5xx and reports the last error', async () => {
      const { fetch, requests } = steps(json({}, 503), json({}, 502), new Response('<html>', { status: 504 }));
      const { http, delays } = client(fetch);
      const error = await failure(http.postRead('x', {}, decodeOk));
      expect(requests).toHaveLength(3);
      expect(delays).toHaveLength(2);
      expect(error).toMatchObject({ status: 504, code: 'timeout' });
    });

    it('honours Retry-After on 429 and tells the listener', async () => {
      const notices: string[] = [];
      const { fetch } = steps(json({}, 429, { 'Retry-After': '2' }), ok());
      const { http, delays } = client(fetch, { onRetry: (notice) => notices.push(notice.error.message) });
      await http.postRead('x', {}, decodeOk);
      expect(delays).toEqual([2000]);
      expect(notices).toEqual(['Too many requests: retrying in 2 s.']);
    });

    it('retries a 429 sent inside an HTTP 200 envelope', async () => {
      const { fetch, requests } = steps(json({ error: 429, error_text: 'Too many requests' }), ok());
      await client(fetch).http.postRead('x', {}, decodeOk);
      expect(requests).toHaveLength(2);
    });

    it('does not wait out a long Retry-After', async () => {
      const { fetch, requests } = steps(json({}, 429, { 'Retry-After': '3600' }));
      const error = await failure(client(fetch).http.postRead('x', {}, decodeOk));
      expect(requests).toHaveLength(1);
      expect(error).toMatchObject({
        code: 429,
        retryAfterSeconds: 3600,
        message: 'Too many requests. Try again in 3600 s.',
      });
    });

    it.each([
      ['a client error', json({ error: 400, error_text: 'Incorrect request' })],
      ['an unknown method', json({}, 501)],
      ['bad data', json({ error: 0, data: { ok: 'yes' } })],
    ])('does not retry %s', async (_name, response) => {
      const { fetch, requests } = steps(response);
      await failure(client(fetch).http.postRead('x', {}, decodeOk));
      expect(requests).toHaveLength(1);
    });
  });

  describe('writes', () => {
    it('are never retried and carry a fresh UUID Request-ID each', async () => {
      const { fetch, requests } = steps(new TypeError('offline'), ok(), ok());
      const { http, delays } = client(fetch);
      const error = await failure(http.postWrite('segments/add/', { name: 'a' }, decodeOk));
      expect(error).toMatchObject({ code: 'network', requestId: expect.stringMatching(UUID) });
      await http.postWrite('segments/add/', { name: 'a' }, decodeOk);
      await http.postWrite('segments/add/', { name: 'a' }, decodeOk, { requestId: error!.requestId! });
      const ids = requests.map((request) => header(request.init, 'Request-ID'));
      expect(delays).toEqual([]);
      expect(ids[1]).toMatch(UUID);
      expect(ids[1]).not.toBe(ids[0]);
      expect(ids[2]).toBe(ids[0]);
    });

    it('uses an injected Request-ID source', async () => {
      const { fetch, requests } = steps(json({}, 503));
      const error = await failure(client(fetch, { newRequestId: () => 'rid-1' }).http.postWrite('x', {}, decodeOk));
      expect(requests).toHaveLength(1);
      expect(error).toMatchObject({ status: 503, code: 500, requestId: 'rid-1' });
    });
  });

  describe('answers', () => {
    it('checks the envelope even on HTTP 200', async () => {
      const { fetch } = steps(json({ error: 404, error_text: 'Segment not found', data: null }));
      const error = await failure(client(fetch).http.postRead('x', {}, decodeOk));
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ code: 404, status: 200, serverText: 'Segment not found' });
    });

    it('parses 450 field errors', async () => {
      const { fetch } = steps(json({ error: 450, error_text: 'name: must not be empty', data: null }));
      const error = await failure(client(fetch).http.postWrite('x', {}, decodeOk));
      expect(error).toMatchObject({ code: 450, fieldErrors: { name: 'must not be empty' } });
    });

    it('keeps unknown vendor codes next to their class', async () => {
      const { fetch } = steps(json({ error: 1017, error_text: 'Odd' }));
      expect(await failure(client(fetch).http.postRead('x', {}, decodeOk))).toMatchObject({
        code: 400,
        vendorCode: 1017,
      });
    });

    it('reports malformed JSON as bad_response', async () => {
      const { fetch } = steps(new Response('{"error": 0, "data": ', { status: 200 }));
      const error = await failure(client(fetch).http.postRead('x', {}, decodeOk));
      expect(error).toMatchObject({
        code: 'bad_response',
        message: 'The server sent an answer the app cannot read: not JSON.',
      });
    });

    it('reports an HTTP error without a body by its status', async () => {
      const { fetch } = steps(new Response('', { status: 401 }));
      expect(await failure(client(fetch).http.postRead('x', {}, decodeOk))).toMatchObject({
        code: 401,
        action: 'settings',
      });
    });

    it('lets a decoder that is not an ApiError through untouched', async () => {
      const boom: Decode<never> = () => {
        throw new RangeError('bug');
      };
      const { fetch } = steps(ok());
      await expect(client(fetch).http.postRead('x', {}, boom)).rejects.toBeInstanceOf(RangeError);
    });
  });
});

describe('helpers', () => {
  it('makes v4 UUIDs even where crypto.randomUUID is missing (insecure contexts)', () => {
    // Shadow the prototype's method with an own property, as in an insecure context.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = [newUuid(), newUuid()];
      expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(ids[1]).not.toBe(ids[0]);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(newUuid()).toMatch(UUID);
  });

  it('sleeps until the delay passes or the signal aborts', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
    await expect(sleep(1, controller.signal)).rejects.toMatchObject({ code: 'aborted' });
  });

  it('joins URLs without doubled slashes', () => {
    expect(joinUrl('https://h/api/v1.1/', '/segments/get/')).toBe('https://h/api/v1.1/segments/get/');
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds(new Headers({ 'Retry-After': '7' }), now)).toBe(7);
    expect(retryAfterSeconds(new Headers({ 'Retry-After': 'Thu, 01 Jan 2026 00:00:30 GMT' }), now)).toBe(30);
    expect(retryAfterSeconds(new Headers({ 'Retry-After': 'soon' }), now)).toBeUndefined();
    expect(retryAfterSeconds(new Headers(), now)).toBeUndefined();
  });
});
