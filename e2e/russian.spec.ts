/**
 * The app in Russian from end to end: Settings → Language → Русский, then a segment built and saved
 * by the Russian accessible names alone, on the embedded demo. On every screen no English text of
 * the app's catalogs remains: each English string that differs from its Russian one (every bundle
 * of the app, found through the bundle registry, plus the domain's operator labels) is looked for
 * as a whole text or attribute, and its longer phrases anywhere in the page's text. Brand names
 * read the same in both languages and so are never looked for; user data (segment names, the
 * demo's field labels) is not in any catalog.
 */
import type { Page } from '@playwright/test';
import { en as domainEn } from '@/domain/locale/en';
import { ru as domainRu } from '@/domain/locale/ru';
import '@/app/messages';
import '@/ui/sharedMessages';
import '@/features/segment-list/messages';
import '@/features/segment-editor/messages';
import '@/features/segment-detail/messages';
import '@/features/settings/messages';
import '@/builder/messages';
import { baseKey, catalogFor, registeredBundles } from '@/ui/i18n/bundle';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { chooseFocusedField } from './builderSteps';

interface Needle {
  english: string;
  /** The whole text of a node or an attribute, placeholders standing for anything. */
  whole: RegExp;
  /** Phrases of several words that must not appear anywhere in the page's text. */
  phrases: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Placeholders that always stand for a number: matched as one, so user data never passes for them. */
const NUMERIC = new Set(['count', 'shown', 'ok', 'limit', 'max', 'index', 'seconds', 'depth', 'megabytes']);

function needle(english: string): Needle | null {
  const parts = english.split(/\{\w+\}/);
  // Texts that are all placeholders and signs ("+{count}", "{path}: {problem}") say nothing in English.
  if (!parts.some((part) => /[A-Za-z]{2}/.test(part))) return null;
  const holes = [...english.matchAll(/\{(\w+)\}/g)].map((match) =>
    NUMERIC.has(match[1]!) ? '[\\d\\s.,\\u00a0\\u202f]+' : '[\\s\\S]+?',
  );
  const pattern = parts.map((part, i) => escape(part) + (holes[i] ?? '')).join('');
  const phrases = parts.map((part) => part.trim()).filter((part) => part.length >= 12 && /[A-Za-z]{3,} \S/.test(part));
  return { english, whole: new RegExp(`^${pattern}$`), phrases };
}

/** Every English text of the app's catalogs that Russian words differently. */
function englishNeedles(): Needle[] {
  const texts = new Set<string>();
  const bundles = registeredBundles();
  expect(bundles.length, 'message bundles found').toBeGreaterThanOrEqual(7);
  for (const bundle of bundles) {
    const ru = catalogFor(bundle, 'ru') as Record<string, string>;
    for (const [key, english] of Object.entries(bundle.en as Record<string, string>)) {
      if (english !== (ru[key] ?? ru[baseKey(key)])) texts.add(english);
    }
  }
  for (const [id, label] of Object.entries(domainEn.operators)) {
    if (label !== domainRu.operators[id as keyof typeof domainRu.operators]) texts.add(label);
  }
  return [...texts].map(needle).filter((found): found is Needle => found !== null);
}

const NEEDLES = englishNeedles();

/** The page's own words: each text node, each label-like attribute, the tab title, and all its text. */
async function pageWords(page: Page): Promise<{ pieces: string[]; all: string }> {
  return page.evaluate(() => {
    const pieces: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.parentElement?.closest('script, style, noscript')) continue;
      const text = node.textContent?.trim();
      if (text) pieces.push(text);
    }
    const attributes = ['aria-label', 'aria-valuetext', 'aria-description', 'placeholder', 'title', 'alt'];
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of attributes) {
        const value = element.getAttribute(name)?.trim();
        if (value) pieces.push(value);
      }
    }
    return { pieces, all: `${document.title}\n${document.body.innerText}\n${pieces.join('\n')}` };
  });
}

/** Fails with every English catalog text still on screen, named with where it was found. */
async function expectNoEnglish(page: Page, screen: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const { pieces, all } = await pageWords(page);
  const found = new Set<string>();
  for (const { english, whole, phrases } of NEEDLES) {
    const piece = pieces.find((text) => whole.test(text));
    if (piece !== undefined) found.add(`“${piece}” (catalog: “${english}”)`);
    for (const phrase of phrases) if (all.includes(phrase)) found.add(`“${phrase}” (catalog: “${english}”)`);
  }
  expect([...found], `English left on the ${screen}`).toEqual([]);
}

test.describe('Russian', () => {
  test.describe.configure({ timeout: 180_000 });

  test('switches to Русский, builds and saves a segment in Russian, with no English left', async ({ page }) => {
    // Every request to the backend asks for Russian once the language is switched.
    const languages: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/v1\.1\//.test(request.url())) languages.push(request.headers()['accept-language'] ?? '(none)');
    });

    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Русский' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
    await expect(page).toHaveTitle('Настройки — Segment Studio');
    await expectNoEnglish(page, 'Settings page');

    // The list.
    await page.getByRole('navigation', { name: 'Главное меню' }).getByRole('link', { name: 'Сегменты' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Сегменты' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Сегменты' });
    await expect(table.getByRole('link').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('45 сегментов', { exact: true })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Поиск сегментов' })).toBeVisible();
    await expectNoEnglish(page, 'segment list');
    languages.length = 0;

    // The editor: every step by its Russian name.
    await page.getByRole('link', { name: 'Новый сегмент' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Новый сегмент' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Добавить условие' })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Название' }).fill('Е2Е — москвички или VIP');
    await page.getByRole('radiogroup', { name: 'Тип сегмента' }).getByRole('radio', { name: 'Динамический' }).check();
    await page.getByRole('button', { name: 'Добавить условие' }).click();
    await chooseFocusedField(page, 'City');
    await page.getByRole('textbox', { name: 'Значение' }).last().fill('Moscow');
    await page.getByRole('button', { name: 'Добавить группу' }).click();
    await chooseFocusedField(page, 'Gender');
    await page.getByRole('combobox', { name: 'Значение' }).last().selectOption({ label: 'Female' });
    await page.getByRole('button', { name: 'Любое условие' }).last().click();
    await expect(page.getByRole('status', { name: 'Оценка размера' })).toHaveText(/≈ [\d\s\u00a0\u202f]+ профил/, {
      timeout: 30_000,
    });
    await expect(page).toHaveTitle('Новый сегмент — Segment Studio');
    await expectNoEnglish(page, 'editor');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page).toHaveURL(/\/segments\/\d+$/);

    // The segment's page.
    await expect(page.getByRole('heading', { level: 1, name: 'Е2Е — москвички или VIP' })).toBeVisible();
    const summary = page.getByRole('region', { name: 'Кратко' });
    await expect(summary).toContainText('Динамический сегмент');
    await expect(page.getByRole('region', { name: 'Условия' })).toBeVisible();
    await expect(page).toHaveTitle(/— Segment Studio$/);
    await expectNoEnglish(page, 'segment page');

    expect(languages.length, 'requests to the embedded backend').toBeGreaterThan(0);
    expect(new Set(languages), 'Accept-Language of each request').toEqual(new Set(['ru']));

    // And back on the list, the new segment is found by its Russian name.
    await page.getByRole('navigation', { name: 'Главное меню' }).getByRole('link', { name: 'Сегменты' }).click();
    await page.getByRole('searchbox', { name: 'Поиск сегментов' }).fill('москвички');
    await expect(table.getByRole('link', { name: 'Е2Е — москвички или VIP' })).toBeVisible();
    await expectNoEnglish(page, 'filtered list');
  });
});
