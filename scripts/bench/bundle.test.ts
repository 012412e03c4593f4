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
};

let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'bundle-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dist, file), content);
  const manifest = {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_tiny'] },
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
  it('counts what a route loads: the entry, its page and what they import, gzipped and as brotli sends it', () => {
    const list = measureRouteSizes(dist).find((size) => size.route === '/segments');
    const names = ['index', 'tiny', 'list', 'shared'] as const;
    const gzip = names.reduce((sum, name) => sum + gzipSync(files[`assets/${name}.js`]).length, 0);
    expect(list).toMatchObject({ files: 4, jsGzipBytes: gzip });
    // The tiny file has no brotli copy and is sent as it is; the others as their brotli copies.
    const brotli = ['index', 'list', 'shared'].reduce(
      (sum, name) => sum + statSync(join(dist, 'assets', `${name}.js.br`)).size,
      0,
    );
    expect(list!.jsSentBytes).toBe(brotli + files['assets/tiny.js'].length);
    expect(list!.jsSentBytes).toBeLessThan(gzip);
  });
});
