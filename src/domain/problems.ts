/** What validation reports. The codes are stable; messages come from the locale. */
import type { SegmentKind } from './model';

export type Severity = 'error' | 'warning';

/** Blocking problems: the segment cannot be saved as it is. */
export type ErrorCode =
  | 'name_required'
  | 'static_has_conditions'
  | 'conditions_required'
  | 'sample_invalid'
  | 'limit_invalid'
  | 'empty_group'
  | 'field_unknown'
  | 'operator_not_allowed'
  | 'value_missing'
  | 'value_type'
  | 'range_reversed'
  | 'depth_exceeded'
  | 'too_many_children'
  // What the backend cannot store, found before Save rather than at it.
  | 'operator_not_stored'
  | 'not_unsupported'
  | 'root_combinator_fixed'
  | 'kind_unsupported'
  // The app's own size limits (limits.ts).
  | 'name_too_long'
  | 'description_too_long'
  | 'too_many_tags'
  | 'tag_too_long'
  | 'too_many_values'
  | 'number_unsafe';

/** Advice: the segment saves, but probably does not do what was meant. */
export type WarningCode = 'unknown_option' | 'contradiction' | 'duplicate_condition' | 'never_matches';

export type ProblemCode = ErrorCode | WarningCode;

/** The part of the segment a problem belongs to, so a form can put it beside the right control. */
export type ProblemPath =
  'name' | 'description' | 'tags' | 'kind' | 'conditions' | 'sample' | 'limit' | 'field' | 'operator' | 'value';

export interface Problem {
  /** The tree node concerned; null for segment- or block-level problems. */
  nodeId: string | null;
  path?: ProblemPath;
  /** Which block, for block-level problems of a multi-block segment. */
  blockIndex?: number;
  severity: Severity;
  code: ProblemCode;
  message: string;
}

/** Everything a message may mention; each message uses the parts it needs. */
export interface ProblemParams {
  /** The field's label. */
  field?: string;
  /** The operator's label. */
  operator?: string;
  value?: string;
  limit?: number;
  kind?: SegmentKind;
  /** What the value should have been, already in the locale's words. */
  expected?: string;
}
