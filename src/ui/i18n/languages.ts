/** The languages the app speaks, each named in itself (a reader finds their own language). */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', ru: 'Русский' };

/** The BCP 47 tag each language formats numbers, dates and lists with. */
export const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { en: 'en-US', ru: 'ru-RU' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The app's language for a locale tag ("ru-RU" → "ru"); English for any other. */
export function languageOf(locale: string): Language {
  const language = locale.split('-')[0]?.toLowerCase();
  return isLanguage(language) ? language : 'en';
}

/** The first of the browser's preferred languages the app speaks; English when none is. */
export function preferredLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const language = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(language)) return language;
  }
  return 'en';
}
