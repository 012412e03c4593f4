/**
 * The embedded demo backend over real HTTP, for testing the app across the network
 * (`npm run mock-server`; PORT defaults to 8787). The same MSW handlers as the browser worker and
 * Vitest, served by @mswjs/http-middleware, with CORS so the app on another origin can call it.
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
import { DEMO_TOKEN } from '../src/api/demo';
import { createHandlers } from '../src/mocks/handlers';

export const DEFAULT_PORT = 8787;
export const API_PATH = '/api/v1.1';

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'POST, GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Request-ID',
  'Access-Control-Expose-Headers': 'Duplicate-Request, Duplicate-Key',
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

export interface MockServer {
  /** The base URL to put in the app's connection settings. */
  url: string;
  port: number;
  close(): Promise<void>;
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
    app ??= createMockApp(...createHandlers(`http://localhost:${actualPort}${API_PATH}`)) as RequestListener;
    app(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://localhost:${actual}${API_PATH}`,
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
    ({ url }) => console.log(`Mock Altcraft API listening at ${url} (token: ${DEMO_TOKEN})`),
    (error: unknown) => {
      console.error(`The mock server could not start on port ${port}:`, error);
      process.exitCode = 1;
    },
  );
}
