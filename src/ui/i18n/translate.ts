import { formattersFor, type Formatters } from '@/domain/formats';

export type MessageParams = Record<string, string | number>;
export type Translate<K extends string = string> = (key: K, params?: MessageParams) => string;

// Every component that shows text asks for a translator as it mounts (a list page, dozens), and
// each used to build its own Intl objects, costly on a slow phone. Translators are pure functions of
// their catalog and locale, so one per pair serves every component; the Intl objects are the
// locale's shared ones (domain/formats.ts).
const translators = new WeakMap<object, Map<string, Translate>>();

/**
 * Plain `{name}` interpolation; numbers are formatted for the locale so counts read naturally
 * ("12,500", "12 500"). A `count` parameter picks the plural variant of the language's rules
 * (Intl.PluralRules): `key#one`, `key#few`, `key#many`, then `key#other`, then the key itself.
 * The same catalog and locale always give the same translator.
 */
export function createTranslator<K extends string>(catalog: Record<K, string>, locale: string): Translate<K> {
  let byLocale = translators.get(catalog);
  if (!byLocale) translators.set(catalog, (byLocale = new Map()));
  let translate = byLocale.get(locale);
  if (!translate) byLocale.set(locale, (translate = translatorOf(catalog, formattersFor(locale))));
  return translate;
}

function translatorOf(messages: Record<string, string>, intl: Formatters): Translate {
  return (key, params) => {
    let template = messages[key] ?? key;
    const count = params?.count;
    if (typeof count === 'number')
      template = messages[`${key}#${intl.plural.select(count)}`] ?? messages[`${key}#other`] ?? template;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? intl.number.format(value) : value;
    });
  };
}
