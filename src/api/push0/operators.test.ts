import type { OperatorId } from '@/domain/model';
import { isOperatorAllowed, OPERATORS } from '@/domain/operators';
import { push0Capabilities } from './capabilities';
import { PUSH0_FIELD_TYPES, type Push0FieldType } from './fieldTypes';
import { canonicalRelation, operatorFor, PUSH0_RELATIONS, relationFor } from './operators';

/** The page's relation table: which relations each wire type takes. */
const DOCUMENTED: Record<'String' | 'Int' | 'Long', readonly string[]> = {
  String: ['exists', '==', '!=', 'starts_with', 'ends_with', 'contains'],
  Int: ['==', '!=', '>', '>=', '<', '<='],
  Long: ['==', '!=', '>', '>=', '<', '<='],
};

/** The wire type behind each canonical type (tags are a String Array, whose relations are String's). */
const WIRE_TYPE: Record<Push0FieldType, keyof typeof DOCUMENTED> = {
  string: 'String',
  email: 'String',
  enum: 'String',
  list: 'String',
  number: 'Int',
  date: 'Long',
};

const rows = Object.entries(PUSH0_RELATIONS).flatMap(([type, table]) =>
  Object.entries(table).map(([operator, relation]) => [type as Push0FieldType, operator as OperatorId, relation]),
) as Array<[Push0FieldType, OperatorId, string]>;

describe('PUSH0_RELATIONS', () => {
  it.each(rows)(
    '%s %s ⇄ %s: offered by the domain, documented for the wire type, one arity or none',
    (type, op, rel) => {
      expect(isOperatorAllowed(type, op)).toBe(true);
      expect(DOCUMENTED[WIRE_TYPE[type]]).toContain(rel);
      expect(['none', 'one']).toContain(OPERATORS[op].arity);
      expect(relationFor(type, op)).toBe(rel);
      expect(operatorFor(type, rel)).toBe(op);
    },
  );

  it('spells each relation once per type, so reading is unambiguous', () => {
    for (const table of Object.values(PUSH0_RELATIONS)) {
      const relations = Object.values(table);
      expect(new Set(relations).size).toBe(relations.length);
    }
  });

  it('offers only equals and not equals on enums (the device type)', () => {
    expect(Object.keys(PUSH0_RELATIONS.enum)).toEqual(['is', 'is_not']);
  });

  it('is exactly what the capabilities offer, for every type the catalog uses', () => {
    expect(Object.keys(push0Capabilities.operators).sort()).toEqual(
      [...new Set(Object.values(PUSH0_FIELD_TYPES))].sort(),
    );
    for (const [type, table] of Object.entries(PUSH0_RELATIONS)) {
      expect(push0Capabilities.operators[type as Push0FieldType]).toEqual(Object.keys(table));
    }
    expect(push0Capabilities.operators.email).not.toContain('domain_is');
  });

  it('reads EQUALS and CONTAINS as their symbols and leaves the rest alone', () => {
    expect(canonicalRelation('EQUALS')).toBe('==');
    expect(canonicalRelation('CONTAINS')).toBe('contains');
    expect(canonicalRelation('==')).toBe('==');
    expect(canonicalRelation('toString')).toBe('toString');
  });
});
