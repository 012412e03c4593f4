/**
 * The language the user chose, remembered in this browser. Until they choose, the browser's own
 * preference (navigator.languages) decides. Storage is read on each look, so a choice made in
 * another tab, or storage cleared, is followed without a reload of this module.
 */
import { useSyncExternalStore } from 'react';
import { browserLanguage, LANGUAGE_STORAGE_KEY, storedLanguage } from './languageChoice';
import type { Language } from './languages';

export { LANGUAGE_STORAGE_KEY };

const listeners = new Set<() => void>();
/** Where storage refuses to keep the choice (private mode, disabled storage), it lasts for this page. */
let unstored: Language | null = null;

/** The chosen language, else the browser's first language the app speaks, else English. */
export function getLanguage(): Language {
  return storedLanguage() ?? unstored ?? browserLanguage();
}

/** Switches every screen to `language` and remembers it; returns whether storage kept it. */
export function setLanguage(language: Language): boolean {
  let kept = false;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    kept = true;
  } catch {
    kept = false;
  }
  unstored = kept ? null : language;
  for (const listener of listeners) listener();
  return kept;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === LANGUAGE_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The current language; re-renders when it changes, here or in another tab. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, getLanguage, () => 'en');
}
