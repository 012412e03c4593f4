import { DEMO_HOST } from './demoHost';

/** The embedded demo backend (demoHost.ts): one path per vendor under its host, each in its vendor's wire format. */
export { DEMO_HOST };
export const DEMO_BASE_URL = `${DEMO_HOST}/api/v1.1`;
export const DEMO_TOKEN = 'demo-token';

/** The embedded Push0 backend (docs/contracts.md §2) and the key it accepts. */
export const DEMO_PUSH0_BASE_URL = `${DEMO_HOST}/push0/v1`;
export const DEMO_PUSH0_KEY = 'demo-push0-key';

/** The embedded Digital Audience backend (docs/contracts.md §3): its login, session and audience. */
export const DEMO_DA_BASE_URL = `${DEMO_HOST}/da`;
export const DEMO_DA_USER = 'demo';
export const DEMO_DA_PASSWORD = 'demo-password';
export const DEMO_DA_SESSION = 'demo-da-session';
export const DEMO_DA_AUDIENCE_ID = '1001';

/**
 * The request header that carries a Digital Audience session from the app to its proxy, which
 * turns it into the vendor's `digitalAudience` cookie: a page may not set `Cookie` on fetch.
 * The proxy (vite.config.ts, docs/deploy/nginx.conf) strips it before the request leaves.
 */
export const DA_SESSION_HEADER = 'X-DA-Session';
/** The vendor's session cookie (docs/contracts.md §3). */
export const DA_SESSION_COOKIE = 'digitalAudience';
