import * as fc from 'fast-check';
import { isKnownValue, matchRank, suggestValues, type KnownValue } from './valueMatch';

const CITIES: KnownValue[] = [
  { value: 'Moscow', count: 900 },
  { value: 'Saint Petersburg', count: 500 },
  { value: 'Samara', count: 120 },
  { value: 'Petrozavodsk', count: 40 },
];

const knownList = fc.uniqueArray(
  fc.record({ value: fc.string({ minLength: 1, maxLength: 20 }), count: fc.nat(1000) }),
  { selector: (entry) => entry.value.trim().toLocaleLowerCase(), maxLength: 30 },
);

describe('value suggestions', () => {
  it('finds "Saint Petersburg" from "St. P" and from a typo of its spelling', () => {
    expect(suggestValues('St. P', CITIES)).toEqual(['Saint Petersburg']);
    expect(suggestValues('St. Petersburg', CITIES)).toEqual(['Saint Petersburg']);
    expect(suggestValues('Pet', CITIES)).toEqual(['Petrozavodsk', 'Saint Petersburg']);
    expect(suggestValues('Kazan', CITIES)).toEqual([]);
  });

  it('ranks whole prefixes first, then by how many profiles hold the value', () => {
    expect(suggestValues('s', CITIES)).toEqual(['Saint Petersburg', 'Samara']);
    expect(suggestValues('', CITIES)).toEqual(['Moscow', 'Saint Petersburg', 'Samara', 'Petrozavodsk']);
  });

  it('tells a known value (any case) from a value no profile has', () => {
    expect(isKnownValue(' saint petersburg ', CITIES)).toBe(true);
    expect(isKnownValue('St. Petersburg', CITIES)).toBe(false);
  });

  it('suggests only known values, never the exact one typed, at most `limit`', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), knownList, fc.integer({ min: 0, max: 10 }), (typed, known, limit) => {
        const suggested = suggestValues(typed, known, limit);
        expect(suggested.length).toBeLessThanOrEqual(limit);
        const values = new Set(known.map((entry) => entry.value));
        for (const value of suggested) {
          expect(values.has(value)).toBe(true);
          expect(value.trim().toLocaleLowerCase()).not.toBe(typed.trim().toLocaleLowerCase());
        }
      }),
    );
  });

  it('matches every prefix of a value, and every known value is known', () => {
    fc.assert(
      fc.property(knownList, fc.nat(), (known, cut) => {
        for (const entry of known) {
          expect(matchRank(entry.value.slice(0, cut % (entry.value.length + 1)), entry.value)).not.toBeNull();
          expect(isKnownValue(entry.value, known)).toBe(true);
        }
      }),
    );
  });
});
