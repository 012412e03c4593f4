/**
 * How each operator is written in text mode: one table keyed by OperatorId, so a new operator does
 * not compile until it has a spelling. Symbols where mathematics has one, words elsewhere.
 *
 * Several operators share a spelling when they never meet on one field type ("=" is `equals` on a
 * string, `is` on an enum, `on` on a date); the parser picks the one the field's type offers, and
 * spellings.test.ts checks that the pick is never ambiguous.
 */
import type { OperatorId } from '../model';

export interface OperatorSpelling {
  /** What the printer writes, word by word, in lower case: ['not', 'in'], ['>=']. */
  words: readonly string[];
  /** Other spellings the parser accepts but never prints. */
  aliases?: readonly (readonly string[])[];
  /** Words after the value: "in last 30 days", "more than 30 days ago". */
  suffix?: readonly string[];
}

const words = (text: string, extra: Omit<OperatorSpelling, 'words'> = {}): OperatorSpelling => ({
  words: text.split(' '),
  ...extra,
});

export const OPERATOR_SPELLINGS: Readonly<Record<OperatorId, OperatorSpelling>> = {
  equals: words('='),
  not_equals: words('!='),
  contains: words('contains'),
  not_contains: words('not contains'),
  begins_with: words('begins with'),
  ends_with: words('ends with'),
  is_empty: words('is empty'),
  is_not_empty: words('is not empty'),
  exists: words('exists'),
  not_exists: words('not exists'),
  in_list: words('in'),
  not_in_list: words('not in'),
  domain_is: words('domain'),
  domain_group_is: words('domain group'),
  gt: words('>'),
  gte: words('>='),
  lt: words('<'),
  lte: words('<='),
  between: words('between'),
  not_between: words('not between'),
  // Dates read as words; the symbols are accepted because "`Last order` > 2026-01-01" is what
  // people type first.
  on: words('on', { aliases: [['=']] }),
  before: words('before', { aliases: [['<']] }),
  after: words('after', { aliases: [['>']] }),
  date_between: words('between'),
  in_last_days: words('in last', { suffix: ['days'] }),
  more_than_days_ago: words('more than', { suffix: ['days', 'ago'] }),
  anniversary_within_days: words('anniversary within', { suffix: ['days'] }),
  age_between: words('age between'),
  at_least_years_ago: words('at least', { suffix: ['years', 'ago'] }),
  less_than_years_ago: words('less than', { suffix: ['years', 'ago'] }),
  is_true: words('is true'),
  is_false: words('is false'),
  is: words('='),
  is_not: words('!='),
  is_any_of: words('in'),
  is_none_of: words('not in'),
  list_contains: words('has'),
  list_not_contains: words('not has'),
};

/** The most words an operator spelling has: the parser looks this far ahead. */
export const MAX_OPERATOR_WORDS = 3;

/** A suffix word and the form it takes for a value of 1 ("1 day"); both are accepted on input. */
export const SINGULAR: ReadonlyMap<string, string> = new Map([
  ['days', 'day'],
  ['years', 'year'],
]);

/** A suffix word as written after a value: "1 day", "30 days", "1 day ago". */
export function suffixWord(word: string, value: unknown): string {
  return value === 1 ? (SINGULAR.get(word) ?? word) : word;
}

/** Words that structure a query; a field with one of these names is written in backticks. */
export const STRUCTURAL_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'all', 'any']);

/** Value words: yes/no values of enum options. */
export const BOOLEAN_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
]);

/** The printed spelling: "not in", ">=". */
export function spellingOf(op: OperatorId): string {
  return OPERATOR_SPELLINGS[op].words.join(' ');
}

/** Operators per written spelling (printed ones and aliases), in table order. */
export const OPERATORS_BY_SPELLING: ReadonlyMap<string, readonly OperatorId[]> = (() => {
  const index = new Map<string, OperatorId[]>();
  const add = (key: string, op: OperatorId) => index.set(key, [...(index.get(key) ?? []), op]);
  for (const [op, spelling] of Object.entries(OPERATOR_SPELLINGS) as [OperatorId, OperatorSpelling][]) {
    add(spelling.words.join(' '), op);
    for (const alias of spelling.aliases ?? []) add(alias.join(' '), op);
  }
  return index;
})();

/** Every word that can appear in an operator, for highlighting text the parser did not reach. */
export const OPERATOR_WORDS: ReadonlySet<string> = new Set(
  Object.values(OPERATOR_SPELLINGS).flatMap((spelling) => [
    ...spelling.words,
    ...(spelling.aliases ?? []).flat(),
    ...(spelling.suffix ?? []).flatMap((word) => [word, suffixWord(word, 1)]),
  ]),
);
