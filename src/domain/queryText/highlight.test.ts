import { tokenize } from './highlight';

const kinds = (text: string) => tokenize(text).map((token) => `${token.kind}:${text.slice(token.from, token.to)}`);

describe('tokenize', () => {
  it('names the parts of a query for highlighting', () => {
    expect(kinds('city = "Moscow" and not (age between 18 and 30 or tier in ["a", ?]) or ⟦x #n1⟧')).toEqual([
      'field:city',
      'operator:=',
      'string:"Moscow"',
      'keyword:and',
      'keyword:not',
      'paren:(',
      'field:age',
      'operator:between',
      'number:18',
      'keyword:and',
      'number:30',
      'keyword:or',
      'field:tier',
      'operator:in',
      'bracket:[',
      'string:"a"',
      'comma:,',
      'keyword:?',
      'bracket:]',
      'paren:)',
      'keyword:or',
      'opaque:⟦x #n1⟧',
    ]);
  });

  it('marks what the parser read as fields, even a field named like an operator word or written as a label', () => {
    expect(kinds('is = 5 and "Last order" on 2026-01-01 and `x y` is true')).toEqual([
      'field:is',
      'operator:=',
      'number:5',
      'keyword:and',
      'field:"Last order"',
      'operator:on',
      'date:2026-01-01',
      'keyword:and',
      'field:`x y`',
      'operator:is',
      'keyword:true',
    ]);
  });

  it('tells words apart by spelling past a syntax error, and marks unreadable tokens as errors', () => {
    expect(kinds(') city in_last days and FALSE "x" ! "open')).toEqual([
      'paren:)',
      'field:city',
      'operator:in_last',
      'operator:days',
      'keyword:and',
      'keyword:FALSE',
      'string:"x"',
      'error:!',
      'error:"open',
    ]);
  });
});
