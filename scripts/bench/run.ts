/**
 * `npm run bench`: builds the production bundle and runs every benchmark case, printing a table
 * and writing bench-results.json. Targets are reported, not asserted: performance is measured
 * here, never in timed tests.
 *
 * `npm run bench -- lighthouse list` runs only the named cases (keys in cases.ts; `bundle` is the
 * bundle-size table) and merges their results into the existing bench-results.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildProduction, measureRouteSizes } from './bundle';
import { optionalCases } from './cases';
import { selectCases } from './selectCases';

const REPORT = 'bench-results.json';

function previousReport(): Record<string, unknown> {
  if (!existsSync(REPORT)) return {};
  try {
    return JSON.parse(readFileSync(REPORT, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

async function main() {
  const { cases, bundle } = selectCases(
    process.argv.slice(2),
    optionalCases.map((benchCase) => benchCase.key),
  );
  const results: Record<string, unknown> = {
    ...(cases.length < optionalCases.length || !bundle ? previousReport() : {}),
    date: new Date().toISOString(),
    node: process.version,
  };

  if (bundle) {
    buildProduction();
    const sizes = measureRouteSizes();
    results.bundle = sizes;
    console.log('\nBundle size per route (everything the route loads; gzip, and as sent: brotli):');
    console.table(
      sizes.map((s) => ({
        route: s.route,
        'JS kB': +(s.jsGzipBytes / 1024).toFixed(1),
        'JS kB sent': +(s.jsSentBytes / 1024).toFixed(1),
        'CSS kB': +(s.cssGzipBytes / 1024).toFixed(1),
        chunks: s.files,
      })),
    );
  }

  for (const benchCase of optionalCases.filter((c) => cases.includes(c.key))) {
    console.log(`\n${benchCase.title}…`);
    const value = await benchCase.run();
    results[benchCase.key] = Array.isArray(value)
      ? { rows: value, targets: benchCase.targets }
      : { ...(value as object), targets: benchCase.targets };
    console.table(value);
    console.log(`Targets: ${benchCase.targets.join('; ')}`);
  }

  writeFileSync(REPORT, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${REPORT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
