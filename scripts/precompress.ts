/**
 * Brotli for the built app: every script and stylesheet the build writes gets a `.br` beside it,
 * compressed once at brotli's highest quality, and `vite preview` sends it to browsers that accept
 * `br`.
 *
 * Why: `vite preview` compresses on the fly with gzip at level 6 and has no brotli. Brotli at
 * quality 11 makes the app's scripts about 13% smaller than that, too slow to do per request but
 * free at build time. A production server sends the same files with nginx's `brotli_static on;`,
 * Caddy's `precompressed br`, or by uploading them with `Content-Encoding: br` (README, "Deploying").
 *
 * Only the hashed files under `assets/` are served this way: their names change with their
 * content, so they are also sent as immutable. That includes the few too small for a copy, sent
 * as they are, so that they too are cached for good and carry the policy only where it applies. Pages (index.html and the routes that fall back to
 * it) stay with Vite, which adds the Content-Security-Policy and the other preview headers.
 */
import { brotliCompressSync, constants } from 'node:zlib';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { policyAppliesTo } from './csp.ts';

/** What gains from compression; images and fonts arrive compressed already. */
const COMPRESSIBLE: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** Below this the brotli header and a request's headers outweigh the saving. */
const MIN_BYTES = 1024;

const ASSETS_PREFIX = '/assets/';

function brotliOf(content: Buffer): Buffer {
  return brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

const copyPathOf = (file: string) => `${file}.br`;

/** The brotli copy the build wrote beside `file`, or null where it wrote none (small files, images). */
export function brotliCopyOf(file: string): string | null {
  const copy = copyPathOf(file);
  return existsSync(copy) && statSync(copy).isFile() ? copy : null;
}

/** Writes `<file>.br` for each compressible file under `dir` that brotli makes smaller. */
export function precompressDirectory(dir: string): string[] {
  const written: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      written.push(...precompressDirectory(path));
      continue;
    }
    if (!(extname(entry.name) in COMPRESSIBLE)) continue;
    const content = readFileSync(path);
    if (content.length < MIN_BYTES) continue;
    const compressed = brotliOf(content);
    if (compressed.length >= content.length) continue;
    writeFileSync(copyPathOf(path), compressed);
    written.push(copyPathOf(path));
  }
  return written;
}

function acceptsBrotli(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  // `br;q=0` is a refusal.
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    if (coding?.trim().toLowerCase() !== 'br') return false;
    const quality = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

/** The hashed script, stylesheet or JSON a request's path names, or null to leave it to Vite. */
export function assetFile(distDir: string, urlPath: string): string | null {
  if (!urlPath.startsWith(ASSETS_PREFIX)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!(extname(decoded) in COMPRESSIBLE)) return null;
  const assets = resolve(distDir, `.${ASSETS_PREFIX}`);
  const file = resolve(distDir, `.${decoded}`);
  // `/assets/../../secret.js` resolves outside the hashed files, or outside the build.
  if (!file.startsWith(assets + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function appendVary(response: ServerResponse, name: string): void {
  const current = response.getHeader('Vary');
  const names = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  if (!names.some((value) => value.toLowerCase() === name.toLowerCase())) names.push(name);
  response.setHeader('Vary', names.join(', '));
}

/**
 * `headers` are the preview's own (vite.config.ts), so the `.br` answer carries them as Vite's
 * would, the Content-Security-Policy only where it applies.
 */
export function precompressedMiddleware(
  distDir: string,
  headers: OutgoingHttpHeaders = {},
): Connect.NextHandleFunction {
  return (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    const urlPath = (request.url ?? '').split(/[?#]/)[0] ?? '';
    const file = assetFile(distDir, urlPath);
    if (!file) return next();
    const compressed = brotliCopyOf(file);
    // Whether or not this answer is brotli, a cache must key it on what the browser accepts.
    if (compressed) appendVary(response, 'Accept-Encoding');
    // A browser without brotli gets Vite's gzip. A file too small for a copy is sent as it is,
    // here rather than by Vite, so it too is cached for good and carries no needless policy.
    if (compressed && !acceptsBrotli(request.headers['accept-encoding'])) return next();
    const body = readFileSync(compressed ?? file);
    response.statusCode = 200;
    const withPolicy = policyAppliesTo(request.headers['sec-fetch-dest']);
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined) continue;
      if (!withPolicy && name.toLowerCase() === 'content-security-policy') continue;
      response.setHeader(name, value);
    }
    response.setHeader('Content-Type', COMPRESSIBLE[extname(urlPath)] ?? 'application/octet-stream');
    if (compressed) response.setHeader('Content-Encoding', 'br');
    response.setHeader('Content-Length', body.length);
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}

export function precompress(): Plugin {
  let outDir = 'dist';
  let building = false;
  return {
    name: 'segment-studio:precompress',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    // After every file is on disk, the public folder's included.
    closeBundle: {
      order: 'post',
      handler() {
        if (building && existsSync(outDir)) precompressDirectory(outDir);
      },
    },
    configurePreviewServer(server) {
      // Installed before Vite's own middlewares, so a `.br` is answered before its on-the-fly gzip.
      server.middlewares.use(precompressedMiddleware(outDir, server.config.preview.headers));
    },
  };
}
