/**
 * Which known values a typed text suggests. Each typed word must begin a word of the value, in
 * order, either as its start ("Pet" → "Petersburg") or as an abbreviation that keeps the word's
 * first letter and some of its letters in order ("St." → "Saint"), so "St. P" finds
 * "Saint Petersburg". Whole-text prefixes rank first, then word prefixes, then abbreviations;
 * within a rank the more frequent value comes first.
 */

export interface KnownValue {
  value: string;
  count: number;
}

const normal = (text: string): string => text.trim().toLocaleLowerCase();

const wordsOf = (text: string): string[] =>
  text
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** `token` keeps the first letter of `word` and some of its letters in order ("st" of "saint"). */
function abbreviates(token: string, word: string): boolean {
  if (token[0] !== word[0]) return false;
  let at = 0;
  for (const letter of word) {
    if (letter === token[at]) at += 1;
    if (at === token.length) return true;
  }
  return false;
}

/** 0 (a prefix of the whole value) to 2 (abbreviations); null when the value does not fit. */
export function matchRank(typed: string, value: string): number | null {
  const text = typed.trim().toLocaleLowerCase();
  // Both sides without their leading spaces: a typed prefix is trimmed too.
  if (text === '' || value.trimStart().toLocaleLowerCase().startsWith(text)) return 0;
  const tokens = wordsOf(text);
  if (tokens.length === 0) return null;
  const words = wordsOf(value);
  let rank = 1;
  let next = 0;
  for (const token of tokens) {
    let found = false;
    while (next < words.length && !found) {
      const word = words[next]!;
      next += 1;
      if (word.startsWith(token)) found = true;
      else if (abbreviates(token, word)) {
        found = true;
        rank = 2;
      }
    }
    if (!found) return null;
  }
  return rank;
}

/** Whether `typed` is one of the values (ignoring case and surrounding spaces, like the counts). */
export function isKnownValue(typed: string, known: readonly KnownValue[]): boolean {
  const text = normal(typed);
  return known.some((entry) => normal(entry.value) === text);
}

/** Up to `limit` values that `typed` suggests, best first; the exact value itself is not repeated. */
export function suggestValues(typed: string, known: readonly KnownValue[], limit = 8): string[] {
  const exact = normal(typed);
  const ranked: Array<{ value: string; count: number; rank: number }> = [];
  for (const entry of known) {
    if (normal(entry.value) === exact) continue;
    const rank = matchRank(typed, entry.value);
    if (rank !== null) ranked.push({ ...entry, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || b.count - a.count);
  return ranked.slice(0, Math.max(0, limit)).map((entry) => entry.value);
}
