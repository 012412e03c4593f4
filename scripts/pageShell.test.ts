import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_SHELL_ENTRY, PAGE_SHELL_MODULES } from './pageShell';

const root = resolve(import.meta.dirname, '..');
const importPattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s+['"]([^'"]+)['"]/g;

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? join(root, 'src', spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // Try the next spelling.
    }
  }
  throw new Error(`${spec} (from ${from}) does not resolve`);
}

/** Every module the shell's entry reaches through static imports (type-only ones included). */
function shellGraph(): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [join(root, PAGE_SHELL_ENTRY)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const spec = match[1] ?? match[2]!;
      const target = resolveImport(file, spec);
      if (target) queue.push(target);
      else packages.add(spec);
    }
  }
  return { files: [...files].map((file) => relative(root, file)), packages: [...packages] };
}

describe('the page shell’s chunk', () => {
  it('holds every module the shell imports, so it loads nothing of the app (no React, no MUI)', () => {
    const { files, packages } = shellGraph();
    expect(files.length).toBeGreaterThan(3);
    expect(files.filter((file) => !PAGE_SHELL_MODULES.test(file))).toEqual([]);
    expect(packages).toEqual([]);
  });

  it('does not take modules the shell does not import', () => {
    for (const file of ['src/ui/i18n/index.ts', 'src/ui/i18n/languageStore.ts', 'src/api/connections/store.ts'])
      expect(PAGE_SHELL_MODULES.test(file)).toBe(false);
  });
});
