export type MessageParams = Record<string, string | number>;
export type Translate<K extends string = string> = (key: K, params?: MessageParams) => string;

/**
 * Plain `{name}` interpolation; numbers are formatted for the locale so counts read naturally
 * ("12,500", "12 500"). A `count` parameter picks the plural variant of the language's rules
 * (Intl.PluralRules): `key#one`, `key#few`, `key#many`, then `key#other`, then the key itself.
 */
export function createTranslator<K extends string>(catalog: Record<K, string>, locale: string): Translate<K> {
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const messages: Record<string, string> = catalog;
  return (key, params) => {
    let template = messages[key] ?? key;
    const count = params?.count;
    if (typeof count === 'number')
      template = messages[`${key}#${plurals.select(count)}`] ?? messages[`${key}#other`] ?? template;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}
