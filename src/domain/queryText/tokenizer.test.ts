import * as fc from 'fast-check';
import { lex, quote } from './tokenizer';

const kinds = (text: string) => lex(text).map((t) => `${t.kind}:${t.text}`);

describe('lex', () => {
  it('reads every kind of token and ends with eof', () => {
    expect(kinds('a.b = "x" 1.2.3 -4 2026-01-31 ( ) [ ] , ? != <= >= < > `A b` ⟦L #id⟧')).toEqual([
      'word:a.b',
      'symbol:=',
      'string:x',
      'number:1.2.3',
      'number:-4',
      'date:2026-01-31',
      '(:(',
      '):)',
      '[:[',
      ']:]',
      ',:,',
      '?:?',
      'symbol:!=',
      'symbol:<=',
      'symbol:>=',
      'symbol:<',
      'symbol:>',
      'quoted:A b',
      'opaque:id',
      'eof:',
    ]);
    expect(lex('⟦Vendor rule #n3⟧')[0]).toMatchObject({ kind: 'opaque', label: 'Vendor rule', text: 'n3' });
  });

  it('keeps offsets and skips any whitespace, Unicode spaces included', () => {
    expect(lex(' \t\na\u00a0\u2028b').map((t) => [t.from, t.to])).toEqual([
      [3, 4],
      [6, 7],
      [7, 7],
    ]);
  });

  it('reads numbers with exponents, dates only with exactly two-digit parts, and words in any script', () => {
    expect(kinds('1e6 2.5E-3 2026-01-311 Город_1 _x')).toEqual([
      'number:1e6',
      'number:2.5E-3',
      'number:2026',
      'number:-01',
      'number:-311',
      'word:Город_1',
      'word:_x',
      'eof:',
    ]);
    expect(kinds('== =')).toEqual(['symbol:=', 'symbol:=', 'symbol:=', 'eof:']);
  });

  it('decodes escapes in strings, names and opaque tokens', () => {
    expect(lex('"a\\"b\\\\c\\/\\n\\r\\t\\b\\f\\u0041\\`\\#\\⟧"')[0]!.text).toBe('a"b\\c/\n\r\t\b\fA`#⟧');
    expect(lex('`x\\`y`')[0]).toMatchObject({ kind: 'quoted', text: 'x`y' });
    expect(lex('⟦a\\#b #c\\#d⟧')[0]).toMatchObject({ kind: 'opaque', label: 'a#b', text: 'c#d' });
    expect(lex('⟦a #b #c⟧')[0]).toMatchObject({ label: 'a #b', text: 'c' });
  });

  it('turns unreadable input into invalid tokens that carry the problem', () => {
    const [bang] = lex('!');
    expect(bang).toMatchObject({ kind: 'invalid', problem: { code: 'unexpected_character', params: { char: '!' } } });
    expect(lex('😀')[0]).toMatchObject({ kind: 'invalid', from: 0, to: 2, problem: { params: { char: '😀' } } });
    expect(lex('\ud800x')[0]).toMatchObject({ kind: 'invalid', from: 0, to: 1 });
    expect(lex('-x')[0]).toMatchObject({ kind: 'invalid', text: '-' });
    expect(lex('"abc\nd')[0]).toMatchObject({
      kind: 'invalid',
      from: 0,
      to: 4,
      problem: { code: 'unterminated_string', from: 0, to: 4 },
    });
    expect(lex('`abc')[0]!.problem).toMatchObject({ code: 'unterminated_field' });
    expect(lex('⟦abc #x')[0]!.problem).toMatchObject({ code: 'unterminated_opaque' });
    expect(lex('⟦abc⟧')[0]!.problem).toMatchObject({ code: 'opaque_malformed', from: 0, to: 5 });
  });

  it('reports the first bad escape, even before a line end, and still finds the closing quote', () => {
    const [token, next] = lex('"a\\qb\\z" x');
    expect(token).toMatchObject({ kind: 'invalid', to: 8, problem: { code: 'bad_escape', from: 2, to: 4 } });
    expect(token!.problem!.params).toEqual({ sequence: '\\q' });
    expect(next).toMatchObject({ kind: 'word', text: 'x' });
    expect(lex('"\\u12"')[0]!.problem).toMatchObject({ code: 'bad_escape', params: { sequence: '\\u' } });
    expect(lex('"a\\\nb"')[0]!.problem).toMatchObject({ code: 'unterminated_string', from: 0, to: 3 });
    expect(lex('"a\\')[0]!.problem).toMatchObject({ code: 'unterminated_string' });
  });
});

describe('quote', () => {
  it('escapes the closing mark, backslashes and control characters', () => {
    expect(quote('a"b\\c\n\t\r\b\f\u0001\u007f', '"', '"')).toBe('"a\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u007f"');
    expect(quote('x`y', '`', '`')).toBe('`x\\`y`');
    expect(quote('a#b⟧', '', '', '#⟧')).toBe('a\\#b\\⟧');
  });

  it('is read back exactly by the lexer, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        expect(lex(quote(value, '"', '"'))[0]).toMatchObject({ kind: 'string', text: value });
        expect(lex(quote(value, '`', '`'))[0]).toMatchObject({ kind: 'quoted', text: value });
      }),
    );
  });
});
