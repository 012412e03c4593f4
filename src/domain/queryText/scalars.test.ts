import { literalToScalar, scalarText, typeOfLiterals, type Literal } from './scalars';

const lit = (kind: Literal['kind'], text: string): Literal => ({ kind, text, from: 0, to: text.length });

describe('literalToScalar', () => {
  it('reads blanks as the unfinished value of any editor', () => {
    expect(literalToScalar(lit('blank', '?'), 'number')).toEqual({ ok: true, scalar: '' });
    expect(literalToScalar(lit('string', ''), 'date')).toEqual({ ok: true, scalar: '' });
  });

  it('insists on the kind of numbers, days, dates and versions', () => {
    expect(literalToScalar(lit('number', '-0'), 'number')).toEqual({ ok: true, scalar: 0 });
    expect(literalToScalar(lit('date', '2026-01-01'), 'number')).toEqual({ ok: false, code: 'value_type' });
    expect(literalToScalar(lit('number', '3'), 'days')).toEqual({ ok: true, scalar: 3 });
    expect(literalToScalar(lit('number', '-3'), 'days')).toEqual({ ok: false, code: 'value_type' });
    expect(literalToScalar(lit('date', '2026-13-01'), 'date')).toEqual({ ok: false, code: 'date_invalid' });
    expect(literalToScalar(lit('number', '2026'), 'date')).toEqual({ ok: false, code: 'value_type' });
    expect(literalToScalar(lit('string', '01.2'), 'version')).toEqual({ ok: true, scalar: '01.2' });
    expect(literalToScalar(lit('boolean', 'true'), 'version')).toEqual({ ok: false, code: 'value_type' });
  });

  it('keeps the written kind for enums and reads anything as text for text editors', () => {
    expect(literalToScalar(lit('boolean', 'FALSE'), 'enum-multi')).toEqual({ ok: true, scalar: false });
    expect(literalToScalar(lit('number', '1.2.3'), 'enum')).toEqual({ ok: true, scalar: '1.2.3' });
    expect(literalToScalar(lit('date', '2026-01-01'), 'enum')).toEqual({ ok: true, scalar: '2026-01-01' });
    expect(literalToScalar(lit('boolean', 'True'), 'text-list')).toEqual({ ok: true, scalar: 'true' });
    expect(literalToScalar(lit('number', '007'), 'text')).toEqual({ ok: true, scalar: '007' });
  });
});

describe('scalarText', () => {
  it('writes numbers and booleans bare, well-formed dates and versions bare, other text quoted', () => {
    expect(scalarText(5, 'text')).toBe('5');
    expect(scalarText(false, 'enum')).toBe('false');
    expect(scalarText('2026-01-01', 'date')).toBe('2026-01-01');
    expect(scalarText('2026-01-01', 'text')).toBe('"2026-01-01"');
    expect(scalarText('1.2', 'version')).toBe('1.2');
    expect(scalarText('1.2', 'text')).toBe('"1.2"');
    expect(scalarText('', 'enum')).toBe('?');
  });
});

describe('typeOfLiterals', () => {
  it('guesses from the first value that is filled in', () => {
    expect(typeOfLiterals([])).toBe('string');
    expect(typeOfLiterals([lit('blank', '?'), lit('date', '2026-01-01')])).toBe('date');
    expect(typeOfLiterals([lit('number', '5')])).toBe('number');
    expect(typeOfLiterals([lit('number', '1.2.3')])).toBe('version');
    expect(typeOfLiterals([lit('boolean', 'true')])).toBe('string');
  });
});
