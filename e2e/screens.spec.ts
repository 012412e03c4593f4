/**
 * Screens: every main route at a phone (390 px), a laptop (1280 px) and a wide screen (1920 px), light
 * and dark, English and Russian. On each: no sideways scroll, the app bar's controls and the page's
 * main controls reachable, and a full-page screenshot attached to the report (looked at by a person;
 * see README "Small screens"). One page per route: viewport, scheme and language switch in place.
 */
import type { Locator, Page, TestInfo } from '@playwright/test';
import { appMessages } from '@/app/messages';
import { builderMessages } from '@/builder/messages';
import { detailMessages } from '@/features/segment-detail/messages';
import { editorMessages } from '@/features/segment-editor/messages';
import { listMessages } from '@/features/segment-list/messages';
import { settingsMessages } from '@/features/settings/messages';
import { seededStore } from '@/mocks/seed';
import { LANGUAGE_STORAGE_KEY, type Language } from '@/ui/i18n';
import type { MessageBundle } from '@/ui/i18n/bundle';
import { expect, expectNoAxeViolations, test } from './fixtures';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const LANGUAGES = ['en', 'ru'] as const satisfies readonly Language[];

type Viewport = (typeof VIEWPORTS)[number];
interface Screen {
  viewport: Viewport;
  scheme: (typeof SCHEMES)[number];
  language: Language;
}

/** A message in `language`, straight from the app's catalogs (so the Russian run checks Russian names). */
function say<K extends string>(bundle: MessageBundle<K>, key: K, language: Language): string {
  return (language === 'ru' ? bundle.ru?.[key] : undefined) ?? bundle.en[key];
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const DETAIL_SEGMENT = 'Churn risk — quarterly snapshot';
const detailId = seededStore().segmentNamed(DETAIL_SEGMENT)?.id;

/** Switches the language in place: the app follows its stored choice when storage changes. */
async function switchLanguage(page: Page, language: Language) {
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key, value);
      window.dispatchEvent(new StorageEvent('storage', { key }));
    },
    [LANGUAGE_STORAGE_KEY, language] as const,
  );
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** The page scrolls only up and down: nothing sticks out to the right. Names what does, if anything. */
async function expectNoSidewaysScroll(page: Page, screen: string) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const culprits: string[] = [];
    if (root.scrollWidth > width) {
      for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > width + 0.5 && culprits.length < 8) {
          const label = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
          culprits.push(
            `${element.tagName.toLowerCase()}.${element.className} "${label}" right=${Math.round(box.right)}`,
          );
        }
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
  expect
    .soft(overflow.scrollWidth, `${screen}: sideways scroll (${overflow.culprits.join('; ')})`)
    .toBeLessThanOrEqual(overflow.clientWidth);
}

/** Visible, and wholly inside the viewport's width (a control half off screen is not reachable). */
async function expectReachable(locator: Locator, viewport: Viewport) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, 'has a box').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
}

/**
 * The app bar: the theme toggle and the connection switcher are in the bar; the navigation is either
 * in the bar or, on a phone, one tap away behind the menu button.
 */
async function expectAppBarReachable(page: Page, { viewport, language }: Screen) {
  const banner = page.getByRole('banner');
  const themeName = say(appMessages, 'theme.toggle', language).split(':')[0]!;
  await expectReachable(banner.getByRole('button', { name: new RegExp(`^${themeName}:`) }), viewport);
  const connectionName = say(appMessages, 'connection.switch', language).split(':')[0]!;
  await expectReachable(banner.getByRole('button', { name: new RegExp(`^${connectionName}:`) }), viewport);

  const settings = say(appMessages, 'nav.settings', language);
  const navLink = banner.getByRole('navigation').getByRole('link', { name: exactly(settings) });
  if (viewport.width >= 900) return expectReachable(navLink, viewport);

  await expect(navLink).toBeHidden();
  const menuButton = banner.getByRole('button', { name: exactly(say(appMessages, 'nav.menu', language)) });
  await expectReachable(menuButton, viewport);
  await menuButton.click();
  const menu = page.getByRole('menu');
  await expectReachable(menu.getByRole('menuitem', { name: exactly(settings) }), viewport);
  await expectReachable(menu.getByRole('menuitemradio', { name: 'Русский' }), viewport);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
}

/**
 * Walks every screen of the page it is on: checks it and attaches a full-page screenshot. `check`
 * asserts the page's own controls.
 */
async function walkScreens(page: Page, testInfo: TestInfo, route: string, check: (screen: Screen) => Promise<void>) {
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        const screen = { viewport, scheme, language };
        const name = `${route}-${viewport.width}-${scheme}-${language}`;
        // Layout settles in a frame or two after a resize.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        // From the top, with nothing focused: a full-page shot of a scrolled page draws the sticky bars mid-page.
        await page.mouse.move(0, 0);
        await page.evaluate(() => {
          (document.activeElement as HTMLElement | null)?.blur();
          window.scrollTo(0, 0);
          // Rows off screen skip painting (content-visibility: auto) and would be blank boxes in a full-page shot.
          for (const element of document.querySelectorAll<HTMLElement>('li, tr')) {
            if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
          }
        });
        // The screenshot first: a screen that fails its checks is the one to look at.
        const path = testInfo.outputPath(`${name}.png`);
        await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
        await testInfo.attach(name, { path, contentType: 'image/png' });
        await expectNoSidewaysScroll(page, name);
        await expectAppBarReachable(page, screen);
        await check(screen);
        // The phone layout is axe's too (a11y.spec.ts scans the laptop one).
        if (viewport.width < 900) await expectNoAxeViolations(page);
      }
    }
  }
}

/** A screenshot of what is open now (a menu, a dialog), attached like the others. */
async function snap(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Adds a condition with `add` and picks its field (the `index`th field picker of the tree) by typing. */
async function addCondition(page: Page, add: Locator, index: number, label: string) {
  const fields = page.getByRole('combobox', { name: 'Field' });
  await expect(fields).toHaveCount(index);
  // From the keyboard: a click lands wherever the button was pushed to when the last row's problem
  // appeared on leaving it (reported separately); Enter reaches the focused button wherever it is.
  await add.focus();
  await add.press('Enter');
  await expect(fields).toHaveCount(index + 1);
  const field = fields.nth(index);
  // Typing filters the open list; Enter picks the first match.
  await field.fill(label);
  await field.press('Enter');
  await expect(field).toHaveValue(label);
}

test.describe('screens at 390, 1280 and 1920 px', () => {
  // Twelve screens a route, each with a full-page screenshot.
  test.describe.configure({ timeout: 180_000 });
  test.use({ colorScheme: 'light' });

  test('the segment list', async ({ page }, testInfo) => {
    await page.goto('/segments');
    const firstRow = page.getByRole('main').getByText('Women in Moscow', { exact: true });
    await expect(firstRow).toBeVisible({ timeout: 30_000 });
    await walkScreens(page, testInfo, 'list', async ({ viewport, language }) => {
      await expectReachable(
        page.getByRole('searchbox', { name: exactly(say(listMessages, 'search', language)) }),
        viewport,
      );
      await expectReachable(firstRow, viewport);
    });
  });

  test("a segment's page", async ({ page }, testInfo) => {
    expect(detailId, `seeded "${DETAIL_SEGMENT}"`).toBeDefined();
    await page.goto(`/segments/${detailId}`);
    await expect(page.getByRole('heading', { level: 1, name: DETAIL_SEGMENT })).toBeVisible({ timeout: 30_000 });
    await walkScreens(page, testInfo, 'detail', async ({ viewport, language }) => {
      const heading = page.getByRole('heading', { level: 1, name: DETAIL_SEGMENT });
      await expectReachable(heading, viewport);
      // The name wraps rather than being cut.
      expect(await heading.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      await expectReachable(
        page.getByRole('main').getByRole('link', { name: exactly(say(detailMessages, 'actions.edit', language)) }),
        viewport,
      );
    });

    // A dialog on a phone fits the screen, its buttons included.
    const phone = VIEWPORTS[0];
    await page.setViewportSize(phone);
    await page
      .getByRole('main')
      .getByRole('button', { name: exactly(say(detailMessages, 'actions.delete', 'ru')) })
      .click();
    const dialog = page.getByRole('dialog');
    await expectReachable(dialog, phone);
    for (const button of await dialog.getByRole('button').all()) await expectReachable(button, phone);
    await expectNoSidewaysScroll(page, 'detail-390-delete-dialog');
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'detail-390-dark-ru-delete-dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the new segment editor with a few conditions', async ({ page }, testInfo) => {
    await page.goto('/segments/new');
    const addCondition0 = page.getByRole('button', { name: 'Add condition' });
    await expect(addCondition0).toBeVisible({ timeout: 30_000 });
    await page.getByRole('textbox', { name: 'Name' }).fill('Lapsed customers in Saint Petersburg with a loyalty card');
    await addCondition(page, addCondition0, 0, 'Last order date');
    await addCondition(page, addCondition0, 1, 'City');
    await page.getByRole('textbox', { name: 'Value' }).last().fill('Saint Petersburg');
    // A group of its own with one condition, then one more condition after it.
    await addCondition(page, page.getByRole('button', { name: 'Add group' }), 2, 'Loyalty tier');
    await addCondition(page, page.getByRole('button', { name: 'Add condition' }).last(), 3, 'Registration date');
    await walkScreens(page, testInfo, 'editor', async ({ viewport, language }) => {
      await expectReachable(
        page.getByRole('button', { name: exactly(say(editorMessages, 'save', language)) }).first(),
        viewport,
      );
      const fieldName = say(builderMessages, 'condition.field', language);
      const fields = page.getByRole('combobox', { name: exactly(fieldName) });
      await expect(fields).toHaveCount(4);
      for (const field of await fields.all()) await expectReachable(field, viewport);
      const valueName = say(builderMessages, 'condition.value', language);
      for (const value of await page.getByRole('textbox', { name: exactly(valueName) }).all()) {
        await expectReachable(value, viewport);
      }
      // "Last order date" fits its picker from 1280 px up; anywhere it does not, hovering shows it in full.
      const lastOrder = fields.first();
      await expect(lastOrder).toHaveValue('Last order date');
      await expect(lastOrder).toHaveAccessibleName(fieldName);
      const fits = await lastOrder.evaluate((input) => input.scrollWidth <= input.clientWidth);
      if (viewport.width >= 1280) expect(fits, 'the field label fits').toBe(true);
      if (!fits) {
        await lastOrder.hover();
        await expect(lastOrder).toHaveAttribute('data-tip', 'Last order date');
        await page.mouse.move(0, 0);
      }
    });
  });

  test('settings', async ({ page }, testInfo) => {
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    await walkScreens(page, testInfo, 'settings', async ({ viewport, language }) => {
      await expectReachable(
        page.getByRole('combobox', { name: exactly(say(settingsMessages, 'language', language)) }),
        viewport,
      );
      await expectReachable(
        page.getByRole('button', { name: exactly(say(appMessages, 'connection.add', language)) }).first(),
        viewport,
      );
    });
  });

  test('a page that does not exist', async ({ page }, testInfo) => {
    await page.goto('/segments/42/nothing-here-at-all-with-a-rather-long-address-that-does-not-wrap');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
    await walkScreens(page, testInfo, 'not-found', async ({ viewport, language }) => {
      await expectReachable(
        page.getByRole('link', { name: exactly(say(appMessages, 'notFound.back', language)) }),
        viewport,
      );
    });

    // The app bar's menu on a phone, open.
    await page.setViewportSize(VIEWPORTS[0]);
    await page.getByRole('banner').getByRole('button', { name: 'Меню' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectNoAxeViolations(page);
    await snap(page, testInfo, 'not-found-390-dark-ru-menu');
    await page.keyboard.press('Escape');
  });
});
