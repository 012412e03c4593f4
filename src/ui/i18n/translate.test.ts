import { catalogFor, defineMessages } from './bundle';
import { createTranslator } from './translate';

const messages = defineMessages({
  en: { segments: '{count} segments', 'segments#one': '{count} segment', plain: 'Plain {name}' },
  ru: {
    segments: '{count} сегментов',
    'segments#one': '{count} сегмент',
    'segments#few': '{count} сегмента',
    'segments#many': '{count} сегментов',
    plain: 'Просто {name}',
  },
});

describe('createTranslator', () => {
  it('picks the Russian plural form by Intl.PluralRules: one, few, many', () => {
    const t = createTranslator(catalogFor(messages, 'ru'), 'ru');
    expect([1, 2, 5, 21, 11, 22, 111].map((count) => t('segments', { count }))).toEqual([
      '1 сегмент',
      '2 сегмента',
      '5 сегментов',
      '21 сегмент',
      '11 сегментов',
      '22 сегмента',
      '111 сегментов',
    ]);
    // A fraction is "other": Russian falls back to the base key here.
    expect(t('segments', { count: 1.5 })).toBe('1,5 сегментов');
  });

  it('keeps English to one and other, with numbers in the locale', () => {
    const t = createTranslator(catalogFor(messages, 'en'), 'en');
    expect(t('segments', { count: 1 })).toBe('1 segment');
    expect(t('segments', { count: 21 })).toBe('21 segments');
    expect(t('segments', { count: 12500 })).toBe('12,500 segments');
    expect(createTranslator(catalogFor(messages, 'ru'), 'ru')('segments', { count: 12500 })).toBe(
      '12\u00a0500 сегментов',
    );
  });

  it('falls back to #other, then to the key, and leaves unknown placeholders', () => {
    const t = createTranslator({ x: 'base', 'x#other': 'other {count}', y: 'Y {missing}' }, 'ru');
    expect(t('x', { count: 5 })).toBe('other 5');
    expect(t('y', { name: 'n' })).toBe('Y {missing}');
    expect(t('y')).toBe('Y {missing}');
    expect(t('nope' as 'x')).toBe('nope');
  });

  it('gives every component of a locale the same translator, and each locale its own numbers', () => {
    const catalog = catalogFor(messages, 'en');
    const english = createTranslator(catalog, 'en');
    expect(createTranslator(catalog, 'en')).toBe(english);
    const indian = createTranslator(catalog, 'en-IN');
    expect(indian).not.toBe(english);
    expect(english('segments', { count: 1234567 })).toBe('1,234,567 segments');
    expect(indian('segments', { count: 1234567 })).toBe('12,34,567 segments');
  });
});

describe('catalogFor', () => {
  it('fills gaps from English but never leaks an English plural variant into a translated key', () => {
    const bundle = defineMessages({
      en: { a: '{count} apples', 'a#one': '{count} apple', b: 'Only English' },
      ru: { a: '{count} яблок' },
    });
    const ru = catalogFor(bundle, 'ru-RU');
    expect(ru).toEqual({ a: '{count} яблок', b: 'Only English' });
    expect(catalogFor(bundle, 'ru')).toBe(ru);
    expect(catalogFor(bundle, 'de')).toBe(bundle.en);
    expect(catalogFor(defineMessages({ en: { k: 'v' } }), 'ru')).toEqual({ k: 'v' });
  });
});
