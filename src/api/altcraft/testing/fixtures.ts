/** Test helpers: wire fixtures and a scripted fetch. Test-only. */
import type { AltcraftSegmentBody } from '../wire';

/** A request fixture as the adapter builds it: the token travels in a header, not the body. */
export function withoutToken(body: Record<string, unknown>): AltcraftSegmentBody {
  const { token: _token, ...rest } = body;
  return rest as AltcraftSegmentBody;
}

export interface RecordedCall {
  url: string;
  /** The URL's path after the base URL, e.g. "segments/list/". */
  path: string;
  method: string;
  headers: Headers;
  body: unknown;
}

/** A JSON body (HTTP 200), a Response, an Error to throw, or a (possibly async) function of the call. */
export type ScriptedAnswer = unknown;

export const TEST_BASE_URL = 'https://altcraft.test/api/v1.1';

/**
 * A fetch answering by path. A list of answers is consumed in turn (the last one repeats); a path
 * without answers fails the test loudly.
 */
export function scriptedFetch(routes: Record<string, ScriptedAnswer | ScriptedAnswer[]>, baseUrl = TEST_BASE_URL) {
  const calls: RecordedCall[] = [];
  const queues = new Map(
    Object.entries(routes).map(([path, answers]) => [path, Array.isArray(answers) ? [...answers] : [answers]]),
  );
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const call: RecordedCall = {
      url,
      path: url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length + 1) : url,
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    calls.push(call);
    const queue = queues.get(call.path);
    if (!queue || queue.length === 0) throw new Error(`No scripted answer for ${call.path}`);
    const next = queue.length > 1 ? queue.shift() : queue[0];
    const answer: unknown = typeof next === 'function' ? await (next as (c: RecordedCall) => unknown)(call) : next;
    if (answer instanceof Response) return answer;
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch: fetchImpl as typeof fetch, calls };
}
