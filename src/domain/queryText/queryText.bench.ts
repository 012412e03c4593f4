/**
 * Timings of text mode on a 1,000-condition tree, for scripts/bench (performance is measured
 * there, never in timed tests). Each figure is the median of several runs after a warm-up, in ms.
 * Run: npx tsx -e "import('./src/domain/queryText/queryText.bench.ts').then(m=>console.log(m.benchQueryText()))"
 */
import { buildLargeTree, TEST_CATALOG } from '../testing/arbitraries';
import { measure } from '../testing/timing';
import { parseQuery } from './parse';
import { printGroup } from './print';

/** Runs per figure after the warm-up (odd, so the median is one run). */
const RUNS = 21;

export function benchQueryText(conditions = 1000): Record<string, number> {
  const tree = buildLargeTree(conditions);
  const text = printGroup(tree, TEST_CATALOG);
  let next = 0;
  const options = { catalog: TEST_CATALOG, newId: () => `t${next++}` };
  const parsed = parseQuery(text, options);
  if (!parsed.ok || printGroup(parsed.root, TEST_CATALOG) !== text) throw new Error('text mode does not round-trip');
  return {
    textPrintMs_1000: measure(() => void printGroup(tree, TEST_CATALOG), RUNS),
    textParseMs_1000: measure(() => void parseQuery(text, options), RUNS),
    textChars_1000: text.length,
  };
}
