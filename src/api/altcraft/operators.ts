/**
 * Operator spellings on the Altcraft wire: ONE table per field type. Only `equal` (and the
 * `domaingroup` compo) appear in the vendor's examples; every other spelling is unconfirmed and
 * one edit here fixes it. Operators absent from a table cannot be saved to Altcraft, and a query
 * whose spelling is absent is kept opaque.
 *
 * Value encoding (`value` is a list of named arguments):
 * - one value: `[{"name": "default", "value": v}]`;
 * - two values (between): `[{"name": "from", "value": a}, {"name": "to", "value": b}]`;
 * - a list: the argument repeated, `[{"name": "default", "value": v1}, {"name": "default", "value": v2}]`;
 * - no value: `[]`;
 * - fixed: a no-value operator the wire spells with a constant, e.g. "is true" = `equal` + `true`;
 * - domain group: `compo: "domaingroup"` with `[{"name": "domaingroup", "value": group}]` (documented).
 */
import type { FieldType, OperatorId, Scalar } from '@/domain/model';

export type ArgCodec =
  | { kind: 'none' }
  | { kind: 'fixed'; name: string; value: Scalar }
  | { kind: 'one'; name: string }
  | { kind: 'two'; from: string; to: string }
  | { kind: 'list'; name: string };

export interface WireOperator {
  operator: string;
  compo: string;
  args: ArgCodec;
}

const NONE: ArgCodec = { kind: 'none' };
const ONE: ArgCodec = { kind: 'one', name: 'default' };
const TWO: ArgCodec = { kind: 'two', from: 'from', to: 'to' };
const LIST: ArgCodec = { kind: 'list', name: 'default' };

const op = (operator: string, args: ArgCodec, compo = 'default'): WireOperator => ({ operator, compo, args });

const EMPTINESS = {
  is_empty: op('empty', NONE),
  is_not_empty: op('not_empty', NONE),
} as const;

const STRING: Partial<Record<OperatorId, WireOperator>> = {
  equals: op('equal', ONE),
  not_equals: op('not_equal', ONE),
  contains: op('contains', ONE),
  not_contains: op('not_contains', ONE),
  begins_with: op('begins', ONE),
  ends_with: op('ends', ONE),
  ...EMPTINESS,
  exists: op('exists', NONE),
  not_exists: op('not_exists', NONE),
  in_list: op('in_list', LIST),
  not_in_list: op('not_in_list', LIST),
};

export const OPERATOR_SPELLINGS: Readonly<Record<FieldType, Partial<Record<OperatorId, WireOperator>>>> = {
  string: STRING,
  email: {
    ...STRING,
    domain_is: op('equal', { kind: 'one', name: 'domain' }, 'domain'),
    domain_group_is: op('equal', { kind: 'one', name: 'domaingroup' }, 'domaingroup'),
  },
  number: {
    equals: op('equal', ONE),
    not_equals: op('not_equal', ONE),
    gt: op('greater', ONE),
    gte: op('greater_or_equal', ONE),
    lt: op('less', ONE),
    lte: op('less_or_equal', ONE),
    between: op('between', TWO),
    not_between: op('not_between', TWO),
    ...EMPTINESS,
  },
  date: {
    on: op('equal', ONE),
    before: op('less', ONE),
    after: op('greater', ONE),
    date_between: op('between', TWO),
    in_last_days: op('last_days', ONE),
    more_than_days_ago: op('more_days_ago', ONE),
    anniversary_within_days: op('anniversary', ONE),
    // Relative years, spelled like the relative days above. Only the embedded backend stores them
    // (DEMO_ONLY): no Altcraft page documents relative years, so the real API is never offered them.
    age_between: op('age_between', TWO),
    at_least_years_ago: op('at_least_years_ago', ONE),
    less_than_years_ago: op('less_than_years_ago', ONE),
    ...EMPTINESS,
  },
  enum: {
    is: op('equal', ONE),
    is_not: op('not_equal', ONE),
    is_any_of: op('in_list', LIST),
    is_none_of: op('not_in_list', LIST),
  },
  boolean: {
    is_true: op('equal', { kind: 'fixed', name: 'default', value: true }),
    is_false: op('equal', { kind: 'fixed', name: 'default', value: false }),
  },
  version: {
    equals: op('equal', ONE),
    gt: op('greater', ONE),
    gte: op('greater_or_equal', ONE),
    lt: op('less', ONE),
    lte: op('less_or_equal', ONE),
  },
  list: {
    list_contains: op('contains', ONE),
    list_not_contains: op('not_contains', ONE),
    ...EMPTINESS,
  },
};

/** Operators only the embedded backend answers: the age and "years ago" of a date. */
export const DEMO_ONLY_OPERATORS: ReadonlySet<OperatorId> = new Set([
  'age_between',
  'at_least_years_ago',
  'less_than_years_ago',
]);

/** Operators Altcraft can store, per field type (for capabilities); `demoExtras` adds the embedded backend's own. */
export function serializableOperators(demoExtras = false): Record<FieldType, OperatorId[]> {
  const entries = Object.entries(OPERATOR_SPELLINGS) as Array<[FieldType, Partial<Record<OperatorId, WireOperator>>]>;
  const offered = (id: OperatorId) => demoExtras || !DEMO_ONLY_OPERATORS.has(id);
  return Object.fromEntries(
    entries.map(([type, table]) => [type, (Object.keys(table) as OperatorId[]).filter(offered)]),
  ) as Record<FieldType, OperatorId[]>;
}

/** Table entries a wire query could stand for; several only when a fixed value tells them apart. */
export function candidatesFor(type: FieldType, operator: string, compo: string): Array<[OperatorId, WireOperator]> {
  const entries = Object.entries(OPERATOR_SPELLINGS[type]) as Array<[OperatorId, WireOperator]>;
  return entries.filter(([, spelling]) => spelling.operator === operator && spelling.compo === compo);
}
