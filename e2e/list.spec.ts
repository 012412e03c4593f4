import type { Page } from '@playwright/test';
import { demoStateWithExtraSegments } from '../scripts/bench/list';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** 45 seeded segments plus 150 copies: enough for several pages of 50. */
const EXTRA = 150;
const TOTAL = 45 + EXTRA;

/** The embedded backend restores saved demo data on start: seed it before the app loads. */
async function seedSegments(page: Page, extra: number) {
  const { key, value } = demoStateWithExtraSegments(extra);
  // Init scripts run on every navigation, about:blank included, where storage is off limits.
  await page.addInitScript(
    `if (location.protocol.startsWith('http')) window.localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(value)});`,
  );
}

const table = (page: Page) => page.getByRole('table', { name: 'Segments' });

async function openList(page: Page, path = '/segments') {
  await page.goto(path);
  // The first visit starts the embedded backend, which seeds its profiles: slow on a busy machine.
  await expect(table(page).getByRole('link').first()).toBeVisible({ timeout: 30_000 });
}

async function deleteFromMenu(page: Page, name: string) {
  await page.getByRole('button', { name: `Actions for ${name}`, exact: true }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${name}”?` });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
}

test('searches, filters, sorts and pages, keeping the view in the URL', async ({ page }) => {
  await seedSegments(page, EXTRA);
  await openList(page);
  await expect(page.getByText(`${TOTAL} segments`, { exact: true })).toBeVisible();
  await expect(page.getByText(`Showing 50 of ${TOTAL} segments`)).toBeVisible();

  // Paging: nearing the end of the loaded rows fetches the next page; Load more does the same.
  await table(page).getByRole('link').last().scrollIntoViewIfNeeded();
  // Scroll the way a marketer does, a few rows at a time, until the next page has come. One long
  // wheel turn can stop short on a busy machine; repeating long turns can fetch a third page.
  const firstPageOnly = page.getByText(`Showing 50 of ${TOTAL} segments`);
  await expect(async () => {
    if (await firstPageOnly.isVisible()) await page.mouse.wheel(0, 500);
    await expect(page.getByText(`Showing 100 of ${TOTAL} segments`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  // Load more from the keyboard, the way it is meant for those who do not scroll.
  const loadMore = page.getByRole('button', { name: 'Load more' });
  await expect(loadMore).toBeEnabled();
  await loadMore.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Showing (150|195) of 195 segments/)).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));

  await page.getByRole('searchbox', { name: 'Search segments' }).fill('birthday');
  await expect(page).toHaveURL(/\?q=birthday$/);
  await expect(table(page).getByRole('link').first()).toHaveText(/^Birthday/);
  for (const name of await table(page).getByRole('link').allTextContents()) expect(name).toMatch(/^Birthday/);

  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Dynamic' }).click();
  await expect(page).toHaveURL(/\?q=birthday&type=dynamic$/);

  await table(page).getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/\?q=birthday&type=dynamic&sort=name-asc$/);
  const sorted = await table(page).getByRole('link').allTextContents();
  expect(sorted).toEqual(
    [...sorted].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })),
  );

  await page.getByRole('combobox', { name: 'Tags' }).fill('triggers');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?q=birthday&type=dynamic&tag=triggers&sort=name-asc$/);
  await expect(table(page).getByRole('link').first()).toHaveText(/^Birthday this week/);

  // A shared link opens the same view.
  const shared = page.url();
  await page.goto('about:blank');
  await page.goto(shared);
  await expect(page.getByRole('searchbox', { name: 'Search segments' })).toHaveValue('birthday');
  await expect(page.getByRole('combobox', { name: 'Type' })).toHaveText('Dynamic');
  await expect(table(page).getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(table(page).getByRole('link').first()).toHaveText(/^Birthday this week/);

  // Back undoes the last filter.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\?sort=name-asc$/);
  await page.goBack();
  await expect(page).toHaveURL(/tag=triggers/);
});

test('deletes with an Undo window: Undo keeps the segment, letting it close deletes it', async ({ page }) => {
  test.setTimeout(120_000);
  await openList(page);
  const row = table(page).getByRole('link', { name: 'Lapsed VIPs', exact: true });

  await deleteFromMenu(page, 'Lapsed VIPs');
  await expect(row).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row).toBeVisible();

  const deleted = page.waitForRequest((request) => request.url().endsWith('/segments/delete/'), { timeout: 20_000 });
  await deleteFromMenu(page, 'Lapsed VIPs');
  await expect(page.getByText('Deleted “Lapsed VIPs”.')).toBeVisible();
  await expect(row).toBeHidden();
  // Nothing is sent while Undo is offered; the delete goes out when the snackbar closes (~8 s).
  await deleted;
  await expect(page.getByText('Deleted “Lapsed VIPs”.')).toBeHidden();
  await page.reload();
  // A reload starts the embedded backend afresh: it rebuilds its profiles and counts.
  await expect(table(page).getByRole('link').first()).toBeVisible({ timeout: 60_000 });
  await expect(row).toBeHidden();
  await expect(page.getByText('44 segments', { exact: true })).toBeVisible();
});

test('clones a segment and opens the copy', async ({ page }) => {
  await openList(page);
  await page.getByRole('button', { name: 'Actions for Gmail users', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Clone' }).click();
  await expect(page.getByText('Cloned as “Gmail users (copy)”.')).toBeVisible();
  await page.getByRole('link', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gmail users (copy)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Summary' })).toContainText('Dynamic segment');
});

test('a row opens the detail view; the list has no accessibility violations', async ({ page }) => {
  await openList(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Segments' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(
    table(page)
      .getByText(/^[\d,]+$/)
      .first(),
  ).toBeVisible();
  await page.screenshot({ path: 'docs/screenshot-list.png' });
  await table(page)
    .getByRole('link', { name: 'Women in Moscow', exact: true })
    .locator('xpath=ancestor::tr')
    .getByText('Customers')
    .click();
  await expect(page).toHaveURL(/\/segments\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Women in Moscow' })).toBeVisible();
});

/** The demo's static segments (src/mocks/seed/segments.ts); its list does not say their type. */
const STATIC_SEGMENTS = [
  'Beta testers',
  'Complaints — do not contact',
  'Hand-picked VIPs',
  'Imported leads — Retail Expo 2026',
  'Moscow event attendees 2025',
];

test('Type = Static finds every static segment: the list reads the types its backend does not report', async ({
  page,
}) => {
  await openList(page);
  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Static' }).click();
  await expect(page).toHaveURL(/\?type=static$/);
  await expect(table(page).getByRole('link')).toHaveCount(STATIC_SEGMENTS.length, { timeout: 30_000 });
  expect((await table(page).getByRole('link').allTextContents()).toSorted()).toEqual(STATIC_SEGMENTS.toSorted());
  await expect(page.getByText('No segments match these filters.')).toBeHidden();
  for (const name of STATIC_SEGMENTS) {
    const row = table(page)
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row.getByText('Static', { exact: true })).toBeVisible();
  }
});

test('cloning twice names the copies "(copy)" and "(copy 2)"', async ({ page }) => {
  await openList(page);
  for (const name of ['Gmail users (copy)', 'Gmail users (copy 2)']) {
    await page.getByRole('button', { name: 'Actions for Gmail users', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Clone' }).click();
    await expect(page.getByText(`Cloned as “${name}”.`)).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Dismiss' }).click();
  }
  await page.getByRole('searchbox', { name: 'Search segments' }).fill('Gmail users');
  await expect(table(page).getByRole('link')).toHaveText(['Gmail users', 'Gmail users (copy)', 'Gmail users (copy 2)']);
});

test('sort headers show a focus ring, and a row menu does not move the sticky header', async ({ page }) => {
  await seedSegments(page, EXTRA);
  await openList(page);
  const nameHeader = table(page).getByRole('button', { name: 'Name' });
  await nameHeader.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(nameHeader).toBeFocused();
  expect(await nameHeader.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');

  await page.evaluate(() => window.scrollTo(0, 1200));
  const header = table(page).getByRole('columnheader', { name: 'Name' });
  await expect.poll(async () => (await header.boundingBox())?.y).toBeGreaterThan(0);
  // Held as an element: once the menu is open, the page behind it is hidden from role queries.
  const head = (await header.elementHandle())!;
  const before = await head.boundingBox();
  // A row in the lower half of the window, so opening its menu needs no scroll.
  const visibleName = await table(page)
    .getByRole('link')
    .evaluateAll(
      (links) =>
        links.find((link) => {
          const box = link.getBoundingClientRect();
          return box.top > window.innerHeight / 2 && box.bottom < window.innerHeight - 60;
        })?.textContent ?? '',
    );
  expect(visibleName).not.toBe('');
  await page.getByRole('button', { name: `Actions for ${visibleName}`, exact: true }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  expect(await head.boundingBox()).toEqual(before);
  expect(await page.evaluate(() => window.scrollY)).toBe(1200);
});

test('at 390 px: no sideways scroll, whole names and dates, and row menus open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openList(page);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
  // A name as long as "Imported leads — Retail Expo 2026" fits on its card, not cut to a few characters.
  const link = table(page).getByRole('link', { name: 'Women in Moscow', exact: true });
  expect(await link.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  expect((await link.boundingBox())!.width).toBeGreaterThan(100);
  const row = table(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Women in Moscow', exact: true }) });
  for (const time of await row.locator('time').all()) {
    expect(await time.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  }
  await row.getByRole('button', { name: 'Actions for Women in Moscow' }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Delete' })).toBeInViewport();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: test.info().outputPath('list-390.png') });
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
});
