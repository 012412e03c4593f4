/**
 * A message bundle: one catalog per language for one module. English is required and defines the
 * keys; Russian carries the same keys (the catalog test fails on any gap) and may add its own
 * plural variants (`key#few`, `key#many`) where its grammar has more forms than English.
 * Adding a language means adding a catalog here, never touching a component.
 */
import { languageOf, type Language } from './languages';

/** CLDR plural categories, as `Intl.PluralRules#select` names them. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A plural variant of a key: `key#few` is picked when the count's category is "few". */
export type PluralKey = `${string}#${PluralCategory}`;

/** A translated catalog: the bundle's keys, plus any plural variants its language needs. */
export type Catalog<K extends string> = Partial<Record<K, string>> & { [variant: PluralKey]: string };

export interface MessageBundle<K extends string> {
  en: Record<K, string>;
  ru?: Catalog<K>;
}

const registry: Array<MessageBundle<string>> = [];

/** Every bundle defined so far, for the catalog completeness test. */
export function registeredBundles(): ReadonlyArray<MessageBundle<string>> {
  return registry;
}

export function defineMessages<K extends string>(bundle: {
  en: Record<K, string>;
  ru?: Catalog<NoInfer<K>>;
}): MessageBundle<K> {
  registry.push(bundle as MessageBundle<string>);
  return bundle;
}

const PLURAL_SUFFIX = /#(zero|one|two|few|many|other)$/;

/** The key a plural variant belongs to: `items#few` → `items`. */
export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

const merged = new WeakMap<object, Map<Language, Record<string, string>>>();

/**
 * The catalog of `locale`, English filling any gap key by key. A key the language translates
 * keeps only that language's plural variants: English `key#one` never leaks into Russian.
 */
export function catalogFor<K extends string>(bundle: MessageBundle<K>, locale: string): Record<K, string> {
  const language = languageOf(locale);
  const localized = language === 'en' ? undefined : bundle[language];
  if (!localized) return bundle.en;
  let byLanguage = merged.get(bundle);
  if (!byLanguage) merged.set(bundle, (byLanguage = new Map()));
  let catalog = byLanguage.get(language);
  if (!catalog) {
    const own = localized as Record<string, string>;
    catalog = {};
    for (const [key, text] of Object.entries(bundle.en as Record<string, string>)) {
      const base = baseKey(key);
      if (base !== key && own[base] !== undefined) continue;
      catalog[key] = text;
    }
    Object.assign(catalog, own);
    byLanguage.set(language, catalog);
  }
  return catalog as Record<K, string>;
}
