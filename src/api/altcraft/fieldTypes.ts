import type { FieldType } from '@/domain/model';

/**
 * Altcraft field types → canonical field types. Documented: `email`, `enum` (query types) and
 * `int`, `unicode`, `version`, `bool` plus the dictionaries `devices`, `oses`, `tz`, `languages`
 * (field descriptors). The rest are unconfirmed guesses. A query on a type missing here is kept
 * opaque.
 */
export const ALTCRAFT_FIELD_TYPES: Readonly<Record<string, FieldType>> = {
  email: 'email',
  unicode: 'string',
  string: 'string',
  text: 'string',
  int: 'number',
  float: 'number',
  version: 'version',
  bool: 'boolean',
  date: 'date',
  datetime: 'date',
  enum: 'enum',
  devices: 'enum',
  oses: 'enum',
  tz: 'enum',
  languages: 'enum',
  browsers: 'enum',
  array: 'list',
};

/**
 * Wire types of the system profile fields, used when a condition is written afresh and the
 * database's field list does not name the field. Documented: `email` and `_sex` (enum); the rest
 * follow docs/contracts.md's list of system fields and are unconfirmed.
 */
export const SYSTEM_FIELD_WIRE_TYPES: Readonly<Record<string, string>> = {
  email: 'email',
  _fname: 'unicode',
  _lname: 'unicode',
  _bdate: 'date',
  _sex: 'enum',
  _regdate: 'date',
  _regip: 'unicode',
  _city: 'unicode',
  _region: 'unicode',
  _country: 'unicode',
  _tz: 'tz',
  _status: 'int',
  _vendor: 'unicode',
};

export function fieldTypeOf(wireType: string): FieldType | undefined {
  return Object.hasOwn(ALTCRAFT_FIELD_TYPES, wireType) ? ALTCRAFT_FIELD_TYPES[wireType] : undefined;
}
