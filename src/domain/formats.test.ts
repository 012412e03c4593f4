import { datesAgree, formatDate, formatDateTime, formattersFor } from './formats';

describe('one date format per locale', () => {
  it('writes a calendar date numerically, as the browser’s date input does in that language', () => {
    expect(formatDate('2024-06-15', 'en-US')).toBe('06/15/2024');
    expect(formatDate('2024-06-15', 'ru-RU')).toBe('15.06.2024');
    // A calendar date never shifts a day, whatever the reader's time zone.
    expect(formatDate('2024-01-01', 'en-US')).toBe('01/01/2024');
  });

  it('writes an instant with its time, in the same date format', () => {
    expect(formatDateTime('2026-03-01T14:30', 'ru-RU')).toMatch(/^01\.03\.2026, \d{2}:30$/);
    expect(formatDateTime('2026-03-01T14:30', 'en-US')).toMatch(/^03\/01\/2026, \d{2}:30/);
  });

  it('builds the formatters of a locale once', () => {
    expect(formattersFor('ru-RU')).toBe(formattersFor('ru-RU'));
  });

  it('tells whether two languages write dates alike', () => {
    expect(datesAgree('ru-RU', 'ru-RU')).toBe(true);
    expect(datesAgree('ru', 'ru-RU')).toBe(true);
    expect(datesAgree('en-US', 'ru-RU')).toBe(false);
    expect(datesAgree('en-GB', 'en-US')).toBe(false);
  });
});
