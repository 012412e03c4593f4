import type { Combinator, EditorKind, OperatorId, SegmentKind } from '../model';
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
    limit: (formatted: string) => string;
    /** Joins the parts of one block: where, sample, limit. */
    blockParts: (parts: string[]) => string;
    /** Joins several blocks (each given as its parts), which combine as a union. */
    blocks: (blocks: string[][]) => string;
  };
  expected: Record<EditorKind, string>;
  problems: Record<ProblemCode, (params: ProblemParams) => string>;
}
