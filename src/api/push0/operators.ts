/**
 * Operator ⇄ Push0 relation: ONE table per field type. The relations and the types that take them
 * are documented (fixtures/README.md); which domain operator each one stands for is this adapter's
 * reading. An operator absent from its type's table cannot be saved to Push0 (capabilities never
 * offer it), and a relation absent from the table is read as an opaque condition, kept verbatim.
 *
 * Not mapped, on purpose:
 * - `exists` on Int/Long fields: the domain has no `exists` for numbers and dates (its "is not
 *   empty" also means "not an empty string", a different test);
 * - `>=` and `<=` on dates: the domain's dates have only "before" and "after";
 * - "on" a date (`==`): the domain means the whole day, Push0 one millisecond.
 */
import type { OperatorId } from '@/domain/model';
import { PUSH0_UNCONFIRMED } from './endpoints';
import type { Push0FieldType } from './fieldTypes';

type RelationTable = Readonly<Partial<Record<OperatorId, string>>>;

const STRING: RelationTable = {
  equals: '==',
  not_equals: '!=',
  begins_with: 'starts_with',
  ends_with: 'ends_with',
  contains: 'contains',
  exists: 'exists',
};

export const PUSH0_RELATIONS: Readonly<Record<Push0FieldType, RelationTable>> = {
  string: STRING,
  email: STRING,
  // Int fields (appVersionCode, sessionCount).
  number: { equals: '==', not_equals: '!=', gt: '>', gte: '>=', lt: '<', lte: '<=' },
  // Long epoch milliseconds: "before" is strictly earlier, "after" strictly later.
  date: { before: '<', after: '>' },
  // The ISO code fields are Strings, `type` takes only equals and not equals (documented).
  enum: { is: '==', is_not: '!=' },
  list: { list_contains: PUSH0_UNCONFIRMED.listContainsRelation },
};

/**
 * Other spellings read as a relation. The page's prose names relations "e.g. EQUALS, CONTAINS",
 * and its own example sends `"relation": "EQUALS"`. They are read, never written: an unchanged
 * condition goes back as it came (convert.ts), an edited one with the symbol.
 */
export const PUSH0_RELATION_ALIASES: Readonly<Record<string, string>> = { EQUALS: '==', CONTAINS: 'contains' };

export function canonicalRelation(relation: string): string {
  return Object.hasOwn(PUSH0_RELATION_ALIASES, relation) ? PUSH0_RELATION_ALIASES[relation]! : relation;
}

/** The relation of an operator on a field type, or undefined when Push0 cannot store it. */
export function relationFor(type: Push0FieldType, operator: OperatorId): string | undefined {
  return PUSH0_RELATIONS[type][operator];
}

/** The operator a (canonical) relation stands for on a field type, or undefined. */
export function operatorFor(type: Push0FieldType, relation: string): OperatorId | undefined {
  const entries = Object.entries(PUSH0_RELATIONS[type]) as Array<[OperatorId, string]>;
  return entries.find(([, spelling]) => spelling === relation)?.[0];
}

/** Operators Push0 can store, per field type (for capabilities). */
export function push0Operators(): Record<Push0FieldType, OperatorId[]> {
  const entries = Object.entries(PUSH0_RELATIONS) as Array<[Push0FieldType, RelationTable]>;
  return Object.fromEntries(entries.map(([type, table]) => [type, Object.keys(table) as OperatorId[]])) as Record<
    Push0FieldType,
    OperatorId[]
  >;
}
