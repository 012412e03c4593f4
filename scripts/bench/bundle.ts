import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotliCopyOf } from '../precompress';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Route → the module its lazy() loads (src/app/routes.tsx). */
const routeModules: Record<string, string> = {
  '/segments': 'src/features/segment-list/SegmentListPage.tsx',
  '/segments/new': 'src/features/segment-editor/SegmentEditorPage.tsx',
  '/segments/:id': 'src/features/segment-detail/SegmentDetailPage.tsx',
  '/segments/:id/edit': 'src/features/segment-editor/SegmentEditorPage.tsx',
  '/settings': 'src/features/settings/SettingsPage.tsx',
};

/**
 * What every first load fetches besides its page, though no entry imports it statically: the app
 * itself (src/main.tsx imports it as soon as it runs) and, as the Lighthouse case measures it
 * with an Altcraft connection, that vendor's adapter (fetched beside the page, main.tsx).
 */
const FIRST_LOAD_MODULES = ['src/app/App.tsx', 'src/api/vendors/altcraft.ts'];

export interface RouteSize {
  route: string;
  jsGzipBytes: number;
  /**
   * What `vite preview` sends to a browser that accepts brotli: each file's `.br` copy
   * (scripts/precompress.ts), or the file itself where the build wrote none (under 1 KiB).
   */
  jsSentBytes: number;
  cssGzipBytes: number;
  files: number;
}

/** Everything a chunk pulls in statically: what the browser must fetch before the route renders. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const child of manifest[key]?.imports ?? []) closure(manifest, child, seen);
  return seen;
}

export function buildProduction(): void {
  execFileSync('npx', ['vite', 'build', '--manifest'], { stdio: 'inherit', env: { ...process.env } });
}

export function measureRouteSizes(distDir = 'dist'): RouteSize[] {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  // index.html's entry, and the page shell's (src/app/shell/main.ts), which runs before it.
  const entryKeys = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entryKeys.length === 0) throw new Error('No entry chunk in the Vite manifest');
  const firstLoad = new Set<string>();
  for (const key of [...entryKeys, ...FIRST_LOAD_MODULES.filter((module) => module in manifest)]) {
    closure(manifest, key, firstLoad);
  }
  const gz = (file: string) => gzipSync(readFileSync(join(distDir, file))).length;
  const sent = (file: string) => {
    const path = join(distDir, file);
    return statSync(brotliCopyOf(path) ?? path).size;
  };
  return Object.entries(routeModules).map(([route, module]) => {
    const keys = closure(manifest, module, new Set(firstLoad));
    let js = 0;
    let jsSent = 0;
    let css = 0;
    for (const key of keys) {
      const chunk = manifest[key];
      if (!chunk) continue;
      js += gz(chunk.file);
      jsSent += sent(chunk.file);
      for (const sheet of chunk.css ?? []) css += gz(sheet);
    }
    return { route, jsGzipBytes: js, jsSentBytes: jsSent, cssGzipBytes: css, files: keys.size };
  });
}
