import type { Condition, FieldType, OperatorId } from './model';
import {
  COMPLEMENT_OF,
  defaultOperatorFor,
  editorFor,
  editorForField,
  emptyValueFor,
  inferFieldType,
  isBlankScalar,
  isIsoDate,
  isIsoDateTime,
  isOperatorAllowed,
  OPERATORS,
  OPERATORS_BY_TYPE,
  operatorsFor,
  resetForField,
  scalarFitsEditor,
  scalarsOf,
  typesFor,
  valueFits,
  valueFitsField,
  valueOptionsFor,
} from './operators';

const ALL_TYPES: FieldType[] = ['string', 'email', 'number', 'date', 'boolean', 'enum', 'version', 'list'];

describe('operator registry', () => {
  it('describes every operator under its own id, with a label', () => {
    for (const [id, spec] of Object.entries(OPERATORS)) {
      expect(spec.id).toBe(id);
      expect(spec.label.length).toBeGreaterThan(0);
    }
  });

  it('offers every operator for at least one field type', () => {
    for (const id of Object.keys(OPERATORS) as OperatorId[]) expect(typesFor(id).length).toBeGreaterThan(0);
  });

  it('lists the operators the issue asks for, in display order', () => {
    expect(operatorsFor('string').map((o) => o.label)).toEqual([
      'is',
      'is not',
      'contains',
      'does not contain',
      'begins with',
      'ends with',
      'is empty',
      'is not empty',
      'is present (may be blank)',
      'is absent',
      'is any of',
      'is none of',
    ]);
    expect(OPERATORS_BY_TYPE.email).toEqual([...OPERATORS_BY_TYPE.string, 'domain_is', 'domain_group_is']);
    expect(OPERATORS_BY_TYPE.number).toEqual(
      expect.arrayContaining(['equals', 'not_equals', 'gt', 'gte', 'lt', 'lte', 'between', 'not_between', 'is_empty']),
    );
    expect(OPERATORS_BY_TYPE.date).toEqual(
      expect.arrayContaining([
        'on',
        'before',
        'after',
        'date_between',
        'in_last_days',
        'more_than_days_ago',
        'anniversary_within_days',
      ]),
    );
    expect(OPERATORS_BY_TYPE.enum).toEqual(['is', 'is_not', 'is_any_of', 'is_none_of']);
    expect(OPERATORS_BY_TYPE.boolean).toEqual(['is_true', 'is_false']);
    expect(OPERATORS_BY_TYPE.version).toEqual(expect.arrayContaining(['equals', 'gt', 'lt', 'gte', 'lte']));
    expect(OPERATORS_BY_TYPE.list).toEqual(expect.arrayContaining(['list_contains', 'list_not_contains', 'is_empty']));
  });

  it('gives symbols to the comparison operators only', () => {
    expect(OPERATORS.gte.symbol).toBe('≥');
    expect(OPERATORS.not_equals.symbol).toBe('≠');
    expect(OPERATORS.contains).not.toHaveProperty('symbol');
  });

  it('maps each negative operator to a positive one of the same arity', () => {
    for (const [negative, positive] of Object.entries(COMPLEMENT_OF) as [OperatorId, OperatorId][]) {
      expect(OPERATORS[negative].arity).toBe(OPERATORS[positive].arity);
      expect(COMPLEMENT_OF[positive]).toBeUndefined();
    }
  });

  it('answers whether an operator is allowed and which one is the default', () => {
    expect(isOperatorAllowed('email', 'domain_is')).toBe(true);
    expect(isOperatorAllowed('string', 'domain_is')).toBe(false);
    for (const type of ALL_TYPES) expect(isOperatorAllowed(type, defaultOperatorFor(type))).toBe(true);
    expect(defaultOperatorFor('date')).toBe('on');
    expect(defaultOperatorFor('boolean')).toBe('is_true');
  });
});

describe('editors and values', () => {
  it('refines the editor per field type', () => {
    expect(editorFor('string', 'equals')).toBe('text');
    expect(editorFor('number', 'equals')).toBe('number');
    expect(editorFor('number', 'between')).toBe('number');
    expect(editorFor('version', 'gt')).toBe('version');
    expect(editorFor('version', 'equals')).toBe('version');
    expect(editorFor('date', 'in_last_days')).toBe('days');
    expect(editorFor('enum', 'is_any_of')).toBe('enum-multi');
  });

  it('offers domain groups for "domain group is" and field options otherwise', () => {
    const options = [{ value: 'f', label: 'Female' }];
    const field = { name: 'x', label: 'X', type: 'email' as const, category: 'system' as const, options };
    expect(valueOptionsFor(field, 'domain_group_is')).toContainEqual({ value: 'Gmail', label: 'Gmail' });
    expect(valueOptionsFor(field, 'equals')).toBe(options);
  });

  it('builds an empty value of the right shape for every arity', () => {
    expect(emptyValueFor('is_true')).toEqual({ kind: 'none' });
    expect(emptyValueFor('equals')).toEqual({ kind: 'one', value: '' });
    expect(emptyValueFor('between')).toEqual({ kind: 'two', from: '', to: '' });
    expect(emptyValueFor('in_list')).toEqual({ kind: 'list', values: [] });
    for (const op of Object.keys(OPERATORS) as OperatorId[]) expect(valueFits(op, emptyValueFor(op))).toBe(true);
  });

  it('checks value shapes against arity', () => {
    expect(valueFits('between', { kind: 'two', from: 1, to: 2 })).toBe(true);
    expect(valueFits('between', { kind: 'one', value: 1 })).toBe(false);
  });

  it('lists the scalars of each value shape', () => {
    expect(scalarsOf({ kind: 'none' })).toEqual([]);
    expect(scalarsOf({ kind: 'one', value: 1 })).toEqual([1]);
    expect(scalarsOf({ kind: 'two', from: 1, to: 2 })).toEqual([1, 2]);
    expect(scalarsOf({ kind: 'list', values: ['a'] })).toEqual(['a']);
  });

  it('recognises blank scalars and real ISO dates', () => {
    expect(isBlankScalar('  ')).toBe(true);
    expect(isBlankScalar(0)).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-01-32')).toBe(false);
    expect(isIsoDate('2023-1-1')).toBe(false);
  });

  it.each([
    ['number', 3.5, true],
    ['number', Number.NaN, false],
    ['number', '3', false],
    ['days', 7, true],
    ['days', -1, false],
    ['days', 1.5, false],
    ['days', '7', false],
    ['date', '2024-01-31', true],
    ['date', '31.01.2024', false],
    ['date', 20240131, false],
    ['version', '1.2.3', true],
    ['version', '1.2-beta', false],
    ['version', 1, false],
    ['enum', 3, true],
    ['enum', 'a', true],
    ['enum-multi', true, false],
    ['text', 'a', true],
    ['text', 1, false],
    ['text-list', 'a', true],
  ] as const)('editor %s accepts %j: %s', (editor, scalar, ok) => {
    expect(scalarFitsEditor(editor, scalar)).toBe(ok);
  });

  it('fits values to a field: shape, then scalar types, blanks allowed', () => {
    expect(valueFitsField('number', 'gt', { kind: 'one', value: 5 })).toBe(true);
    expect(valueFitsField('number', 'gt', { kind: 'one', value: '' })).toBe(true);
    expect(valueFitsField('number', 'gt', { kind: 'one', value: 'five' })).toBe(false);
    expect(valueFitsField('number', 'gt', { kind: 'list', values: [5] })).toBe(false);
  });

  it('infers a field type from the operator and the value', () => {
    const infer = (operator: OperatorId, value: Condition['value']) => inferFieldType({ operator, value });
    expect(infer('on', { kind: 'one', value: '2024-01-01' })).toBe('date');
    expect(infer('equals', { kind: 'one', value: 5 })).toBe('number');
    expect(infer('equals', { kind: 'one', value: 'x' })).toBe('string');
    expect(infer('gt', { kind: 'one', value: '1.2' })).toBe('version');
    expect(infer('gt', { kind: 'one', value: 3 })).toBe('number');
    expect(infer('is_empty', { kind: 'none' })).toBe('string');
  });
});

describe('instants (date fields with a time)', () => {
  it('edits a date field that holds instants with the time, and only date operators', () => {
    expect(editorForField({ type: 'date', withTime: true }, 'before')).toBe('datetime');
    expect(editorForField({ type: 'date' }, 'before')).toBe('date');
    expect(editorForField({ type: 'date', withTime: true }, 'in_last_days')).toBe('days');
    expect(editorForField({ type: 'number', withTime: true }, 'gt')).toBe('number');
  });

  it('reads local date-times with optional seconds and milliseconds, and bare dates', () => {
    for (const text of ['2026-03-01', '2026-03-01T14:30', '2026-03-01T14:30:15', '2026-03-01T23:59:59.999']) {
      expect(isIsoDateTime(text)).toBe(true);
      expect(scalarFitsEditor('datetime', text)).toBe(true);
    }
    for (const text of [
      '2026-02-30T10:00',
      '2026-03-01T24:00',
      '2026-03-01T12:60',
      '2026-03-01T12:00:60',
      '2026-03-01T1:00',
      '2026-03-01TT',
      'x',
    ]) {
      expect(isIsoDateTime(text)).toBe(false);
    }
    expect(scalarFitsEditor('datetime', 5)).toBe(false);
  });
});

describe('resetForField', () => {
  const condition = (operator: OperatorId, value: Condition['value']): Condition => ({
    type: 'condition',
    id: 'c',
    field: 'old',
    operator,
    value,
  });

  it('keeps operator and value when both still fit', () => {
    const before = condition('equals', { kind: 'one', value: 'Moscow' });
    expect(resetForField(before, 'city', 'email')).toEqual({ ...before, field: 'city' });
  });

  it('keeps the operator but clears a value of the wrong type', () => {
    const before = condition('equals', { kind: 'one', value: 'Moscow' });
    expect(resetForField(before, 'age', 'number')).toEqual({
      ...before,
      field: 'age',
      value: { kind: 'one', value: '' },
    });
  });

  it('falls back to the default operator and an empty value when the operator is not offered', () => {
    const before = condition('contains', { kind: 'one', value: 'a' });
    expect(resetForField(before, 'vip', 'boolean')).toEqual({
      ...before,
      field: 'vip',
      operator: 'is_true',
      value: { kind: 'none' },
    });
  });

  it('does not mutate the condition', () => {
    const before = Object.freeze(condition('is_empty', { kind: 'none' }));
    expect(resetForField(before, 'tags', 'list').operator).toBe('is_empty');
    expect(before.field).toBe('old');
  });
});
