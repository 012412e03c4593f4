import { act, renderHook } from '@testing-library/react';
import { formattersFor } from './format';
import { languageOf, preferredLanguage } from './languages';
import { getLanguage, LANGUAGE_STORAGE_KEY, setLanguage, useLanguage } from './languageStore';

describe('languages', () => {
  it('reads a locale tag as one of the app languages', () => {
    expect(languageOf('ru-RU')).toBe('ru');
    expect(languageOf('RU')).toBe('ru');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('de')).toBe('en');
  });

  it("takes the browser's first language the app speaks", () => {
    expect(preferredLanguage(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(preferredLanguage(['en-US', 'ru'])).toBe('en');
    expect(preferredLanguage(['fr'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});

describe('the language store', () => {
  afterEach(() => vi.restoreAllMocks());

  it("follows the browser's languages on a first visit", () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ru-RU', 'en-US']);
    expect(getLanguage()).toBe('ru');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR']);
    expect(getLanguage()).toBe('en');
  });

  it('remembers a choice over the browser and tells its subscribers', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    const { result } = renderHook(() => useLanguage());
    expect(result.current).toBe('en');
    act(() => {
      expect(setLanguage('ru')).toBe(true);
    });
    expect(result.current).toBe('ru');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ru');
  });

  it('keeps a choice for this page when storage refuses it', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('quota');
    });
    expect(setLanguage('ru')).toBe(false);
    expect(getLanguage()).toBe('ru');
    vi.restoreAllMocks();
    expect(setLanguage('en')).toBe(true);
    expect(getLanguage()).toBe('en');
  });

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(getLanguage()).toBe('en');
  });
});

describe('formatters', () => {
  it('formats numbers, dates and relative times for the locale', () => {
    const ru = formattersFor('ru');
    const en = formattersFor('en');
    expect(ru.number(1234.5)).toBe('1\u00a0234,5');
    expect(en.number(1234.5)).toBe('1,234.5');
    const day = Date.UTC(2024, 4, 5, 12);
    expect(ru.date(day)).toMatch(/мая 2024/);
    expect(en.dateTime(day)).toMatch(/May 5, 2024/);
    expect(ru.relative(day - 3 * 60_000, day)).toBe('3 минуты назад');
    expect(ru.relative(day + 2 * 86_400_000, day)).toBe('послезавтра');
    expect(en.relative(day - 5 * 86_400_000, day)).toBe('5 days ago');
    expect(en.relative(day, day)).toBe('now');
    expect(formattersFor('ru')).toBe(ru);
  });
});
