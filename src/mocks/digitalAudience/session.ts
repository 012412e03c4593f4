/**
 * Digital Audience signs in with a session cookie (docs/contracts.md §3): login sets
 * `digitalAudience=…`, every other route needs it back. A page cannot set `Cookie` on fetch, so
 * the app sends the session in DA_SESSION_HEADER and its proxy turns that into the cookie.
 */
import { HttpResponse } from 'msw';
import { DA_SESSION_COOKIE, DA_SESSION_HEADER, DEMO_DA_SESSION } from '@/api/demo';

export interface DaSessionOptions {
  /**
   * Also accept the session in DA_SESSION_HEADER. True in the browser demo and msw/node, where
   * no proxy stands in front of the handlers; false on the real-HTTP mock server, so only a
   * proxy that turns the header into the cookie gets through (which is what proves the proxy).
   */
  acceptSessionHeader: boolean;
  /**
   * Who keeps the cookie that login sets. 'msw' (default): MSW's own cookie jar keeps it and
   * sends it with later requests to the same host, as a browser would: the worker and msw/node.
   * 'client': the cookie only travels in the response, for the HTTP client to keep. The mock
   * server needs this: a jar in the server process would sign in every client at once.
   */
  cookieJar?: 'msw' | 'client';
}

export const SESSION_EXPIRED = 'Session expired. Sign in again.';

export const SESSION_SET_COOKIE = `${DA_SESSION_COOKIE}=${DEMO_DA_SESSION}; Path=/; HttpOnly; SameSite=Lax`;

/** Whether the request carries the demo session (MSW merges the Cookie header and its jar into `cookies`). */
export function hasSession(request: Request, cookies: Record<string, string>, options: DaSessionOptions): boolean {
  if (cookies[DA_SESSION_COOKIE] === DEMO_DA_SESSION) return true;
  return options.acceptSessionHeader && request.headers.get(DA_SESSION_HEADER) === DEMO_DA_SESSION;
}

/** `{data: true}` with the session cookie, kept by MSW's jar or left to the client (see cookieJar). */
export function signedIn(options: DaSessionOptions): Response {
  const init = { headers: { 'Content-Type': 'application/json', 'Set-Cookie': SESSION_SET_COOKIE } };
  // HttpResponse records Set-Cookie for MSW's jar; a plain Response carries it without recording it.
  return options.cookieJar === 'client'
    ? new Response(JSON.stringify({ data: true }), init)
    : HttpResponse.json({ data: true }, init);
}
