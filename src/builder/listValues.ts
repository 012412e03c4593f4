/** Separators a pasted list may use: new lines (any platform), commas, semicolons and tabs. */
const SEPARATORS = /[\r\n,;\t]+/;

/** Splits pasted or typed text into trimmed, non-empty values. */
export function splitValues(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export interface MergedValues {
  values: string[];
  /** How many incoming values were new. */
  added: number;
  /** How many incoming values were already there (or repeated in the input). */
  duplicates: number;
}

/** Appends `incoming` to `existing`, keeping the first of every repeated value. */
export function mergeValues(existing: readonly string[], incoming: readonly string[]): MergedValues {
  const seen = new Set(existing);
  const values = existing.slice();
  for (const value of incoming) {
    if (seen.has(value)) continue;
    seen.add(value);
    values.push(value);
  }
  const added = values.length - existing.length;
  return { values, added, duplicates: incoming.length - added };
}
