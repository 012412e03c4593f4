/**
 * The Content-Security-Policy of the production build, set by `vite preview` (vite.config.ts) and
 * shown for nginx in docs/deploy/nginx.conf. Scripts come only from the app's origin; nothing may
 * frame the app, set a <base> or load plugins.
 *
 * `style-src 'unsafe-inline'`: MUI styles through emotion, which inserts <style> elements at run
 * time. A nonce would need a server that renders each page; a static build has none. Inline
 * styles cannot run script, so this opens no way to execute code.
 *
 * `connect-src`: the app calls the backends the user configures, so a deployment names its API
 * hosts (VITE_CSP_CONNECT_SRC). The default allows any https host and local servers, which the
 * preview and the e2e tests need; the embedded demo's host is https and answered by the worker.
 */
export const DEFAULT_CONNECT_SRC = "'self' https: http://localhost:* http://127.0.0.1:*";

export function contentSecurityPolicy(connectSrc: string = DEFAULT_CONNECT_SRC): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connectSrc}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Where a response's Content-Security-Policy has no effect: a script or stylesheet a page loads
 * runs under the page's policy. Over HTTP/1.1 (`vite preview`) the policy's 350 bytes went out
 * again with each of the 25–35 scripts of a first load. A worker's script (`worker`,
 * `sharedworker`) takes its policy from its own response, and a client that does not say what it
 * fetches for (no Sec-Fetch-Dest) gets it too. docs/deploy/nginx.conf maps the same destinations.
 */
const UNDER_THE_PAGE_POLICY = new Set(['script', 'style']);

/** Whether a response to a request with this Sec-Fetch-Dest should carry the policy. */
export function policyAppliesTo(destination: string | string[] | undefined): boolean {
  return typeof destination !== 'string' || !UNDER_THE_PAGE_POLICY.has(destination.toLowerCase());
}
