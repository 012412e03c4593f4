import type { FieldType, OperatorId } from '@/domain/model';
import { OPERATORS, OPERATORS_BY_TYPE } from '@/domain/operators';
import { altcraftCapabilities } from './capabilities';
import { ALTCRAFT_FIELD_TYPES } from './fieldTypes';
import { OPERATOR_SPELLINGS, type WireOperator } from './operators';

const tables = Object.entries(OPERATOR_SPELLINGS) as Array<[FieldType, Partial<Record<OperatorId, WireOperator>>]>;

describe('Altcraft operator tables', () => {
  it.each(tables)('%s: every operator the builder offers can be saved', (type, table) => {
    expect(Object.keys(table).sort()).toEqual([...OPERATORS_BY_TYPE[type]].sort());
  });

  it.each(tables)('%s: value encodings match the operators’ arity', (_type, table) => {
    for (const [op, spelling] of Object.entries(table) as Array<[OperatorId, WireOperator]>) {
      const arity = spelling.args.kind === 'fixed' ? 'none' : spelling.args.kind;
      expect([op, arity]).toEqual([op, OPERATORS[op].arity]);
    }
  });

  it.each(tables)('%s: a spelling names one operator, so reading is unambiguous', (_type, table) => {
    const keys = Object.values(table).map((spelling) =>
      JSON.stringify([spelling.operator, spelling.compo, spelling.args.kind === 'fixed' ? spelling.args.value : null]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps every canonical field type from some Altcraft type', () => {
    const covered = new Set(Object.values(ALTCRAFT_FIELD_TYPES));
    expect([...covered].sort()).toEqual(Object.keys(OPERATORS_BY_TYPE).sort());
  });

  it('capabilities list the tables and the demo-only extras', () => {
    expect(altcraftCapabilities(false)).toMatchObject({ estimate: false, checkProfile: false, not: false });
    expect(altcraftCapabilities(true)).toMatchObject({ estimate: true, checkProfile: true });
    expect(altcraftCapabilities(false).operators.enum).toEqual(['is', 'is_not', 'is_any_of', 'is_none_of']);
  });

  it('offers age and "years ago" on dates only where the embedded backend answers, beside the relative days', () => {
    const years = ['age_between', 'at_least_years_ago', 'less_than_years_ago'];
    expect(altcraftCapabilities(true).operators.date).toEqual(expect.arrayContaining(['in_last_days', ...years]));
    expect(altcraftCapabilities(false).operators.date).toContain('in_last_days');
    for (const op of years) expect(altcraftCapabilities(false).operators.date).not.toContain(op);
    expect(OPERATOR_SPELLINGS.date.age_between).toEqual({
      operator: 'age_between',
      compo: 'default',
      args: { kind: 'two', from: 'from', to: 'to' },
    });
  });
});
