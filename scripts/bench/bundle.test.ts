import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../precompress';
import { measureRouteSizes } from './bundle';

const script = (name: string) => `export const ${name} = () => ${JSON.stringify(name.repeat(40))};\n`.repeat(60);
const files = {
  'assets/index.js': script('entry'),
  'assets/list.js': script('list'),
  'assets/shared.js': script('shared'),
  'assets/editor.js': script('editor'),
  'assets/tiny.js': 'export {};',
  'assets/shell.js': script('shell'),
  'assets/app.js': script('app'),
  'assets/altcraft.js': script('altcraft'),
  'assets/push0.js': script('push0'),
};

let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'bundle-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dist, file), content);
  const manifest = {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_tiny'] },
    'src/app/shell/main.ts': { file: 'assets/shell.js', isEntry: true },
    'src/app/App.tsx': { file: 'assets/app.js', isDynamicEntry: true, imports: ['_shared'] },
    'src/api/vendors/altcraft.ts': { file: 'assets/altcraft.js', isDynamicEntry: true },
    'src/api/vendors/push0.ts': { file: 'assets/push0.js', isDynamicEntry: true },
    _tiny: { file: 'assets/tiny.js' },
    _shared: { file: 'assets/shared.js' },
    'src/features/segment-list/SegmentListPage.tsx': { file: 'assets/list.js', imports: ['_shared'] },
    'src/features/segment-editor/SegmentEditorPage.tsx': { file: 'assets/editor.js', imports: ['_shared'] },
  };
  writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
  precompressDirectory(dist);
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('measureRouteSizes', () => {
  it('counts what a first load fetches: the entries, the app, the adapter, the page and their imports', () => {
    const list = measureRouteSizes(dist).find((size) => size.route === '/segments');
    // Not push0: only the active connection's adapter loads, and the bench's is Altcraft's.
    const names = ['index', 'tiny', 'shell', 'app', 'altcraft', 'list', 'shared'] as const;
    const gzip = names.reduce((sum, name) => sum + gzipSync(files[`assets/${name}.js`]).length, 0);
    expect(list).toMatchObject({ files: 7, jsGzipBytes: gzip });
    // The tiny file has no brotli copy and is sent as it is; the others as their brotli copies.
    const brotli = ['index', 'shell', 'app', 'altcraft', 'list', 'shared'].reduce(
      (sum, name) => sum + statSync(join(dist, 'assets', `${name}.js.br`)).size,
      0,
    );
    expect(list!.jsSentBytes).toBe(brotli + files['assets/tiny.js'].length);
    expect(list!.jsSentBytes).toBeLessThan(gzip);
  });
});
