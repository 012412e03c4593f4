import type { OperatorId } from '../model';
import { OPERATORS, OPERATORS_BY_TYPE } from '../operators';
import { lex } from './tokenizer';
import { OPERATOR_SPELLINGS, OPERATOR_WORDS, OPERATORS_BY_SPELLING, MAX_OPERATOR_WORDS, spellingOf } from './spellings';

describe('operator spellings', () => {
  it('give each field type at most one operator per written spelling', () => {
    for (const [type, ops] of Object.entries(OPERATORS_BY_TYPE)) {
      for (const [spelling, owners] of OPERATORS_BY_SPELLING) {
        const here = owners.filter((op) => ops.includes(op));
        expect(here.length, `${type}: ${spelling}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('give operators that share a spelling the same value shape', () => {
    for (const owners of OPERATORS_BY_SPELLING.values()) {
      const [first, ...rest] = owners as [OperatorId, ...OperatorId[]];
      for (const op of rest) {
        expect(OPERATORS[op].arity).toBe(OPERATORS[first].arity);
        expect(OPERATOR_SPELLINGS[op].suffix).toEqual(OPERATOR_SPELLINGS[first].suffix);
      }
    }
  });

  it('are made of words and symbols the lexer reads one token each, within the lookahead', () => {
    for (const spelling of Object.values(OPERATOR_SPELLINGS)) {
      for (const words of [spelling.words, ...(spelling.aliases ?? [])]) {
        expect(words.length).toBeLessThanOrEqual(MAX_OPERATOR_WORDS);
        for (const word of words) {
          expect(word).toBe(word.toLowerCase());
          expect(lex(word).map((t) => t.kind)).toEqual([/^\w+$/.test(word) ? 'word' : 'symbol', 'eof']);
        }
      }
    }
  });

  it('print one spelling per operator and know every word of them', () => {
    expect(spellingOf('not_in_list')).toBe('not in');
    expect(spellingOf('more_than_days_ago')).toBe('more than');
    expect(OPERATORS_BY_SPELLING.get('=')).toEqual(['equals', 'on', 'is']);
    expect(OPERATORS_BY_SPELLING.get('>')).toEqual(['gt', 'after']);
    for (const word of ['not', 'in', 'last', 'days', 'day', 'ago', '>=', 'has'])
      expect(OPERATOR_WORDS.has(word)).toBe(true);
    expect(OPERATOR_WORDS.has('and')).toBe(false);
  });
});
