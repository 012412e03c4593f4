/**
 * The language the user chose, remembered in this browser. Until they choose, the browser's own
 * preference (navigator.languages) decides. Storage is read on each look, so a choice made in
 * another tab, or storage cleared, is followed without a reload of this module.
 */
import { useSyncExternalStore } from 'react';
import { isLanguage, preferredLanguage, type Language } from './languages';

export const LANGUAGE_STORAGE_KEY = 'segment-studio:language:v1';

const listeners = new Set<() => void>();
/** Where storage refuses to keep the choice (private mode, disabled storage), it lasts for this page. */
let unstored: Language | null = null;

function stored(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function browserPreferences(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The chosen language, else the browser's first language the app speaks, else English. */
export function getLanguage(): Language {
  const choice = stored();
  if (isLanguage(choice)) return choice;
  return unstored ?? preferredLanguage(browserPreferences());
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
