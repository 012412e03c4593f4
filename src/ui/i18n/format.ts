/**
 * Numbers, dates and relative times in the active locale, always through Intl. The formatters are
 * built once per locale, each when first used: Intl objects are costly, and lists format many values.
 */
import { formattersFor as intlFor } from '@/domain/formats';
import { useLocale } from './I18nProvider';

export interface Formatters {
  number: (value: number) => string;
  /** "5 May 2024" / "5 мая 2024 г." */
  date: (value: Date | number) => string;
  /** "5 May 2024, 14:32" / "5 мая 2024 г., 14:32" */
  dateTime: (value: Date | number) => string;
  /** "3 minutes ago", "in 2 days" / "3 минуты назад", "через 2 дня": the largest unit that fits. */
  relative: (value: Date | number, now?: Date | number) => string;
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

const cache = new Map<string, Formatters>();

export function formattersFor(locale: string): Formatters {
  let formatters = cache.get(locale);
  if (formatters) return formatters;
  // Each Intl object is built on first use: a page that shows no relative time never builds one.
  let dates: Intl.DateTimeFormat | undefined;
  let dateTimes: Intl.DateTimeFormat | undefined;
  let relatives: Intl.RelativeTimeFormat | undefined;
  formatters = {
    number: (value) => intlFor(locale).number.format(value),
    date: (value) => (dates ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(value),
    dateTime: (value) =>
      (dateTimes ??= new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(value),
    relative: (value, now = Date.now()) => {
      const seconds = Math.round((Number(value) - Number(now)) / 1000);
      const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1];
      relatives ??= new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
      return relatives.format(Math.round(seconds / size), unit);
    },
  };
  cache.set(locale, formatters);
  return formatters;
}

/** The active locale's formatters. */
export function useFormatters(): Formatters {
  return formattersFor(useLocale());
}
