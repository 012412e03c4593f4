/**
 * Canonical segment model. Every adapter converts to and from these types, and
 * nothing in here knows about a vendor, React or the network.
 */

export type SegmentKind = 'static' | 'dynamic' | 'updatable';

export type FieldType = 'string' | 'email' | 'number' | 'date' | 'boolean' | 'enum' | 'version' | 'list';

export type Combinator = 'and' | 'or';

/** Operator ids are vendor-neutral; adapters map them to wire spellings. */
export type OperatorId =
  // string / email / shared
  | 'equals'
  | 'not_equals'
  | 'contains'
  | 'not_contains'
  | 'begins_with'
  | 'ends_with'
  | 'is_empty'
  | 'is_not_empty'
  | 'exists'
  | 'not_exists'
  | 'in_list'
  | 'not_in_list'
  // email
  | 'domain_is'
  | 'domain_group_is'
  // number / version
  | 'gt'
  | 'gte'
  | 'lt'
  | 'lte'
  | 'between'
  | 'not_between'
  // date
  | 'on'
  | 'before'
  | 'after'
  | 'date_between'
  | 'in_last_days'
  | 'more_than_days_ago'
  | 'anniversary_within_days'
  /** Whole years since the date (a birth date's age) within a range, counted by the calendar. */
  | 'age_between'
  /** At least N whole years since the date: "N or more years ago". */
  | 'at_least_years_ago'
  /** Fewer than N whole years since the date, and not in the future: "less than N years ago". */
  | 'less_than_years_ago'
  // boolean
  | 'is_true'
  | 'is_false'
  // enum
  | 'is'
  | 'is_not'
  | 'is_any_of'
  | 'is_none_of'
  // list
  | 'list_contains'
  | 'list_not_contains';

/** How many values an operator takes. */
export type Arity = 'none' | 'one' | 'two' | 'list';

/** Which editor the builder shows for an operator's value. */
export type EditorKind =
  | 'none'
  | 'text'
  | 'number'
  | 'date'
  /** A date field that holds an instant (FieldDescriptor.withTime): a local date and time. */
  | 'datetime'
  | 'days'
  /** A whole number of years, 0 or more (age and "years ago" operators). */
  | 'years'
  | 'enum'
  | 'enum-multi'
  | 'text-list'
  | 'version';

export type Scalar = string | number | boolean;

/** A value shaped by the operator's arity. */
export type ConditionValue =
  | { kind: 'none' }
  | { kind: 'one'; value: Scalar }
  | { kind: 'two'; from: Scalar; to: Scalar }
  | { kind: 'list'; values: Scalar[] };

export interface Condition {
  type: 'condition';
  id: string;
  field: string;
  operator: OperatorId;
  value: ConditionValue;
}

/**
 * A vendor construct the builder does not model. `raw` is kept verbatim so a
 * round trip through the UI loses nothing; `label` is a human hint.
 */
export interface OpaqueCondition {
  type: 'opaque';
  id: string;
  vendor: string;
  label: string;
  raw: unknown;
}

export interface Group {
  type: 'group';
  id: string;
  combinator: Combinator;
  not?: boolean;
  children: TreeNode[];
}

export type TreeNode = Group | Condition | OpaqueCondition;

export interface SampleRange {
  /** 0..99 */
  from: number;
  /** 1..100, greater than `from` */
  to: number;
}

export interface Block {
  databaseId: number;
  sample: SampleRange;
  /** 0 means no limit. */
  limit: number;
  root: Group;
}

export interface Segment {
  id?: number | string;
  name: string;
  description?: string;
  tags: string[];
  kind: SegmentKind;
  /** Only meaningful for updatable segments. */
  refreshDaily: boolean;
  databaseId: number;
  blocks: Block[];
  /** Present when the backend reports it. */
  count?: number;
  updatedAt?: string;
  /** Status, schedule and counters, where the backend has them (Digital Audience). */
  lifecycle?: SegmentLifecycle;
  /**
   * What the adapter read, carried along untouched by the UI so that saving an unchanged
   * segment writes back exactly what was read (docs/contracts.md, round-trip rule).
   */
  origin?: SegmentOrigin;
}

/** Pipeline counters of a segment, where the backend keeps them (Digital Audience's total*Count). */
export const PIPELINE_COUNTERS = [
  'log',
  'ready',
  'processing',
  'pending',
  'upload',
  'failed',
  'noData',
  'segmentUpload',
] as const;
export type PipelineCounter = (typeof PIPELINE_COUNTERS)[number];

export interface SegmentLifecycle {
  /** The vendor's own status word, shown as it is. */
  status?: string;
  active?: boolean;
  recurring?: boolean;
  /** ISO 8601 instants. */
  startDate?: string;
  endDate?: string;
  createdAt?: string;
  counters?: Partial<Record<PipelineCounter, number>>;
}

/** Adapter-owned data; only the adapter named by `vendor` looks inside `data`. */
export interface SegmentOrigin {
  vendor: string;
  data: unknown;
}

/** What a backend can store. The builder hides or explains anything outside it. */
export interface Capabilities {
  kinds: SegmentKind[];
  /** False for backends with no condition rules at all (Digital Audience). */
  conditions: boolean;
  /** Whether segments are created and edited in the editor; false: read, delete and vendor actions only. */
  editing: boolean;
  /** Whether a segment lives in a database the user picks (Altcraft); false hides the picker. */
  databases: boolean;
  /** Group levels per block, counted like `maxDepth` in tree.ts: a flat root is 1. */
  maxDepth: number;
  /** Whether a group can be negated. */
  not: boolean;
  /** Conditions per group; null when there is no limit. */
  maxConditionsPerGroup: number | null;
  /** The root group's combinator where the backend fixes it (Push0 ANDs its groups); null when free. */
  fixedRootCombinator: Combinator | null;
  /** Operators the backend can serialize, per field type. */
  operators: Partial<Record<FieldType, OperatorId[]>>;
  sampling: boolean;
  limit: boolean;
  estimate: boolean;
  staticMembers: boolean;
  /** Per-channel counts and a recount (Altcraft's counters). */
  counters: boolean;
  /** Whether the backend reports a segment's size. */
  sizes: boolean;
  /** Whether the description is saved. */
  description: boolean;
  /** Whether tags are saved. */
  tags: boolean;
  /** Whether a single profile can be checked against a segment. */
  checkProfile: boolean;
  /** Whether the backend can list a segment's members (a sample of them on the detail page). */
  listMembers: boolean;
  /**
   * Whether the backend knows the values a field holds, so the builder can suggest them and say
   * when a value matches no profile (`SegmentsProvider.fieldValues`). Absent means no.
   */
  fieldValues?: boolean;
  /** Status, schedule and pipeline counters (Digital Audience), and whether the end date can be moved. */
  lifecycle: boolean;
  /** Whether new audiences are created here instead of segments (Digital Audience). */
  audiences: boolean;
}

export interface FieldOption {
  value: Scalar;
  label: string;
}

export interface FieldDescriptor {
  name: string;
  label: string;
  type: FieldType;
  category: 'system' | 'custom';
  options?: FieldOption[];
  /** A date field that holds an instant (Push0's epoch milliseconds): edited as date and time. */
  withTime?: boolean;
}

export type FieldCatalog = FieldDescriptor[];

/** A profile as the evaluator sees it: a flat bag of field values. */
export interface Profile {
  id: string;
  [field: string]: unknown;
}
