/** Test helpers for the Push0 adapter: a fetch scripted per method and path. Test-only. */

export const TEST_BASE_URL = 'https://push0.test/v1';

export interface RecordedCall {
  url: string;
  method: string;
  /** The path after the base URL, without the query, e.g. "segments". */
  path: string;
  /** The query parameters in the order sent. */
  query: Array<[string, string]>;
  headers: Headers;
  /** Parsed JSON; undefined when the request had no body. */
  body: unknown;
}

/** A JSON body (HTTP 200), a Response, an Error to throw, or a (possibly async) function of the call. */
export type ScriptedAnswer = unknown;

/** A JSON answer with any status, e.g. `reply(429, {message}, {'Retry-After': '3'})`. */
export function reply(status: number, body?: unknown, headers: Record<string, string> = {}): Response {
  const text = body === undefined ? null : JSON.stringify(body);
  return new Response(text, { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/**
 * A fetch answering by `"METHOD path"` (e.g. `"GET segments"`). Each route takes a list of answers,
 * always a list since Push0's answers are often arrays themselves; they are consumed in turn (the
 * last one repeats). A route without answers fails the test loudly.
 */
export function scriptedFetch(routes: Record<string, ScriptedAnswer[]>, baseUrl = TEST_BASE_URL) {
  const calls: RecordedCall[] = [];
  const queues = new Map(Object.entries(routes).map(([route, answers]) => [route, [...answers]]));
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const full = `${url.origin}${url.pathname}`;
    const call: RecordedCall = {
      url: String(input),
      method: init?.method ?? 'GET',
      path: full.startsWith(`${baseUrl}/`) ? full.slice(baseUrl.length + 1) : full,
      query: [...url.searchParams.entries()],
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    calls.push(call);
    const route = `${call.method} ${call.path}`;
    const queue = queues.get(route);
    if (!queue || queue.length === 0) throw new Error(`No scripted answer for ${route}`);
    const next = queue.length > 1 ? queue.shift() : queue[0];
    const answer: unknown = typeof next === 'function' ? await (next as (c: RecordedCall) => unknown)(call) : next;
    if (answer instanceof Response) return answer;
    if (answer instanceof Error) throw answer;
    return reply(200, answer);
  };
  return { fetch: fetchImpl as typeof fetch, calls };
}
