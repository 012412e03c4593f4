/**
 * How values are written for people, one formatter per locale for every screen: the summary, the
 * read-only tree and the editor's date beside its input all show a date the same way. Dates are
 * numeric, as the browser's own date input writes them in that locale (06/15/2024, 15.06.2024).
 */

export interface Formatters {
  readonly number: Intl.NumberFormat;
  readonly date: Intl.DateTimeFormat;
  readonly dateTime: Intl.DateTimeFormat;
  readonly list: Intl.ListFormat;
  /** Which plural form a count takes (the UI's translator picks its message by it). */
  readonly plural: Intl.PluralRules;
}

// Intl objects are costly to build, and a description of a large tree formats many values. Each is
// built when first used: a screen that shows no date never pays for the date formats.
const cache = new Map<string, Formatters>();

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

function lazyFormatters(tag: string): Formatters {
  let number: Intl.NumberFormat | undefined;
  let date: Intl.DateTimeFormat | undefined;
  let dateTime: Intl.DateTimeFormat | undefined;
  let list: Intl.ListFormat | undefined;
  let plural: Intl.PluralRules | undefined;
  return {
    get number() {
      return (number ??= new Intl.NumberFormat(tag));
    },
    // A calendar date has no time zone: read and written in UTC, it never shifts by a day.
    get date() {
      return (date ??= new Intl.DateTimeFormat(tag, { ...DATE, timeZone: 'UTC' }));
    },
    // An instant is shown in the reader's own time zone, as it was entered.
    get dateTime() {
      return (dateTime ??= new Intl.DateTimeFormat(tag, { ...DATE, hour: '2-digit', minute: '2-digit' }));
    },
    get list() {
      return (list ??= new Intl.ListFormat(tag, { type: 'disjunction' }));
    },
    get plural() {
      return (plural ??= new Intl.PluralRules(tag));
    },
  };
}

/** The formatters of a BCP 47 tag: DomainLocale.tag, or the UI's locale (ui/i18n). */
export function formattersFor(tag: string): Formatters {
  let formatters = cache.get(tag);
  if (!formatters) cache.set(tag, (formatters = lazyFormatters(tag)));
  return formatters;
}

/** A calendar date given as YYYY-MM-DD (checked by the caller), in the locale's format. */
export function formatDate(isoDate: string, tag: string): string {
  return formattersFor(tag).date.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A local date and time given as YYYY-MM-DDTHH:mm (checked by the caller), in the locale's format. */
export function formatDateTime(isoDateTime: string, tag: string): string {
  return formattersFor(tag).dateTime.format(new Date(isoDateTime));
}

/**
 * Whether two locales write a date alike: a native date input follows the browser's language, and
 * where it differs from the app's the editor shows the app's format beside it.
 */
export function datesAgree(tag: string, otherTag: string): boolean {
  const sample = '2001-02-03';
  return tag === otherTag || formatDate(sample, tag) === formatDate(sample, otherTag);
}
