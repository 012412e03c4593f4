export type MessageParams = Record<string, string | number>;
export type Translate<K extends string = string> = (key: K, params?: MessageParams) => string;

/** A locale's number format and plural rules, built on first use and shared by its translators. */
interface LocaleRules {
  numbers(): Intl.NumberFormat;
  plurals(): Intl.PluralRules;
}

// Intl objects are costly to build (a few ms each on a slow phone), and every component that shows
// text asks for a translator as it mounts: a list page mounted dozens of each. Translators are pure
// functions of their catalog and locale, so one per pair serves every component.
const rulesByLocale = new Map<string, LocaleRules>();
const translators = new WeakMap<object, Map<string, Translate>>();

function rulesFor(locale: string): LocaleRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    let numbers: Intl.NumberFormat | undefined;
    let plurals: Intl.PluralRules | undefined;
    rules = {
      numbers: () => (numbers ??= new Intl.NumberFormat(locale)),
      plurals: () => (plurals ??= new Intl.PluralRules(locale)),
    };
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

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
  if (!translate) byLocale.set(locale, (translate = translatorOf(catalog, rulesFor(locale))));
  return translate;
}

function translatorOf(messages: Record<string, string>, rules: LocaleRules): Translate {
  return (key, params) => {
    let template = messages[key] ?? key;
    const count = params?.count;
    if (typeof count === 'number')
      template = messages[`${key}#${rules.plurals().select(count)}`] ?? messages[`${key}#other`] ?? template;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? rules.numbers().format(value) : value;
    });
  };
}
