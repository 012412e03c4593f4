import { en } from '@/domain/locale/en';
import { ru } from '@/domain/locale/ru';
import type { DomainLocale } from '@/domain/locale/types';
import { useLocale } from './I18nProvider';
import { languageOf, type Language } from './languages';

/** The domain's words (descriptions, operator labels, validation) per app language. */
export const DOMAIN_LOCALES: Readonly<Record<Language, DomainLocale>> = { en, ru };

export function domainLocaleFor(locale: string): DomainLocale {
  return DOMAIN_LOCALES[languageOf(locale)];
}

/** The domain locale of the active language, to pass to `describe*` and `validateSegment`. */
export function useDomainLocale(): DomainLocale {
  return domainLocaleFor(useLocale());
}
