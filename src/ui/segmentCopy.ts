import type { Segment } from '@/domain/model';

/**
 * A clone's content: everything that defines the audience, vendor parts the builder does not
 * model included (`origin`), without what belongs to the original: its id, size and dates.
 */
export function copyOf(segment: Segment, name: string): Segment {
  const { id: _id, count: _count, updatedAt: _updatedAt, ...rest } = segment;
  return { ...rest, name };
}

/** How a copy is named in the reader's language: "VIP (copy)", then "VIP (copy 2)", "VIP (copy 3)"… */
export interface CopyWords {
  first: (name: string) => string;
  numbered: (name: string, number: number) => string;
}

/** Names compared as the backends compare them for uniqueness: trimmed, case-insensitive. */
export const nameKey = (name: string) => name.trim().toLowerCase();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The name a copy's name was made from: "VIP (copy 2)" → "VIP", so a copy of a copy is numbered
 * on ("VIP (copy 3)") instead of growing ("VIP (copy 2) (copy)"). Only where the words put the
 * name first and the mark after it, as both languages do; any other name is its own base.
 */
export function copyBase(name: string, words: CopyWords): string {
  const firstMark = words.first('');
  const numberedMark = (n: number) => words.numbered('', n);
  if (words.first('x') !== `x${firstMark}` || words.numbered('x', 7) !== `x${numberedMark(7)}`) return name;
  const [before, after] = numberedMark(987654321).split('987654321') as [string, string];
  const mark = new RegExp(
    `^(.+?)(?:${escapeRegExp(firstMark)}|${escapeRegExp(before)}[1-9]\\d*${escapeRegExp(after)})$`,
  );
  return mark.exec(name)?.[1] ?? name;
}

/**
 * The first free name for a copy of `source` (of the original, when `source` is itself a copy):
 * "(copy)" when that is free, else the lowest "(copy N)" from 2 up that no name in `taken` uses.
 */
export function copyName(source: string, taken: Iterable<string>, words: CopyWords): string {
  const used = new Set<string>();
  for (const name of taken) used.add(nameKey(name));
  const base = copyBase(source, words);
  const first = words.first(base);
  if (!used.has(nameKey(first))) return first;
  // At most used.size names are taken, so one of the next used.size + 1 numbers is free.
  for (let number = 2; ; number += 1) {
    const candidate = words.numbered(base, number);
    if (!used.has(nameKey(candidate))) return candidate;
  }
}

/** A create refused because the name is in use (409 on Altcraft): safe to send again under another name. */
export type NameTaken = (error: unknown) => boolean;

/** Enough for names a slow list had not shown yet; past that, the refusal is shown as it is. */
export const MAX_COPY_ATTEMPTS = 10;

/**
 * Creates a copy of `source` under the first free name among the names known (`taken`). The server
 * knows names the loaded list did not show: when it refuses a name as taken, the next free one is
 * tried. Only a refusal is retried this way; any other failure (a timeout, a lost answer) is
 * uncertain, so it is returned to the caller, who may retry that same write under its Request-ID.
 */
export async function saveCopy<R>({
  source,
  taken,
  words,
  save,
  nameTaken,
}: {
  source: Segment;
  taken: Iterable<string>;
  words: CopyWords;
  save: (copy: Segment) => Promise<R>;
  nameTaken: NameTaken;
}): Promise<{ result: R; name: string }> {
  const known = [...taken];
  for (let attempt = 1; ; attempt += 1) {
    const name = copyName(source.name, known, words);
    try {
      return { result: await save(copyOf(source, name)), name };
    } catch (error) {
      if (!nameTaken(error) || attempt >= MAX_COPY_ATTEMPTS) throw error;
      known.push(name);
    }
  }
}
