/**
 * English messages for text-mode problems. A locale is one more table of the same type; the codes
 * and parameters are the contract (problems.ts), and no wording lives anywhere else.
 */
import type { EditorKind, FieldType } from '../model';
import type { TextProblemCode, TextProblemParams } from './problems';

export type QueryTextMessages = Record<TextProblemCode, (params: TextProblemParams) => string>;

const plural = new Intl.PluralRules('en-US');
const alternatives = new Intl.ListFormat('en-US', { type: 'disjunction' });

const param = (params: TextProblemParams, key: string): string => String(params[key] ?? '');
const quoted = (text: string): string => `“${text}”`;
const found = (params: TextProblemParams): string => {
  const text = param(params, 'found');
  return text === '' ? 'the end of the text' : quoted(text);
};
const levels = (params: TextProblemParams): string => {
  const limit = Number(params.limit);
  return `${limit} ${plural.select(limit) === 'one' ? 'level' : 'levels'}`;
};

/** What a value of each checked editor looks like. */
const EXPECTED: Partial<Record<EditorKind, string>> = {
  number: 'a number',
  days: 'a whole number of days',
  years: 'a whole number of years',
  date: 'a date such as 2026-01-31',
  version: 'a version such as 1.2.3',
};

const TYPES: Readonly<Record<FieldType, string>> = {
  string: 'text',
  email: 'email',
  number: 'number',
  date: 'date',
  boolean: 'yes/no',
  enum: 'choice',
  version: 'version',
  list: 'list',
};

const typeName = (params: TextProblemParams): string =>
  TYPES[param(params, 'type') as FieldType] ?? param(params, 'type');

export const queryTextMessagesEn: QueryTextMessages = {
  unexpected_character: (p) => `${quoted(param(p, 'char'))} cannot be used here.`,
  unterminated_string: () => 'This text has no closing double quote (") on its line.',
  unterminated_field: () => 'This field name has no closing backtick (`) on its line.',
  unterminated_opaque: () => 'This kept vendor rule has no closing ⟧ on its line.',
  bad_escape: (p) => `${quoted(param(p, 'sequence'))} is not an escape; write \\\\ for a backslash.`,
  opaque_malformed: () => 'A kept vendor rule ends with # and its id, as it was printed.',
  expected_condition: (p) => `Expected a condition, “not” or “(”, but found ${found(p)}.`,
  expected_connective: (p) => {
    const options = ['and', 'or', ...param(p, 'closing').split(' ').filter(Boolean)].map(quoted);
    return `Expected ${alternatives.format(options)}, but found ${found(p)}.`;
  },
  expected: (p) => `Expected ${quoted(param(p, 'expected'))}, but found ${found(p)}.`,
  expected_value: (p) => `Expected a value, but found ${found(p)}.`,
  unquoted_text: (p) => `Put text in double quotes: "${param(p, 'found')}".`,
  unknown_operator: (p) => {
    const allowed = param(p, 'allowed');
    const hint = allowed === '' ? '' : ` Use one of: ${allowed}.`;
    return `Expected an operator after ${quoted(param(p, 'field'))}, but found ${found(p)}.${hint}`;
  },
  nesting_too_deep: (p) => `Brackets nest more than ${param(p, 'limit')} deep here.`,
  operator_not_for_type: (p) =>
    `${quoted(param(p, 'operator'))} does not apply to ${quoted(param(p, 'field'))}, a ${typeName(p)} field. ` +
    `Use one of: ${param(p, 'allowed')}.`,
  value_type: (p) =>
    `${quoted(param(p, 'field'))} needs ${EXPECTED[param(p, 'expected') as EditorKind] ?? 'another value'} here, ` +
    `not ${found(p)}.`,
  date_invalid: (p) => `${param(p, 'value')} is not a date on the calendar.`,
  opaque_unknown: (p) => `This kept vendor rule (#${param(p, 'id')}) is not in the segment; undo the change to it.`,
  opaque_duplicate: (p) => `This kept vendor rule (#${param(p, 'id')}) is here twice; keep one.`,
  conditions_not_supported: () => 'This backend does not store conditions.',
  not_supported: () => 'This backend cannot negate a group with “not”.',
  depth_exceeded: (p) => `This backend nests groups at most ${levels(p)} deep.`,
  depth_exceeded_mixed: (p) =>
    `Mixing “and” with “or” makes a nested group here, and this backend nests groups at most ${levels(p)} deep. ` +
    'Put brackets around it or split it.',
  too_many_conditions: (p) => `This backend allows at most ${param(p, 'limit')} conditions in one group.`,
  root_combinator_fixed: (p) =>
    `This backend joins the top-level conditions with ${quoted(param(p, 'combinator'))}; ` +
    'put brackets around the other part.',
  operator_not_supported: (p) => `This backend cannot store ${quoted(param(p, 'operator'))} on ${typeName(p)} fields.`,
  field_unknown: (p) => `There is no field ${quoted(param(p, 'field'))} in this database.`,
  unknown_option: (p) => `${quoted(param(p, 'value'))} is not one of the options of ${quoted(param(p, 'field'))}.`,
};
