export { defineMessages, catalogFor, type MessageBundle } from './bundle';
export { createTranslator, type Translate, type MessageParams } from './translate';
export { I18nProvider, useLocale, useMessages } from './I18nProvider';
