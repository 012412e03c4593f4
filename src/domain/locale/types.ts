import type { Combinator, EditorKind, FieldType, OperatorId, SegmentKind } from '../model';
import type { ProblemCode, ProblemParams } from '../problems';

/** The formatted parts of a condition that an operator phrase can use. */
export interface PhraseParts {
  field: string;
  /** The single value, or the first one. */
  value: string;
  from: string;
  to: string;
  /** All values of a list, as a locale list ("A, B or C"). */
  values: string;
  /** The same values one by one, for languages that repeat a word before each ("ни A, ни B"). */
  list: string[];
  /** The first value as a number (days or years of relative operators), for plural forms; 0 if none. */
  count: number;
  /** The second value of a range as a number ("between 25 and 40 years"), for plural forms; 0 if none. */
  toCount: number;
}

/** Operators whose value counts days or years: their label holds the number's place ("in the last N days"). */
export type CountedOperatorId =
  | 'in_last_days'
  | 'more_than_days_ago'
  | 'anniversary_within_days'
  | 'age_between'
  | 'at_least_years_ago'
  | 'less_than_years_ago';

/**
 * Every human string of the domain. A second locale is one more object of this type; no logic
 * changes.
 */
export interface DomainLocale {
  /** BCP 47 tag used for number, date and list formatting. */
  tag: string;
  phrases: Record<OperatorId, (parts: PhraseParts) => string>;
  /**
   * The operator's name in pickers and read-only rows, e.g. "begins with": one word per meaning on
   * every field type, the same words the phrases use.
   */
  operators: Record<OperatorId, string>;
  /**
   * A counted operator with its numbers in place, for rows that show the operator and its value as
   * one ("is in the last 30 days", not "in the last N days 30 days"). The operator's label is this
   * with N (and M) in place of the numbers.
   */
  counted: Record<CountedOperatorId, (parts: PhraseParts) => string>;
  /** The name of a field type, e.g. "yes/no". */
  fieldTypes: Record<FieldType, string>;
  combinators: Record<Combinator, string>;
  not: (inner: string) => string;
  emptyGroup: string;
  missingValue: string;
  opaque: (label: string) => string;
  segment: {
    kind: (kind: SegmentKind, refreshDaily: boolean) => string;
    ofDatabase: (kindText: string, database: string) => string;
    sentence: (head: string, body: string) => string;
    staticBody: string;
    noBlocks: string;
    allProfiles: string;
    where: (condition: string) => string;
    sample: (from: number, to: number) => string;
    /** `formatted` is `count` already written in the locale's digits. */
    limit: (formatted: string, count: number) => string;
    /** Joins the parts of one block: where, sample, limit. */
    blockParts: (parts: string[]) => string;
    /** Joins several blocks (each given as its parts), which combine as a union. */
    blocks: (blocks: string[][]) => string;
  };
  expected: Record<EditorKind, string>;
  problems: Record<ProblemCode, (params: ProblemParams) => string>;
}
