/**
 * What each condition asks of one field value. Both evaluators share these tests: the row-wise
 * one (a profile at a time, for "check a profile") and the columnar one (a field's distinct values
 * at a time, for counts). A test sees the value, never the profile, which is what lets the columnar
 * evaluator answer once per distinct value instead of once per profile.
 */
import { domainsOfGroup, hasEmailDomain } from './emailDomains';
import type { Condition, FieldCatalog, FieldType, OperatorId, Scalar } from './model';
import { COMPLEMENT_OF, inferFieldType, isBlankScalar, scalarsOf, valueFits } from './operators';
import { equalityKey, isEmptyValue, isMissing, toBoolean, toDay, toNumber, toText, withOrder } from './values';

export interface EvalOptions {
  catalog?: FieldCatalog;
  /** The day relative operators count from ('YYYY-MM-DD' or a Date); defaults to the current UTC day. */
  today?: string | Date;
}

/** Most functions accept a bare catalog or the full options. */
export type EvalContext = FieldCatalog | EvalOptions;

/**
 * Whether one field value satisfies a condition, in two steps: `read` normalises the value (lower
 * case, a day number, a version) and `accept` decides on that. `read` is always one of a few
 * shared functions, so a table can keep a column's normalised values for every condition that
 * reads the field the same way.
 */
export interface ValueTest {
  read: (value: unknown) => unknown;
  accept: (key: unknown) => boolean;
}

/** Pairs a reader with a decision on what it reads; the one place the key's type is set aside. */
function valueTest<K>(read: (value: unknown) => K, accept: (key: K) => boolean): ValueTest {
  return { read, accept: accept as (key: unknown) => boolean };
}

const asIs = (value: unknown): unknown => value;

/** What compiling a condition needs to know besides the condition. */
export interface ConditionScope {
  typeOf: (condition: Condition) => FieldType;
  /** Days since 1970-01-01 (UTC) of the day relative operators count from. */
  today: number;
}

export function conditionScope(context: EvalContext | undefined): ConditionScope {
  const options: EvalOptions = Array.isArray(context) ? { catalog: context } : (context ?? {});
  const types = new Map((options.catalog ?? []).map((field) => [field.name, field.type] as const));
  const today = toDay(options.today ?? new Date());
  if (today === undefined) throw new RangeError(`Invalid "today": ${String(options.today)}`);
  return { typeOf: (condition) => types.get(condition.field) ?? inferFieldType(condition), today };
}

function isEvaluable(condition: Condition): boolean {
  const scalars = scalarsOf(condition.value);
  const emptyList = condition.value.kind === 'list' && scalars.length === 0;
  return valueFits(condition.operator, condition.value) && !emptyList && !scalars.some(isBlankScalar);
}

type Comparison = (difference: number) => boolean;
const ORDERINGS: Partial<Record<OperatorId, Comparison>> = {
  gt: (d) => d > 0,
  gte: (d) => d >= 0,
  lt: (d) => d < 0,
  lte: (d) => d <= 0,
  before: (d) => d < 0,
  after: (d) => d > 0,
};

function orderingTest(type: FieldType, scalar: Scalar, accept: Comparison): ValueTest | undefined {
  return withOrder(type, (order) => {
    const bound = order.key(scalar);
    if (bound === undefined) return undefined;
    return valueTest(order.key, (key) => key !== undefined && accept(order.compare(key, bound)));
  });
}

function betweenTest(type: FieldType, from: Scalar, to: Scalar): ValueTest | undefined {
  return withOrder(type, (order) => {
    const low = order.key(from);
    const high = order.key(to);
    if (low === undefined || high === undefined) return undefined;
    return valueTest(
      order.key,
      (key) => key !== undefined && order.compare(key, low) >= 0 && order.compare(key, high) <= 0,
    );
  });
}

function memberTest(type: FieldType, scalars: Scalar[]): ValueTest | undefined {
  const toKey = equalityKey(type);
  const keys = new Set(scalars.map(toKey));
  if (keys.has(undefined)) return undefined;
  return valueTest(toKey, (key) => keys.has(key));
}

function textTest(scalar: Scalar, accept: (text: string, needle: string) => boolean): ValueTest {
  const needle = toText(scalar)!;
  return valueTest(toText, (text) => text !== undefined && accept(text, needle));
}

/** Relative-day operators: the value's day is tested against today and the number of days. */
function daysTest(scalar: Scalar, accept: (day: number, days: number) => boolean): ValueTest | undefined {
  const days = toNumber(scalar);
  if (days === undefined) return undefined;
  return valueTest(toDay, (day) => day !== undefined && accept(day, days));
}

/** Year, month (1–12) and day of a day number (days since 1970-01-01): H. Hinnant's civil_from_days. */
function civilFromDays(day: number): [number, number, number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, date];
}

/** The day number of a date; a day past the month's end rolls over (Feb 29 of 2023 is Mar 1). */
function daysFromCivil(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + date - 1;
  return (
    era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468
  );
}

/**
 * Days from `today` to the next anniversary of `day` (0 when it is today). Feb 29 falls on Mar 1.
 * Plain arithmetic, no Date objects: a count asks this of every distinct birth date.
 */
export function daysToAnniversary(day: number, today: number): number {
  const [, month, date] = civilFromDays(day);
  const [year] = civilFromDays(today);
  const thisYear = daysFromCivil(year, month, date);
  return (thisYear >= today ? thisYear : daysFromCivil(year + 1, month, date)) - today;
}

/**
 * Whole years from `day` to `today` by the calendar: a birth date's age. The years complete on the
 * date's anniversary, and a Feb 29 date's anniversary in a common year is Mar 1 (as in
 * daysToAnniversary). Negative for a day after `today`.
 */
export function yearsSince(day: number, today: number): number {
  const [year, month, date] = civilFromDays(day);
  const [thisYear] = civilFromDays(today);
  const years = thisYear - year;
  return daysFromCivil(thisYear, month, date) > today ? years - 1 : years;
}

/** Relative-year operators: the whole years since the value's day are tested. */
function yearsTest(scalars: Scalar[], accept: (years: number, bounds: number[]) => boolean, today: number) {
  const bounds = scalars.map(toNumber);
  if (bounds.some((bound) => bound === undefined)) return undefined;
  return valueTest(toDay, (day) => day !== undefined && accept(yearsSince(day, today), bounds as number[]));
}

const listKey = equalityKey('list');

/** A list's item keys; a lone scalar counts as a one-item list, a missing value as an empty one. */
const listKeys = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value.map(listKey) : [listKey(value)]);

function listContainsTest(scalar: Scalar): ValueTest {
  const wanted = listKey(scalar);
  return valueTest(listKeys, (keys) => keys.includes(wanted));
}

/** The test of a positive operator, or undefined when the condition's value means nothing for the type. */
function positiveTest(op: OperatorId, scalars: Scalar[], type: FieldType, today: number): ValueTest | undefined {
  const first = scalars[0]!;
  const ordering = ORDERINGS[op];
  if (ordering) return orderingTest(op === 'before' || op === 'after' ? 'date' : type, first, ordering);
  switch (op) {
    case 'equals':
    case 'on':
    case 'is':
    case 'in_list':
    case 'is_any_of':
      return memberTest(op === 'on' ? 'date' : type, scalars);
    case 'contains':
      return textTest(first, (text, needle) => text.includes(needle));
    case 'begins_with':
      return textTest(first, (text, needle) => text.startsWith(needle));
    case 'ends_with':
      return textTest(first, (text, needle) => text.endsWith(needle));
    case 'is_empty':
      return valueTest(asIs, isEmptyValue);
    case 'exists':
      return valueTest(asIs, (value) => !isMissing(value));
    case 'domain_is':
    case 'domain_group_is': {
      const domains = op === 'domain_is' ? [toText(first)!.replace(/^@/, '')] : [...domainsOfGroup(String(first))];
      return valueTest(asIs, (value) => domains.some((domain) => hasEmailDomain(value, domain)));
    }
    case 'between':
      return betweenTest(type, first, scalars[1]!);
    case 'date_between':
      return betweenTest('date', first, scalars[1]!);
    case 'in_last_days':
      return daysTest(first, (day, days) => day <= today && day >= today - days);
    case 'more_than_days_ago':
      return daysTest(first, (day, days) => day < today - days);
    case 'anniversary_within_days':
      return daysTest(first, (day, days) => daysToAnniversary(day, today) <= days);
    case 'age_between':
      return yearsTest(scalars, (years, [low, high]) => years >= low! && years <= high!, today);
    case 'at_least_years_ago':
      return yearsTest(scalars, (years, [n]) => years >= n!, today);
    case 'less_than_years_ago':
      return yearsTest(scalars, (years, [n]) => years >= 0 && years < n!, today);
    case 'is_true':
      return valueTest(toBoolean, (flag) => flag === true);
    case 'is_false':
      return valueTest(toBoolean, (flag) => flag === false);
    default:
      // list_contains: the only positive operator left.
      return listContainsTest(first);
  }
}

/**
 * The test a condition applies to its field's value, or undefined when the condition is unknown
 * (unfinished, or a value that means nothing for the field type). Negative operators are exact
 * complements of their positive one.
 */
export function conditionTest(condition: Condition, scope: ConditionScope): ValueTest | undefined {
  if (!isEvaluable(condition)) return undefined;
  const complementOf = COMPLEMENT_OF[condition.operator];
  const test = positiveTest(
    complementOf ?? condition.operator,
    scalarsOf(condition.value),
    scope.typeOf(condition),
    scope.today,
  );
  if (!test || !complementOf) return test;
  return { read: test.read, accept: (key) => !test.accept(key) };
}
