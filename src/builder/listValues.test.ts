import { mergeValues, splitValues } from './listValues';

describe('splitValues', () => {
  it('splits on new lines, commas, semicolons and tabs, trimming and dropping blanks', () => {
    expect(splitValues(' a, b;c\td\r\ne\n\n ,; f ')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('returns nothing for blank text', () => {
    expect(splitValues(' \n,; \t')).toEqual([]);
  });
});

describe('mergeValues', () => {
  it('appends new values in order and counts the duplicates it dropped', () => {
    expect(mergeValues(['a', 'b'], ['b', 'c', 'c', 'd', 'a'])).toEqual({
      values: ['a', 'b', 'c', 'd'],
      added: 2,
      duplicates: 3,
    });
  });

  it('handles thousands of values', () => {
    const incoming = Array.from({ length: 6000 }, (_, i) => `v${i % 5000}`);
    const merged = mergeValues([], incoming);
    expect(merged.values).toHaveLength(5000);
    expect(merged.duplicates).toBe(1000);
  });
});
