/**
 * The embedded demo backend over real HTTP, for testing the app across the network
 * (`npm run mock-server`; PORT defaults to 8787). The same MSW handlers as the browser worker and
 * Vitest, served by @mswjs/http-middleware, with CORS so the app on another origin can call it.
 * One port serves the three vendors: Altcraft at /api/v1.1, Push0 at /push0/v1, Digital Audience
 * at /da. Digital Audience takes its session from the cookie only, as the real service does, so
 * a request gets through only when a proxy turned the app's session header into the cookie.
 *
 * Run under tsx, which resolves the `@/` alias from tsconfig.json's `paths`.
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type RequestListener,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { createServer as createMockApp } from '@mswjs/http-middleware';
import { DA_SESSION_HEADER, DEMO_DA_PASSWORD, DEMO_DA_USER, DEMO_PUSH0_KEY, DEMO_TOKEN } from '../src/api/demo';
import { createHandlers } from '../src/mocks/handlers';

export const DEFAULT_PORT = 8787;
export const API_PATH = '/api/v1.1';
export const PUSH0_PATH = '/push0/v1';
export const DA_PATH = '/da';

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': `Authorization, Content-Type, Request-ID, ${DA_SESSION_HEADER}`,
  // Both spellings of Altcraft's replay headers (docs/contracts.md §1).
  'Access-Control-Expose-Headers': 'Duplicate-Request, Duplicate-Key, X-Duplicate-Request, X-Duplicate-Key',
  // With the origin echoed (browsers send one on every CORS request), a same-site app may send
  // Digital Audience's cookie along.
  'Access-Control-Allow-Credentials': 'true',
  'Access-Control-Max-Age': '600',
};

/** Any origin may call: the answer echoes it (or `*` without one), so credentialed calls work too. */
function applyCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', origin ?? '*');
  if (origin) res.setHeader('Vary', 'Origin');
  for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
}

/** Handlers match `localhost`; loopback aliases (127.0.0.1, [::1]) are the same server. */
function normalizeLoopbackHost(req: IncomingMessage, port: number): void {
  const host = req.headers.host ?? '';
  if (/^(127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host)) req.headers.host = `localhost:${port}`;
}

/** The base URL of each vendor, to put in the app's connection settings. */
export interface MockServerUrls {
  altcraft: string;
  push0: string;
  digitalAudience: string;
}

export interface MockServer {
  /** The Altcraft base URL (the first release's only vendor); `urls` has all three. */
  url: string;
  urls: MockServerUrls;
  port: number;
  close(): Promise<void>;
}

export function mockServerUrls(port: number): MockServerUrls {
  const origin = `http://localhost:${port}`;
  return { altcraft: `${origin}${API_PATH}`, push0: `${origin}${PUSH0_PATH}`, digitalAudience: `${origin}${DA_PATH}` };
}

function handlersFor(port: number): RequestListener {
  const urls = mockServerUrls(port);
  // Cookie only, and kept by each client: see DaSessionOptions in src/mocks/digitalAudience/session.ts.
  const daSession = { acceptSessionHeader: false, cookieJar: 'client' } as const;
  return createMockApp(...createHandlers({ ...urls, daSession })) as RequestListener;
}

export function startMockServer(port: number = DEFAULT_PORT): Promise<MockServer> {
  let app: RequestListener | null = null;
  const server = createHttpServer((req, res) => {
    applyCors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'GET' && req.url === '/health') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
      return;
    }
    const actualPort = (server.address() as AddressInfo).port;
    normalizeLoopbackHost(req, actualPort);
    app ??= handlersFor(actualPort);
    app(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      const actual = (server.address() as AddressInfo).port;
      const urls = mockServerUrls(actual);
      resolve({
        url: urls.altcraft,
        urls,
        port: actual,
        close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
  });
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;

if (isMain) {
  const port = Number(process.env.PORT ?? DEFAULT_PORT);
  startMockServer(port).then(
    ({ urls }) =>
      console.log(
        [
          'Mock backends listening:',
          `  Altcraft           ${urls.altcraft} (token: ${DEMO_TOKEN})`,
          `  Push0              ${urls.push0} (key: ${DEMO_PUSH0_KEY})`,
          `  Digital Audience   ${urls.digitalAudience} (user: ${DEMO_DA_USER}, password: ${DEMO_DA_PASSWORD};`,
          `                     cookie only: reach it through the dev server's proxy, see docs/deploy/README.md)`,
        ].join('\n'),
      ),
    (error: unknown) => {
      console.error(`The mock server could not start on port ${port}:`, error);
      process.exitCode = 1;
    },
  );
}
