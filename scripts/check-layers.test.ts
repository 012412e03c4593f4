import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allowedImports } from './layers.mjs';

const checker = join(import.meta.dirname, 'check-layers.mjs');
const trees: string[] = [];

/** A throwaway project with these files under src/, checked by the real script. */
function check(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  trees.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'src', path)), { recursive: true });
    writeFileSync(join(root, 'src', path), text);
  }
  const run = spawnSync(process.execPath, [checker, root], { encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

afterEach(() => {
  for (const root of trees.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('layer check', () => {
  it('passes imports that go the allowed way', () => {
    const result = check({
      'domain/model.ts': 'export type Id = string;\n',
      'api/provider.ts': "import type { Id } from '@/domain/model';\nexport type P = Id;\n",
      'features/list/Page.tsx': "import type { P } from '../../api/provider';\nexport type Q = P;\n",
    });
    expect(result).toMatchObject({ status: 0, output: expect.stringContaining('all imports go one way') });
  });

  it('fails a wrong-way import, naming the file and the layers', () => {
    const result = check({
      'api/provider.ts': 'export const x = 1;\n',
      'domain/model.ts': "import { x } from '@/api/provider';\nexport const y = x;\n",
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain('src/domain/model.ts: domain may not import api');
  });

  it('fails a feature that imports another feature, dynamic imports included', () => {
    const result = check({
      'features/list/Page.tsx': 'export default 1;\n',
      'features/detail/Page.tsx': "export const load = () => import('@/features/list/Page');\n",
    });
    expect(result.status).toBe(1);
    expect(result.output).toContain('features/detail may not import features/list');
  });

  it('lets tests reach the embedded backend and the app, and nothing else extra', () => {
    expect(allowedImports('features', 'mocks')).toBe(false);
    expect(allowedImports('features', 'mocks', { isTest: true })).toBe(true);
    expect(allowedImports('ui', 'api', { isTest: true })).toBe(false);
  });
});
