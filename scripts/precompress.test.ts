import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetFile, brotliCopyOf, precompressDirectory, precompressedMiddleware } from './precompress';

/** A script brotli shrinks well, as a built chunk does. */
const SCRIPT = 'export function add(a, b) { return a + b; }\n'.repeat(200);

let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'precompress-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'index-abc.js'), SCRIPT);
  writeFileSync(join(dist, 'assets', 'page-abc.css'), '.row { color: red; }\n'.repeat(100));
  writeFileSync(join(dist, 'assets', 'tiny-abc.js'), 'export {};');
  writeFileSync(join(dist, 'assets', 'logo-abc.png'), Buffer.alloc(4096, 7));
  writeFileSync(join(dist, 'mockServiceWorker.js'), SCRIPT);
  writeFileSync(join(dist, 'secret.js'), SCRIPT);
  precompressDirectory(dist);
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('precompressDirectory', () => {
  it('writes a brotli copy of each script and stylesheet that decompresses to the original', () => {
    const original = readFileSync(join(dist, 'assets', 'index-abc.js'));
    const compressed = readFileSync(join(dist, 'assets', 'index-abc.js.br'));
    expect(compressed.length).toBeLessThan(original.length / 10);
    expect(brotliDecompressSync(compressed).equals(original)).toBe(true);
    expect(existsSync(join(dist, 'assets', 'page-abc.css.br'))).toBe(true);
    expect(existsSync(join(dist, 'mockServiceWorker.js.br'))).toBe(true);
  });

  it('leaves files too small to gain, and images that arrive compressed', () => {
    expect(existsSync(join(dist, 'assets', 'tiny-abc.js.br'))).toBe(false);
    expect(existsSync(join(dist, 'assets', 'logo-abc.png.br'))).toBe(false);
  });
});

describe('assetFile and brotliCopyOf', () => {
  it('find a hashed asset, and its brotli copy where the build wrote one', () => {
    const script = assetFile(dist, '/assets/index-abc.js');
    expect(script).toBe(join(dist, 'assets', 'index-abc.js'));
    expect(brotliCopyOf(script!)).toBe(join(dist, 'assets', 'index-abc.js.br'));
    // Too small to gain: served as it is, still a hashed asset.
    const tiny = assetFile(dist, '/assets/tiny-abc.js');
    expect(tiny).toBe(join(dist, 'assets', 'tiny-abc.js'));
    expect(brotliCopyOf(tiny!)).toBeNull();
  });

  it('leave pages, files outside assets/, images and undecodable paths to Vite', () => {
    expect(assetFile(dist, '/segments')).toBeNull();
    expect(assetFile(dist, '/mockServiceWorker.js')).toBeNull();
    expect(assetFile(dist, '/assets/logo-abc.png')).toBeNull();
    expect(assetFile(dist, '/assets/missing-abc.js')).toBeNull();
    expect(assetFile(dist, '/assets/%E0%A4%A.js')).toBeNull();
  });

  it('never answer with a file outside the build', () => {
    expect(assetFile(dist, '/assets/../secret.js')).toBeNull();
    expect(assetFile(dist, '/assets/..%2Fsecret.js')).toBeNull();
    expect(assetFile(join(dist, 'assets'), '/assets/../../secret.js')).toBeNull();
  });
});

describe('precompressedMiddleware', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    const middleware = precompressedMiddleware(dist, { 'Content-Security-Policy': "default-src 'self'" });
    server = createServer((request, response) => {
      // What the preview's earlier middleware (CORS) has set by then.
      response.setHeader('Vary', 'Origin');
      middleware(request, response, () => {
        response.setHeader('X-Handled-By', 'vite');
        response.end('from vite');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  type RawAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

  /** A raw request: fetch would decode the brotli and hide what was sent. */
  function get(path: string, acceptEncoding: string | null, method = 'GET', destination?: string): Promise<RawAnswer> {
    return new Promise((done, fail) => {
      const headers = {
        ...(acceptEncoding === null ? {} : { 'Accept-Encoding': acceptEncoding }),
        ...(destination === undefined ? {} : { 'Sec-Fetch-Dest': destination }),
      };
      const outgoing = httpRequest(`${origin}${path}`, { method, headers }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () =>
          done({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }),
        );
      });
      outgoing.on('error', fail);
      outgoing.end();
    });
  }

  it('sends the brotli copy to a browser that accepts it, with the preview headers, cached for good', async () => {
    const answer = await get('/assets/index-abc.js?v=1', 'gzip, deflate, br, zstd');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['content-security-policy']).toBe("default-src 'self'");
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers.vary).toBe('Origin, Accept-Encoding');
    expect(brotliDecompressSync(answer.body).toString()).toBe(SCRIPT);
  });

  it('sends the policy to workers, and not with the scripts and stylesheets a page runs under its own', async () => {
    for (const destination of ['worker', 'sharedworker', 'empty']) {
      const answer = await get('/assets/index-abc.js', 'br', 'GET', destination);
      expect(answer.headers['content-security-policy']).toBe("default-src 'self'");
    }
    for (const destination of ['script', 'style']) {
      const answer = await get('/assets/index-abc.js', 'br', 'GET', destination);
      expect(answer.headers['content-encoding']).toBe('br');
      expect(answer.headers['content-security-policy']).toBeUndefined();
    }
  });

  it('leaves a browser without brotli, or refusing it, to Vite, still varying on the encoding', async () => {
    for (const accepted of [null, 'gzip', 'gzip, br;q=0']) {
      const answer = await get('/assets/index-abc.js', accepted);
      expect(answer.headers['x-handled-by']).toBe('vite');
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers.vary).toBe('Origin, Accept-Encoding');
    }
  });

  it('answers HEAD with the headers alone, and leaves other methods and pages to Vite', async () => {
    const head = await get('/assets/index-abc.js', 'br', 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
    expect((await get('/assets/index-abc.js', 'br', 'POST')).headers['x-handled-by']).toBe('vite');
    const page = await get('/segments', 'br');
    expect(page.headers['x-handled-by']).toBe('vite');
    expect(page.headers.vary).toBe('Origin');
  });

  it('sends a script too small for a copy as it is, cached for good, the policy only where it applies', async () => {
    for (const accepted of ['br', null]) {
      const answer = await get('/assets/tiny-abc.js', accepted, 'GET', 'script');
      expect(answer.headers['x-handled-by']).toBeUndefined();
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(answer.headers['content-security-policy']).toBeUndefined();
      // There is one encoding of it, so nothing to vary on.
      expect(answer.headers.vary).toBe('Origin');
      expect(answer.body.toString()).toBe('export {};');
    }
    const asWorker = await get('/assets/tiny-abc.js', 'br', 'GET', 'worker');
    expect(asWorker.headers['content-security-policy']).toBe("default-src 'self'");
  });

  it('leaves a missing asset and an image to Vite', async () => {
    expect((await get('/assets/gone-abc.js', 'br')).headers['x-handled-by']).toBe('vite');
    expect((await get('/assets/logo-abc.png', 'br')).headers['x-handled-by']).toBe('vite');
  });
});
