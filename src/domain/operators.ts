/**
 * The operator registry: which operators each field type offers, how many values each takes and
 * which editor the builder shows. Kept as data so components never grow `if` chains per type.
 */
import { DOMAIN_GROUP_NAMES } from './emailDomains';
import { en } from './locale/en';
import type {
  Arity,
  Condition,
  ConditionValue,
  EditorKind,
  FieldDescriptor,
  FieldOption,
  FieldType,
  OperatorId,
  Scalar,
} from './model';

export interface OperatorSpec {
  id: OperatorId;
  /**
   * The English label, for logs and English-only messages. Screens show the label of the active
   * language, `locale.operators[id]` (DomainLocale), which is where this one comes from too.
   */
  label: string;
  arity: Arity;
  /** The editor for the operator's value; `editorFor` refines it per field type. */
  editor: EditorKind;
  /** A compact mathematical symbol where one exists. */
  symbol?: string;
}

const spec = (id: OperatorId, arity: Arity, editor: EditorKind, symbol?: string): OperatorSpec => {
  const label = en.operators[id];
  return symbol === undefined ? { id, label, arity, editor } : { id, label, arity, editor, symbol };
};

export const OPERATORS: Readonly<Record<OperatorId, OperatorSpec>> = {
  equals: spec('equals', 'one', 'text', '='),
  not_equals: spec('not_equals', 'one', 'text', '≠'),
  contains: spec('contains', 'one', 'text'),
  not_contains: spec('not_contains', 'one', 'text'),
  begins_with: spec('begins_with', 'one', 'text'),
  ends_with: spec('ends_with', 'one', 'text'),
  is_empty: spec('is_empty', 'none', 'none'),
  is_not_empty: spec('is_not_empty', 'none', 'none'),
  exists: spec('exists', 'none', 'none'),
  not_exists: spec('not_exists', 'none', 'none'),
  in_list: spec('in_list', 'list', 'text-list'),
  not_in_list: spec('not_in_list', 'list', 'text-list'),
  domain_is: spec('domain_is', 'one', 'text'),
  domain_group_is: spec('domain_group_is', 'one', 'enum'),
  gt: spec('gt', 'one', 'number', '>'),
  gte: spec('gte', 'one', 'number', '≥'),
  lt: spec('lt', 'one', 'number', '<'),
  lte: spec('lte', 'one', 'number', '≤'),
  between: spec('between', 'two', 'number'),
  not_between: spec('not_between', 'two', 'number'),
  on: spec('on', 'one', 'date'),
  before: spec('before', 'one', 'date'),
  after: spec('after', 'one', 'date'),
  date_between: spec('date_between', 'two', 'date'),
  in_last_days: spec('in_last_days', 'one', 'days'),
  more_than_days_ago: spec('more_than_days_ago', 'one', 'days'),
  anniversary_within_days: spec('anniversary_within_days', 'one', 'days'),
  age_between: spec('age_between', 'two', 'years'),
  at_least_years_ago: spec('at_least_years_ago', 'one', 'years'),
  less_than_years_ago: spec('less_than_years_ago', 'one', 'years'),
  is_true: spec('is_true', 'none', 'none'),
  is_false: spec('is_false', 'none', 'none'),
  is: spec('is', 'one', 'enum'),
  is_not: spec('is_not', 'one', 'enum'),
  is_any_of: spec('is_any_of', 'list', 'enum-multi'),
  is_none_of: spec('is_none_of', 'list', 'enum-multi'),
  list_contains: spec('list_contains', 'one', 'text'),
  list_not_contains: spec('list_not_contains', 'one', 'text'),
};

/**
 * Negative operators and the positive operator they complement. The evaluator defines each one as
 * the exact complement, so "city is not Moscow" also keeps profiles with no city at all.
 */
export const COMPLEMENT_OF: Readonly<Partial<Record<OperatorId, OperatorId>>> = {
  not_equals: 'equals',
  not_contains: 'contains',
  is_not_empty: 'is_empty',
  not_exists: 'exists',
  not_in_list: 'in_list',
  not_between: 'between',
  is_not: 'is',
  is_none_of: 'is_any_of',
  list_not_contains: 'list_contains',
};

const STRING_OPERATORS: readonly OperatorId[] = [
  'equals',
  'not_equals',
  'contains',
  'not_contains',
  'begins_with',
  'ends_with',
  'is_empty',
  'is_not_empty',
  'exists',
  'not_exists',
  'in_list',
  'not_in_list',
];

/** Operators per field type, in display order; the first one is the default. */
export const OPERATORS_BY_TYPE: Readonly<Record<FieldType, readonly OperatorId[]>> = {
  string: STRING_OPERATORS,
  email: [...STRING_OPERATORS, 'domain_is', 'domain_group_is'],
  number: ['equals', 'not_equals', 'gt', 'gte', 'lt', 'lte', 'between', 'not_between', 'is_empty', 'is_not_empty'],
  date: [
    'on',
    'before',
    'after',
    'date_between',
    'in_last_days',
    'more_than_days_ago',
    'anniversary_within_days',
    'age_between',
    'at_least_years_ago',
    'less_than_years_ago',
    'is_empty',
    'is_not_empty',
  ],
  enum: ['is', 'is_not', 'is_any_of', 'is_none_of'],
  boolean: ['is_true', 'is_false'],
  version: ['equals', 'gt', 'gte', 'lt', 'lte'],
  list: ['list_contains', 'list_not_contains', 'is_empty', 'is_not_empty'],
};

const FIELD_TYPES = Object.keys(OPERATORS_BY_TYPE) as FieldType[];

/** The field types that offer an operator, in registry order. */
export function typesFor(op: OperatorId): FieldType[] {
  return FIELD_TYPES.filter((type) => OPERATORS_BY_TYPE[type].includes(op));
}

/**
 * The field type a condition most likely targets when the catalog does not know its field: an
 * operator unique to one type decides; otherwise a numeric value means a number, and an ordering
 * operator on text means a version.
 */
export function inferFieldType(condition: Pick<Condition, 'operator' | 'value'>): FieldType {
  const owners = typesFor(condition.operator);
  if (owners.length > 1) {
    if (scalarsOf(condition.value).some((s) => typeof s === 'number')) return 'number';
    if (owners.includes('version') && !owners.includes('string')) return 'version';
  }
  return owners[0]!;
}

/** Per-type refinement of an operator's editor: "equals" on a number field edits a number. */
const EDITOR_BY_TYPE: Readonly<Partial<Record<FieldType, Partial<Record<EditorKind, EditorKind>>>>> = {
  number: { text: 'number' },
  version: { text: 'version', number: 'version' },
};

export function operatorsFor(type: FieldType): OperatorSpec[] {
  return OPERATORS_BY_TYPE[type].map((id) => OPERATORS[id]);
}

export function isOperatorAllowed(type: FieldType, op: OperatorId): boolean {
  return OPERATORS_BY_TYPE[type].includes(op);
}

export function defaultOperatorFor(type: FieldType): OperatorId {
  // Every type lists at least one operator; the tuple index is checked by the registry test.
  return OPERATORS_BY_TYPE[type][0]!;
}

export function editorFor(type: FieldType, op: OperatorId): EditorKind {
  const base = OPERATORS[op].editor;
  return EDITOR_BY_TYPE[type]?.[base] ?? base;
}

/** Editors whose value counts days or years: a number, whatever the field's type (a date). */
export function countsTime(editor: EditorKind): boolean {
  return editor === 'days' || editor === 'years';
}

/** The editor for a condition on `field`: a date field that holds instants is edited with the time. */
export function editorForField(field: Pick<FieldDescriptor, 'type' | 'withTime'>, op: OperatorId): EditorKind {
  const editor = editorFor(field.type, op);
  return editor === 'date' && field.withTime ? 'datetime' : editor;
}

/** The choices an enum-like editor offers: domain groups for email, the field's options otherwise. */
export function valueOptionsFor(field: FieldDescriptor, op: OperatorId): FieldOption[] | undefined {
  if (op === 'domain_group_is') return DOMAIN_GROUP_NAMES.map((name) => ({ value: name, label: name }));
  return field.options;
}

export function emptyValueFor(op: OperatorId): ConditionValue {
  switch (OPERATORS[op].arity) {
    case 'none':
      return { kind: 'none' };
    case 'one':
      return { kind: 'one', value: '' };
    case 'two':
      return { kind: 'two', from: '', to: '' };
    case 'list':
      return { kind: 'list', values: [] };
  }
}

/** Does the value's shape match the operator's arity? */
export function valueFits(op: OperatorId, value: ConditionValue): boolean {
  return OPERATORS[op].arity === value.kind;
}

/** A scalar the user has not filled in yet. */
export function isBlankScalar(scalar: Scalar): boolean {
  return typeof scalar === 'string' && scalar.trim() === '';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VERSION = /^\d+(\.\d+)*$/;

/** A real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const ISO_TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** A local date and time, `YYYY-MM-DDTHH:mm` with optional seconds and milliseconds, or a bare date. */
export function isIsoDateTime(text: string): boolean {
  const [date = '', time, ...rest] = text.split('T');
  if (rest.length > 0 || !isIsoDate(date)) return false;
  if (time === undefined) return true;
  const m = ISO_TIME.exec(time);
  return m !== null && Number(m[1]) < 24 && Number(m[2]) < 60 && Number(m[3] ?? 0) < 60;
}

/** Whether a filled-in scalar has the type the editor produces. Blank scalars are "missing", not wrong. */
export function scalarFitsEditor(editor: EditorKind, scalar: Scalar): boolean {
  switch (editor) {
    case 'number':
      return typeof scalar === 'number' && Number.isFinite(scalar);
    case 'days':
    case 'years':
      return typeof scalar === 'number' && Number.isInteger(scalar) && scalar >= 0;
    case 'date':
      return typeof scalar === 'string' && isIsoDate(scalar);
    case 'datetime':
      return typeof scalar === 'string' && isIsoDateTime(scalar);
    case 'version':
      return typeof scalar === 'string' && VERSION.test(scalar);
    case 'enum':
    case 'enum-multi':
      return typeof scalar === 'string' || typeof scalar === 'number';
    default:
      return typeof scalar === 'string';
  }
}

export function scalarsOf(value: ConditionValue): Scalar[] {
  switch (value.kind) {
    case 'none':
      return [];
    case 'one':
      return [value.value];
    case 'two':
      return [value.from, value.to];
    case 'list':
      return value.values;
  }
}

/** Shape and scalar types both fit; blank scalars count as fitting (they are merely unfinished). */
export function valueFitsField(type: FieldType, op: OperatorId, value: ConditionValue): boolean {
  if (!valueFits(op, value)) return false;
  const editor = editorFor(type, op);
  return scalarsOf(value).every((s) => isBlankScalar(s) || scalarFitsEditor(editor, s));
}

/**
 * Point a condition at another field. The operator survives when the new type offers it, and the
 * value survives when it still fits; otherwise they fall back to the type's default and an empty value.
 */
export function resetForField(condition: Condition, newField: string, fieldType: FieldType): Condition {
  const operator = isOperatorAllowed(fieldType, condition.operator)
    ? condition.operator
    : defaultOperatorFor(fieldType);
  const keepValue = operator === condition.operator && valueFitsField(fieldType, operator, condition.value);
  return { ...condition, field: newField, operator, value: keepValue ? condition.value : emptyValueFor(operator) };
}
