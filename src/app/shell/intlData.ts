/**
 * The browser's first Intl formatter of a page (numbers, dates, lists, collation) loads ICU's locale
 * data: 120–270 ms of the main thread on a phone's CPU (4× throttled Chromium), inside whichever
 * render first formats a value, such as the list's first rows. That data is shared by the whole
 * renderer process, so a worker that builds the same formatters first, while the app's scripts are
 * still downloading, leaves the page's own formatters cheap (under 5 ms). The page shell starts it
 * (pageShell.ts); docs/architecture.md, First load, has the measurements.
 */
import { LANGUAGE_TAGS, type Language } from '@/ui/i18n/languages';

/**
 * The locales the app formats with: the UI's (`useLocale()`, the bare language) and the domain's
 * (LANGUAGE_TAGS, src/domain/formats.ts), which ICU resolves to data of its own.
 */
export function intlLocalesFor(language: Language): string[] {
  return [language, LANGUAGE_TAGS[language]];
}

const SAMPLE_DAY = Date.UTC(2024, 5, 15, 12, 30);

/**
 * Builds every kind of formatter the first pages use (src/ui/i18n/format.ts, src/domain/formats.ts,
 * the list's table and sort order) and formats a value with each, since some data loads only when
 * a formatter first writes. Returns what it wrote, so that a test can see each one worked.
 */
export function loadIntlData(locales: readonly string[]): string[] {
  const written: string[] = [];
  for (const locale of locales) {
    written.push(
      new Intl.NumberFormat(locale).format(12345.5),
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(SAMPLE_DAY),
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(SAMPLE_DAY),
      new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(
        SAMPLE_DAY,
      ),
      new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-1, 'day'),
      new Intl.ListFormat(locale, { type: 'disjunction' }).format(['a', 'b']),
      new Intl.PluralRules(locale).select(2),
    );
  }
  // The list sorts names with the browser's own locale (src/features/segment-list/listView.ts).
  written.push(String(new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare('a2', 'a10')));
  return written;
}
