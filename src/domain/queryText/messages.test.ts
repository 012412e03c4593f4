import { queryTextMessagesEn } from './messages';
import type { TextProblemCode } from './problems';

describe('queryTextMessagesEn', () => {
  it('has a sentence for every code, with or without parameters', () => {
    const sample = { found: 'x', field: 'age', limit: 2, type: 'date', expected: 'number', id: 'n1' };
    for (const [code, message] of Object.entries(queryTextMessagesEn)) {
      expect({ code, bare: message({}), full: message(sample) }).toEqual({
        code,
        bare: expect.stringMatching(/\S/),
        full: expect.stringMatching(/\S/),
      });
    }
  });

  it('says what was found, including the end of the text', () => {
    const m = queryTextMessagesEn;
    expect(m.expected({ expected: ')', found: '' })).toBe('Expected “)”, but found the end of the text.');
    expect(m.expected_connective({ found: 'x', closing: ', )' })).toBe(
      'Expected “and”, “or”, “,”, or “)”, but found “x”.',
    );
    expect(m.expected_connective({ found: 'x', closing: '' })).toBe('Expected “and” or “or”, but found “x”.');
    expect(m.unknown_operator({ found: '', field: 'age', allowed: '=, >' })).toBe(
      'Expected an operator after “age”, but found the end of the text. Use one of: =, >.',
    );
    expect(m.unknown_operator({ found: 'x', field: 'zzz', allowed: '' })).toBe(
      'Expected an operator after “zzz”, but found “x”.',
    );
  });

  it('names types, expected values and plural limits in English', () => {
    const m = queryTextMessagesEn;
    expect(m.value_type({ field: 'age', expected: 'number', found: '"abc"' })).toBe(
      '“age” needs a number here, not “"abc"”.',
    );
    expect(m.value_type({ field: 'x', expected: 'text', found: 'y' })).toContain('another value');
    expect(m.operator_not_supported({ operator: 'contains', type: 'enum' })).toBe(
      'This backend cannot store “contains” on choice fields.',
    );
    expect(m.operator_not_supported({ operator: '=', type: 'other' })).toContain('on other fields');
    expect(m.depth_exceeded({ limit: 1 })).toBe('This backend nests groups at most 1 level deep.');
    expect(m.depth_exceeded({ limit: 3 })).toBe('This backend nests groups at most 3 levels deep.');
  });

  it('is complete at compile time', () => {
    const codes: TextProblemCode[] = ['field_unknown', 'unknown_option', 'value_type', 'depth_exceeded_mixed'];
    for (const code of codes) expect(typeof queryTextMessagesEn[code]).toBe('function');
  });
});
