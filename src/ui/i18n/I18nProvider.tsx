import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { catalogFor, type MessageBundle } from './bundle';
import { createTranslator, type Translate } from './translate';

const LocaleContext = createContext('en');

export function I18nProvider({ locale = 'en', children }: { locale?: string; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): string {
  return useContext(LocaleContext);
}

/** The translator for one module's bundle in the current locale. */
export function useMessages<K extends string>(bundle: MessageBundle<K>): Translate<K> {
  const locale = useLocale();
  return useMemo(() => createTranslator(catalogFor(bundle, locale), locale), [bundle, locale]);
}
