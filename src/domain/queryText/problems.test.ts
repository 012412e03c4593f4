import { locateProblems } from './problems';

describe('locateProblems', () => {
  it('adds 1-based lines and columns and sorts by position', () => {
    const text = 'ab\ncd\n\nefg\n';
    const at = (from: number) => ({ from, to: from, code: 'expected_value' as const, params: {} });
    expect(
      locateProblems(text, [at(11), at(0), at(4), at(6), at(8), at(2)]).map((p) => [p.from, p.line, p.column]),
    ).toEqual([
      [0, 1, 1],
      [2, 1, 3],
      [4, 2, 2],
      [6, 3, 1],
      [8, 4, 2],
      [11, 5, 1],
    ]);
    expect(locateProblems(text, [])).toEqual([]);
  });
});
