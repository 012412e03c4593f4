/**
 * What the editor suggests at the cursor. The domain's `completionsAt` follows the parser, which
 * stops at the first syntax error; so past a typo earlier in the text, suggestions come from the
 * clause being typed alone (what follows the last and/or/not, bracket or comma), and the typo
 * does not switch off suggestions for the rest of the text.
 */
import type { FieldCatalog } from '@/domain/model';
import { completionsAt, parseQuery, type Completions, type TextCapabilities } from '@/domain/queryText';

const BOUNDARY = /(?<![\p{L}\p{N}_])(?:and|or|not)(?![\p{L}\p{N}_])\s*|[(,]\s*/giu;

export function completionsNear(
  text: string,
  offset: number,
  catalog: FieldCatalog,
  capabilities?: TextCapabilities,
): Completions {
  const found = completionsAt(text, offset, catalog, capabilities);
  if (found.options.length > 0) return found;
  const before = text.slice(0, offset);
  let start = -1;
  let clause = 0;
  for (const match of before.matchAll(BOUNDARY)) {
    start = match.index;
    clause = match.index + match[0].length;
  }
  if (start < 0) return found;
  // Only a typo before the clause is stepped over; anywhere else the parser's answer stands.
  const reading = parseQuery(before, { catalog, newId: () => '' });
  if (reading.ok || reading.errors[0]!.from >= start) return found;
  const near = completionsAt(text.slice(clause, offset), offset - clause, catalog, capabilities);
  return near.options.length > 0 ? { from: near.from + clause, options: near.options } : found;
}
