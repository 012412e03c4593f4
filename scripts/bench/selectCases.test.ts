import { selectCases } from './selectCases';

const KNOWN = ['domain', 'list', 'lighthouse'];

describe('selectCases', () => {
  it('runs everything, bundle sizes included, when no case is named', () => {
    expect(selectCases([], KNOWN)).toEqual({ cases: KNOWN, bundle: true });
  });

  it('runs only the named cases, in their listed order, without the bundle table', () => {
    expect(selectCases(['lighthouse', 'domain'], KNOWN)).toEqual({ cases: ['domain', 'lighthouse'], bundle: false });
  });

  it('runs the bundle table when it is named', () => {
    expect(selectCases(['bundle'], KNOWN)).toEqual({ cases: [], bundle: true });
  });

  it('ignores flags', () => {
    expect(selectCases(['--verbose', 'list'], KNOWN)).toEqual({ cases: ['list'], bundle: false });
  });

  it('names the known cases when given an unknown one', () => {
    expect(() => selectCases(['lighthous'], KNOWN)).toThrow(
      'Unknown bench case: lighthous. Known: bundle, domain, list, lighthouse',
    );
  });
});
