/**
 * A message bundle: one catalog per locale for one module. English is required and
 * defines the keys; other locales are optional and fall back to English per key.
 * Adding a locale means adding a catalog here, never touching a component.
 */
export interface MessageBundle<K extends string> {
  en: Record<K, string>;
  [locale: string]: Partial<Record<K, string>> | undefined;
}

export function defineMessages<K extends string>(bundle: MessageBundle<K>): MessageBundle<K> {
  return bundle;
}

export function catalogFor<K extends string>(bundle: MessageBundle<K>, locale: string): Record<K, string> {
  const language = locale.split('-')[0] ?? 'en';
  const localized = bundle[locale] ?? bundle[language];
  return localized ? { ...bundle.en, ...localized } : bundle.en;
}
