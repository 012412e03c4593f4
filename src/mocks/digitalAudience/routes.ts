/**
 * How the embedded Digital Audience backend finds its routes and names them for fault injection,
 * derived from DA_PATHS so the adapter and the backend cannot drift apart.
 *
 * Routes with a parameter are RegExps, not MSW path strings: the list route is
 * `segment/audience:{id}` with a literal colon, which an MSW path would read as a parameter.
 */
import { DA_PATHS } from '@/api/digitalAudience/endpoints';

const MARKER = 'PARAM';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches `${baseUrl}/${build(x)}` for any one path segment x (captured), case-insensitively as .NET routes. */
export function routePattern(baseUrl: string, build: (param: string) => string): RegExp {
  const [before = '', after = ''] = build(MARKER).split(MARKER);
  // A client or proxy may percent-encode the colon; both spellings reach the same route.
  const literal = (text: string) => escapeRegExp(text).replace(/:/g, '(?::|%3A)');
  return new RegExp(`^${escapeRegExp(baseUrl)}/${literal(before)}([^/]+)${literal(after)}$`, 'i');
}

/** The fault-injection path of a route: `da/` and its fixed part, e.g. "da/segment/audience". */
function faultPath(path: string | ((param: string) => string)): string {
  const fixed = typeof path === 'string' ? path : (path(MARKER).split(MARKER)[0] ?? '');
  return `da/${fixed.replace(/[:/]+$/, '')}`;
}

/** `setMockBehavior({failNext: {path: DA_FAULT_PATHS.listByAudience}})` fails the next list. */
export const DA_FAULT_PATHS = {
  login: faultPath(DA_PATHS.login),
  listByAudience: faultPath(DA_PATHS.listByAudience),
  get: faultPath(DA_PATHS.get),
  updateEndDate: faultPath(DA_PATHS.updateEndDate),
  remove: faultPath(DA_PATHS.remove),
  createAudience: faultPath(DA_PATHS.createAudience),
} as const;
