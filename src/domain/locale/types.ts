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
  /** The number of days for relative-day operators, for plural forms. */
  days: number;
}

/**
 * Every human string of the domain. A second locale is one more object of this type; no logic
 * changes.
 */
export interface DomainLocale {
  /** BCP 47 tag used for number, date and list formatting. */
  tag: string;
  phrases: Record<OperatorId, (parts: PhraseParts) => string>;
  /** The operator's name in pickers and read-only rows, e.g. "begins with". */
  operators: Record<OperatorId, string>;
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
