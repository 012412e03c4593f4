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
