/**
 * The dev and preview servers' proxy to backends without CORS headers (docs/architecture.md, Configuration):
 *
 * - `VITE_PROXY_TARGETS=name=https://host/base,other=https://host2` proxies `/proxy/name/*` to
 *   `https://host/base/*`, `/proxy/other/*` to the second, and so on;
 * - `VITE_PROXY_TARGET=https://host` proxies `/proxy/*` (the first release's form). Named
 *   targets are tried first when both are set.
 *
 * On every proxied request the Digital Audience session, which a page cannot send as a cookie,
 * moves from the app's DA_SESSION_HEADER into the vendor's `digitalAudience` cookie; and cookies
 * the backend sets are rewritten to the app's origin and the proxy's path, so the browser keeps
 * them (a sign-in through the proxy). docs/deploy/nginx.conf does the same in production.
 */
import type { ProxyOptions } from 'vite';
import { DA_SESSION_COOKIE, DA_SESSION_HEADER } from '../src/api/demo.ts';

export const PROXY_PREFIX = '/proxy';

export interface ProxyTarget {
  name: string;
  target: string;
}

export interface ParsedProxyTargets {
  targets: ProxyTarget[];
  /** One line per entry that was left out, saying why. */
  errors: string[];
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** Why `url` cannot be a proxy target, or null. */
function targetProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'the target is not an absolute URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'the target must be http:// or https://';
  if (parsed.username || parsed.password) return 'the target must not carry credentials';
  if (parsed.search || parsed.hash) return 'the target must not have a query or fragment';
  return null;
}

function entryProblem(entry: ProxyTarget | null, taken: readonly ProxyTarget[]): string | null {
  if (!entry) return 'expected name=url';
  if (!NAME.test(entry.name)) return 'the name must be letters, digits, "-" or "_"';
  if (taken.some((t) => t.name === entry.name)) return 'the name is already used';
  return targetProblem(entry.target);
}

/** Reads `name=url,name2=url2`; malformed or repeated entries are left out and reported. */
export function parseProxyTargets(value: string | undefined): ParsedProxyTargets {
  const targets: ProxyTarget[] = [];
  const errors: string[] = [];
  (value ?? '').split(',').forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    const equals = text.indexOf('=');
    const entry = equals < 0 ? null : { name: text.slice(0, equals).trim(), target: text.slice(equals + 1).trim() };
    const problem = entryProblem(entry, targets);
    // Name the entry by position and name only: a target URL is not echoed into logs.
    if (problem)
      errors.push(
        `VITE_PROXY_TARGETS entry ${index + 1}${entry?.name ? ` ("${entry.name}")` : ''} ignored: ${problem}`,
      );
    else if (entry) targets.push(entry);
  });
  return { targets, errors };
}

/** The part of ClientRequest the header move needs (kept small so tests can pass a stand-in). */
export interface OutgoingHeaders {
  getHeader(name: string): number | string | string[] | undefined;
  setHeader(name: string, value: string): unknown;
  removeHeader(name: string): void;
}

/** RFC 6265 cookie-octets: nothing that could end the value and smuggle in another cookie. */
const COOKIE_VALUE = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]+$/;

/**
 * Moves the app's session header into the `digitalAudience` cookie, next to any cookies the
 * browser sent (replacing an older `digitalAudience`). The header itself never reaches the backend.
 */
export function sessionHeaderToCookie(request: OutgoingHeaders): void {
  const header = DA_SESSION_HEADER.toLowerCase();
  const raw = request.getHeader(header);
  if (raw === undefined) return;
  request.removeHeader(header);
  const value = (Array.isArray(raw) ? raw[0] : String(raw))?.trim() ?? '';
  if (!COOKIE_VALUE.test(value)) return;
  const existing = request.getHeader('cookie');
  const others = (Array.isArray(existing) ? existing.join('; ') : String(existing ?? ''))
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '' && !pair.startsWith(`${DA_SESSION_COOKIE}=`));
  request.setHeader('cookie', [...others, `${DA_SESSION_COOKIE}=${value}`].join('; '));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One proxy rule for everything under `prefix`, which is cut off before the target's own path. */
function ruleFor(prefix: string, target: string): [string, ProxyOptions] {
  const matches = new RegExp(`^${escapeRegExp(prefix)}(?=[/?]|$)`);
  return [
    // A "^" key is a RegExp to Vite: `/proxy/da` must not also catch `/proxy/dashboard`.
    matches.source,
    {
      target,
      changeOrigin: true,
      secure: true,
      rewrite: (path) => {
        const rest = path.replace(matches, '');
        return rest.startsWith('/') ? rest : `/${rest}`;
      },
      // Cookies from the backend belong to the app's origin, under this proxy's path only.
      cookieDomainRewrite: '',
      cookiePathRewrite: prefix,
      configure: (proxy) => {
        proxy.on('proxyReq', (proxyRequest) => sessionHeaderToCookie(proxyRequest));
      },
    },
  ];
}

export interface ProxyEnv {
  VITE_PROXY_TARGETS?: string;
  VITE_PROXY_TARGET?: string;
}

/** Vite's `server.proxy` / `preview.proxy` for this env; undefined when nothing is proxied. */
export function proxyConfig(
  env: ProxyEnv,
  report: (message: string) => void = (message) => console.error(`[proxy] ${message}`),
): Record<string, ProxyOptions> | undefined {
  const { targets, errors } = parseProxyTargets(env.VITE_PROXY_TARGETS);
  const rules = targets.map(({ name, target }) => ruleFor(`${PROXY_PREFIX}/${name}`, target));
  const single = env.VITE_PROXY_TARGET?.trim();
  if (single) {
    const problem = targetProblem(single);
    // Last: Vite tries rules in order, so named targets match first.
    if (problem) errors.push(`VITE_PROXY_TARGET ignored: ${problem}`);
    else rules.push(ruleFor(PROXY_PREFIX, single));
  }
  errors.forEach(report);
  return rules.length > 0 ? Object.fromEntries(rules) : undefined;
}
