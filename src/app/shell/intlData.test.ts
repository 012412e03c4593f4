import { describe, expect, it } from 'vitest';
import { intlLocalesFor, loadIntlData } from './intlData';

describe('the Intl data the page shell loads off the main thread', () => {
  it('covers the UI’s locale and the domain’s tag for each language', () => {
    expect(intlLocalesFor('en')).toEqual(['en', 'en-US']);
    expect(intlLocalesFor('ru')).toEqual(['ru', 'ru-RU']);
  });

  it('builds and writes with every kind of formatter the first pages use', () => {
    const written = loadIntlData(['en-US']);
    expect(written).toEqual([
      '12,345.5',
      'Jun 15, 2024',
      expect.stringMatching(/^Jun 15, 2024, \d{1,2}:30\s?[AP]M$/),
      '06/15/2024',
      'yesterday',
      'a or b',
      'other',
      // Numeric collation: "a2" sorts before "a10".
      '-1',
    ]);
  });

  it('writes in Russian for a Russian reader', () => {
    const [number, day, , numeric, relative, list, plural] = loadIntlData(['ru-RU']);
    expect(number?.replace(/\s/g, ' ')).toBe('12 345,5');
    expect(day).toMatch(/^15 июн\.? 2024/);
    expect(numeric).toBe('15.06.2024');
    expect(relative).toBe('вчера');
    expect(list).toBe('a или b');
    expect(plural).toBe('few');
  });
});
