import { problemText } from './problemMessages';

describe('text-mode problems', () => {
  it('read in the active language, English where a language has no table', () => {
    const problem = { code: 'field_unknown', params: { field: 'cty' } } as const;
    const en = problemText(problem, 'en');
    const ru = problemText(problem, 'ru-RU');
    expect(en).toContain('cty');
    expect(ru).toContain('cty');
    expect(ru).not.toBe(en);
    expect(problemText(problem, 'de')).toBe(en);
  });
});
