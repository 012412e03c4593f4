#!/usr/bin/env node
// Enforces docs/architecture.md's one-way layers: a wrong-way import fails `npm run lint`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowedImports, layerOf } from './layers.mjs';

// The project root; a test passes a fixture tree instead.
const root = process.argv[2] ? resolve(process.argv[2]) : resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const importPattern =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.(ts|tsx)$/.test(name)) yield path;
  }
}

function targetOf(file, spec) {
  if (spec.startsWith('@/')) return join(src, spec.slice(2));
  if (spec.startsWith('.')) return resolve(dirname(file), spec);
  return null;
}

const problems = [];
for (const file of walk(src)) {
  const from = layerOf(relative(src, file).split(sep).join('/'));
  if (!from) continue;
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(importPattern)) {
    const spec = match[1] ?? match[2] ?? match[3];
    const target = targetOf(file, spec);
    if (!target) continue;
    const rel = relative(src, target).split(sep).join('/');
    const to = layerOf(rel);
    if (!to || to.name === from.name) {
      // Features may not import each other: same layer, different feature folder.
      if (to && from.name === 'features' && to.unit !== from.unit) {
        problems.push(`${relative(root, file)}: features/${from.unit} may not import features/${to.unit} (${spec})`);
      }
      continue;
    }
    if (!allowedImports(from.name, to.name, { isTest: /\.test\.tsx?$/.test(file) })) {
      problems.push(`${relative(root, file)}: ${from.name} may not import ${to.name} (${spec})`);
    }
  }
}

if (problems.length) {
  console.error(`Layer check failed (see docs/architecture.md, Layers):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Layer check: all imports go one way.');
