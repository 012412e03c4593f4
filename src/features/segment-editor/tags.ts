/** Adds typed or pasted tags: trimmed, blanks dropped, and no tag twice (ignoring case). */
export function addTags(current: readonly string[], incoming: readonly string[]): string[] {
  const seen = new Set(current.map((tag) => tag.toLocaleLowerCase()));
  const result = [...current];
  for (const raw of incoming) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}
