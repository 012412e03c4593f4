/**
 * `npm run bench`: builds the production bundle and runs every benchmark case,
 * printing a table and writing bench-results.json. Targets are reported, not asserted:
 * performance is measured here, never in timed tests.
 */
import { writeFileSync } from 'node:fs';
import { buildProduction, measureRouteSizes } from './bundle';
import { optionalCases } from './cases';

async function main() {
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

  buildProduction();
  const sizes = measureRouteSizes();
  results.bundle = sizes;
  console.log('\nBundle size per route (gzip, everything the route loads):');
  console.table(
    sizes.map((s) => ({
      route: s.route,
      'JS kB': +(s.jsGzipBytes / 1024).toFixed(1),
      'CSS kB': +(s.cssGzipBytes / 1024).toFixed(1),
      chunks: s.files,
    })),
  );

  for (const benchCase of optionalCases) {
    console.log(`\n${benchCase.title}…`);
    const value = await benchCase.run();
    results[benchCase.key] = { ...(value as object), targets: benchCase.targets };
    console.table(value);
    console.log(`Targets: ${benchCase.targets.join('; ')}`);
  }

  writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWrote bench-results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
