/**
 * Which language the app starts in, without React: the page shell (src/app/shell/pageShell.ts)
 * reads it before the app's scripts arrive, and languageStore.ts builds the live choice on it.
 */
import { isLanguage, preferredLanguage, type Language } from './languages';

export const LANGUAGE_STORAGE_KEY = 'segment-studio:language:v1';

/** The language the user chose in this browser; null until they choose, or where storage refuses. */
export function storedLanguage(): Language | null {
  try {
    const choice = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(choice) ? choice : null;
  } catch {
    return null;
  }
}

/** The browser's first preferred language the app speaks, else English. */
export function browserLanguage(): Language {
  if (typeof navigator === 'undefined') return 'en';
  return preferredLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}
