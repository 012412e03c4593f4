/**
 * Normalisers shared by the evaluator and the validator, so both agree on what "equal",
 * "before" or "greater" mean for each field type.
 */
import type { FieldType } from './model';

const DAY_MS = 86_400_000;

/**
 * Caches a pure parser of strings. Profiles repeat the same dates and versions over and over, and
 * parsing them is the evaluator's hot spot; the cache starts afresh when it grows too big.
 */
export function memoizeString<R>(parse: (text: string) => R, maxSize = 10_000): (text: string) => R {
  let cache = new Map<string, R>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined && !cache.has(text)) {
      if (cache.size >= maxSize) cache = new Map();
      result = parse(text);
      cache.set(text, result);
    }
    return result as R;
  };
}

/** A finite number from a number or a numeric string; blank strings are not zero. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Days since 1970-01-01 (UTC) of a date given as 'YYYY-MM-DD', a longer ISO timestamp (its
 * calendar date is used), epoch milliseconds or a Date.
 */
export function toDay(value: unknown): number | undefined {
  if (typeof value === 'string') return dayOfText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? Math.floor(value / DAY_MS) : undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : Math.floor(value.getTime() / DAY_MS);
  return undefined;
}

// Sized for every day of three centuries: a database's birth dates alone are tens of thousands of
// distinct strings, and a smaller cache would be emptied over and over within one count.
const dayOfText = memoizeString((text: string): number | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return m ? Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS) : undefined;
}, 110_000);

/** Dotted version parts (cached and shared: never mutate); a non-numeric part counts as 0, so 1.2-beta reads as 1.2. */
export function toVersion(value: unknown): readonly number[] | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? versionOfText(String(value)) : undefined;
  return typeof value === 'string' ? versionOfText(value) : undefined;
}

const versionOfText = memoizeString((text: string): readonly number[] | undefined => {
  if (text.trim() === '') return undefined;
  return text
    .trim()
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0);
});

/** Compares dotted versions part by part; missing parts are 0, so 1.2 equals 1.2.0. */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Text comparisons ignore case: marketers type "moscow" and mean "Moscow". */
export function toText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value).toLowerCase();
  return undefined;
}

/** Enum options compare by their written form, so 1 and '1' are the same option. */
export function toOptionKey(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

export function isMissing(value: unknown): boolean {
  return value === undefined || value === null;
}

/** No value at all, an empty string or an empty list. */
export function isEmptyValue(value: unknown): boolean {
  return isMissing(value) || value === '' || (Array.isArray(value) && value.length === 0);
}

export function toBoolean(value: unknown): boolean | undefined {
  if (value === true || value === 1 || value === 'true' || value === '1') return true;
  if (value === false || value === 0 || value === 'false' || value === '0') return false;
  return undefined;
}

const keyOf =
  <K>(toKey: (value: unknown) => K | undefined, format: (key: K) => string) =>
  (value: unknown): string | undefined => {
    const key = toKey(value);
    return key === undefined ? undefined : format(key);
  };

/** Trailing zero parts do not change a version, so they are dropped from its equality key. */
const versionText = (parts: readonly number[]): string => {
  let end = parts.length;
  while (end > 0 && parts[end - 1] === 0) end -= 1;
  return parts.slice(0, end).join('.');
};

/** Numbers and days are their own keys: no string conversion in the hot loop. */
type EqualityKey = string | number;

const EQUALITY_KEYS: Readonly<Record<FieldType, (value: unknown) => EqualityKey | undefined>> = {
  string: toText,
  email: toText,
  list: toText,
  enum: toOptionKey,
  number: toNumber,
  date: toDay,
  version: keyOf(toVersion, versionText),
  boolean: keyOf(toBoolean, String),
};

/**
 * A key that is equal for two values exactly when the field type considers them equal
 * ('Moscow' and 'moscow'; 5 and '5'; '1.2' and '1.2.0'). Undefined when the value has no meaning
 * for the type.
 */
export function equalityKey(type: FieldType): (value: unknown) => EqualityKey | undefined {
  return EQUALITY_KEYS[type];
}

/** How values of an ordered field type turn into comparable keys. */
export interface Order<K> {
  key: (value: unknown) => K | undefined;
  compare: (a: K, b: K) => number;
}

const byDifference = (a: number, b: number): number => a - b;
const NUMBER_ORDER: Order<number> = { key: toNumber, compare: byDifference };
const DATE_ORDER: Order<number> = { key: toDay, compare: byDifference };
const VERSION_ORDER: Order<readonly number[]> = { key: toVersion, compare: compareVersions };

/**
 * Runs `run` with the order of a field type: versions compare part by part, dates by day, anything
 * else as numbers. The callback form keeps the key type consistent without casts.
 */
export function withOrder<R>(type: FieldType, run: <K>(order: Order<K>) => R): R {
  if (type === 'version') return run(VERSION_ORDER);
  return run(type === 'date' ? DATE_ORDER : NUMBER_ORDER);
}
