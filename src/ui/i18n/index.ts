export {
  defineMessages,
  catalogFor,
  baseKey,
  registeredBundles,
  type Catalog,
  type MessageBundle,
  type PluralCategory,
} from './bundle';
export { createTranslator, type Translate, type MessageParams } from './translate';
export { I18nProvider, useLocale, useMessages } from './I18nProvider';
export {
  LANGUAGES,
  LANGUAGE_NAMES,
  LANGUAGE_TAGS,
  isLanguage,
  languageOf,
  preferredLanguage,
  type Language,
} from './languages';
export { getLanguage, setLanguage, useLanguage, LANGUAGE_STORAGE_KEY } from './languageStore';
export { DOMAIN_LOCALES, domainLocaleFor, useDomainLocale } from './domainLocale';
export { formattersFor, useFormatters, type Formatters } from './format';
export { useDocumentTitle } from './useDocumentTitle';
