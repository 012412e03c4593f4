/**
 * Accessibility: axe finds nothing on every route, in the light and the dark scheme, with each
 * dialog, menu, banner and error state open. Every route is loaded here, so the strict CSP of the
 * preview server is checked on each of them too: a violation is a console error (which fails the
 * test, see fixtures.ts) and is also collected from the `securitypolicyviolation` event.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { seededStore } from '@/mocks/seed';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { applyArmedBehavior, armDemoOnNextLoad } from './demoArm';
import { waitForQuietDemo } from './demoQuiet';

const store = seededStore();

function seededId(name: string): number {
  const segment = store.segmentNamed(name);
  if (!segment) throw new Error(`No seeded segment "${name}"`);
  return segment.id;
}

const DYNAMIC = 'Women in Moscow';
const STATIC = 'Hand-picked VIPs';

const table = (page: Page) => page.getByRole('table', { name: 'Segments' });
const switcher = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Connection: .*\. Switch$/ });
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** CSP violations, collected in the page from the first script on. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

async function expectNoCspViolations(page: Page) {
  const seen = await page.evaluate(
    () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['(no CSP watcher)'],
  );
  expect(seen, 'CSP violations').toEqual([]);
}

/** The list, once its first rows are in (the first visit seeds the embedded backend: slow). */
async function openList(page: Page) {
  await page.goto('/segments');
  await expect(table(page).getByRole('link').first()).toBeVisible({ timeout: 30_000 });
}

/** A page load cuts off the embedded backend's requests in flight: loads wait for a quiet page. */
async function settle(page: Page) {
  await waitForQuietDemo(page);
}

async function switchTo(page: Page, name: string) {
  await switcher(page).click();
  await page
    .getByRole('menuitemradio', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) })
    .click();
  await expect(switcher(page)).toHaveAccessibleName(`Connection: ${name}. Switch`);
}

/** Axe, once whatever is still loading has settled. */
async function scan(page: Page, quiet?: Locator) {
  if (quiet) await expect(quiet).not.toHaveAttribute('aria-busy', 'true');
  await expectNoAxeViolations(page);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    // The theme follows the system's scheme until the user picks one in the app bar.
    test.use({ colorScheme: scheme });
    test.describe.configure({ timeout: 150_000 });

    test.beforeEach(async ({ page }) => {
      await watchCsp(page);
    });

    test.afterEach(async ({ page }) => {
      if (page.url().startsWith('http')) await expectNoCspViolations(page);
    });

    test('the list with its row menu, the delete dialog and the connection switcher', async ({ page }) => {
      await openList(page);
      await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));
      await expect(page.getByRole('heading', { level: 1, name: 'Segments' })).toBeVisible();
      await scan(page);

      await page.getByRole('button', { name: `Actions for ${DYNAMIC}`, exact: true }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await expect(page.getByRole('menuitem', { name: 'Delete' })).toBeVisible();
      await scan(page);

      await page.getByRole('menuitem', { name: 'Delete' }).click();
      const dialog = page.getByRole('dialog', { name: `Delete “${DYNAMIC}”?` });
      await expect(dialog).toBeVisible();
      await scan(page);
      // Cancelled: nothing is deleted.
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toBeHidden();

      await switcher(page).click();
      await expect(page.getByRole('menuitemradio')).toHaveCount(3);
      await scan(page);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toBeHidden();
    });

    test('a dynamic and a static segment, the editor of one, and the not-found pages', async ({ page }) => {
      await page.goto(`/segments/${seededId(DYNAMIC)}`);
      await expect(page.getByRole('heading', { level: 1, name: DYNAMIC })).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));
      const size = page.getByRole('region', { name: 'Size', exact: true });
      await expect(size.getByRole('table', { name: 'Counts per channel' })).toBeVisible();
      await scan(page);

      await mainNav(page).getByRole('link', { name: 'Segments' }).click();
      // The list mounts the rows in view only: search brings the static one up.
      await page.getByRole('searchbox', { name: 'Search segments' }).fill(STATIC);
      await table(page).getByRole('link', { name: STATIC, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: STATIC })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Members' })).toBeVisible();
      await scan(page);

      await settle(page);
      await page.goto(`/segments/${seededId(DYNAMIC)}/edit`);
      await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(DYNAMIC, { timeout: 30_000 });
      await expect(page.getByRole('button', { name: 'Add condition' }).first()).toBeVisible();
      await scan(page, page.getByRole('status', { name: 'Estimated size' }));

      await settle(page);
      await page.goto('/no-such-page');
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await scan(page);

      await page.goto('/segments/999999');
      await expect(page.getByRole('heading', { level: 1, name: 'Segment not found' })).toBeVisible({
        timeout: 30_000,
      });
      await scan(page);
    });

    test('a new segment with the field picker, the request preview and a restored draft', async ({ page }) => {
      await page.goto('/segments/new');
      await expect(page.getByRole('heading', { level: 1, name: 'New segment' })).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('button', { name: 'Add condition' })).toBeVisible({ timeout: 30_000 });
      await scan(page);

      await page.getByRole('textbox', { name: 'Name' }).fill('A11y draft');
      await page.getByRole('button', { name: 'Add condition' }).click();
      // The new row's Field has focus: typing filters the field picker, which stays open.
      await page.keyboard.type('Cit');
      await expect(page.getByRole('listbox', { name: /fields/i })).toBeVisible();
      await scan(page);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('combobox', { name: 'Field' })).toHaveValue('City');
      await page.getByRole('textbox', { name: 'Value' }).fill('Moscow');

      await page.getByRole('button', { name: 'Request preview' }).click();
      const preview = page.getByRole('region', { name: 'Request preview' });
      await expect(preview.getByRole('button', { name: 'Copy as cURL' })).toBeEnabled();
      await scan(page, page.getByRole('status', { name: 'Estimated size' }));

      await expect
        .poll(() =>
          page.evaluate(() => {
            const key = Object.keys(localStorage).find((k) => k.startsWith('segment-studio:c:demo:draft:v2:new:'));
            return key ? (localStorage.getItem(key) ?? '') : '';
          }),
        )
        .toContain('Moscow');
      await settle(page);
      page.once('dialog', (dialog) => void dialog.accept());
      await page.reload();
      await expect(page.getByText(/Restored your unsaved draft from/)).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('A11y draft');
      await scan(page, page.getByRole('status', { name: 'Estimated size' }));
    });

    test('Settings with the connection form of each backend', async ({ page }) => {
      await page.goto('/settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));
      await scan(page);

      await page.getByRole('button', { name: 'Add connection' }).click();
      const form = page.getByRole('form', { name: 'New connection' });
      for (const backend of ['Altcraft', 'Push0', 'Digital Audience'] as const) {
        await form.getByRole('combobox', { name: 'Backend' }).click();
        await expect(page.getByRole('listbox')).toBeVisible();
        if (backend === 'Altcraft') await scan(page);
        await page.getByRole('option', { name: backend, exact: true }).click();
        await expect(form.getByRole('combobox', { name: 'Backend' })).toHaveText(backend);
        await expect(form.getByRole('textbox', { name: 'Base URL' })).toBeVisible();
        await scan(page);
      }
      // Digital Audience's second way to sign in.
      await form.getByRole('radio', { name: 'Paste a cookie from a signed-in session' }).check();
      await expect(form.getByLabel('Session cookie', { exact: true })).toBeVisible();
      await scan(page);
    });

    test('the Push0 and Digital Audience demo connections: list and segment pages', async ({ page }) => {
      await openList(page);
      for (const [connection, segment] of [
        ['Demo · Push0', 'Moscow time zone, active this week'],
        ['Demo · Digital Audience', 'Site visitors, last 30 days'],
      ] as const) {
        await switchTo(page, connection);
        await expect(table(page).getByRole('link').first()).toHaveText(segment, { timeout: 30_000 });
        await scan(page);
        await table(page).getByRole('link', { name: segment, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: segment })).toBeVisible({ timeout: 30_000 });
        await expect(page.getByRole('region', { name: 'Stored payload' })).toContainText(segment);
        await scan(page);
        await mainNav(page).getByRole('link', { name: 'Segments' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Segments' })).toBeVisible();
      }
    });

    test.describe('load errors', () => {
      // The injected 500s: Chromium logs each failed answer as a console error of its own.
      test.use({
        expectedConsoleErrors: [{ text: /status of 500/, url: /demo\.segment-studio\.invalid/ }],
      });

      test('the list, a segment and the editor that could not load', async ({ page }) => {
        // Each page is loaded afresh with its reads refused from the app's start (every attempt: the
        // first and its retries). Reached from the list instead, a segment would open from the copy
        // the list read for its type and size, and ask for nothing.
        await page.addInitScript(applyArmedBehavior);
        const loadRefusing = async (path: string, method: string) => {
          await armDemoOnNextLoad(page, { failNext: { path: method, status: 500, times: 6 } });
          await page.goto(path);
        };
        await page.goto('/settings');
        await waitForQuietDemo(page);

        await loadRefusing('/segments', 'segments/list');
        const alert = page.getByRole('alert').filter({ hasText: 'Segments could not be loaded' });
        await expect(alert).toBeVisible({ timeout: 30_000 });
        await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
        await scan(page);
        await waitForQuietDemo(page);

        await loadRefusing(`/segments/${seededId(DYNAMIC)}`, 'segments/get');
        await expect(page.getByRole('heading', { level: 1, name: 'The segment could not be loaded' })).toBeVisible({
          timeout: 30_000,
        });
        await scan(page);
        await waitForQuietDemo(page);

        await loadRefusing(`/segments/${seededId('Men in Saint Petersburg')}/edit`, 'segments/get');
        await expect(page.getByRole('alert').filter({ hasText: 'The segment could not be loaded' })).toBeVisible({
          timeout: 30_000,
        });
        await scan(page);
      });
    });
  });
}

test('the theme toggle in the app bar gives the same dark scheme, with no violations', async ({ page }) => {
  await openList(page);
  const toggle = page.getByRole('button', { name: /Colour theme/ });
  // system → light → dark.
  await toggle.click();
  await toggle.click();
  await expect(toggle).toHaveAccessibleName(/dark/);
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await scan(page);
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await scan(page);
});

test('on a phone, condition rows below the fold keep their place: no control lies over another', async ({ page }) => {
  // Rows off screen skip layout (content-visibility) at a placeholder height; were it the wide row's,
  // the stacked rows' controls would spill over the ones below, and taps (and axe's target-size,
  // which Lighthouse runs) would find them covered.
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto(`/segments/${seededId(DYNAMIC)}/edit`);
  await expect(page.getByRole('button', { name: 'Add condition' })).toBeVisible({ timeout: 30_000 });
  await waitForQuietDemo(page);
  const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
  expect(results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual([]);
});
