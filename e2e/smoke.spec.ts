import { expect, expectNoAxeViolations, test } from './fixtures';

test('lists the seeded segments, navigates to Settings and back, with no a11y violations', async ({ page }) => {
  await page.goto('/segments');
  // The first page of a cold server also starts the embedded backend's worker: slow on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Segments' })).toBeVisible({ timeout: 30_000 });
  const table = page.getByRole('table', { name: 'Segments' });
  // The demo's seeded segments, in their seeded order, with their sizes.
  await expect(table.getByRole('link').first()).toHaveText('Women in Moscow', { timeout: 30_000 });
  await expect(table.getByRole('link', { name: 'Men in Saint Petersburg', exact: true })).toBeVisible();
  await expect(page.getByText('45 segments', { exact: true })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search segments' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Backend' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).click();
  await expect(page).toHaveURL(/\/segments$/);
  await expect(page.getByRole('table', { name: 'Segments' }).getByRole('link').first()).toBeVisible();
});

test('the page shell loads the browser’s number and date data in a worker, under the page’s policy', async ({
  page,
}) => {
  // src/app/shell/intlData.ts: the list's first formatted number would otherwise load it on the page's thread.
  const script = /\/assets\/intlWorker-[\w-]+\.js$/;
  const response = page.waitForResponse(script);
  // It closes itself once the data is loaded, often before the page's first response is in: the
  // listener goes on as the worker is reported, which comes before its close.
  const closed = new Promise<void>((resolve) => {
    page.on('worker', (started) => {
      if (script.test(started.url())) started.once('close', () => resolve());
    });
  });
  await page.goto('/segments');
  expect((await response).status()).toBe(200);
  // A refusal by the CSP would be a console error, which fails the test.
  await closed;
  await expect(page.getByRole('table', { name: 'Segments' }).getByRole('link').first()).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText('45 segments', { exact: true })).toBeVisible();
});

test('an unknown address shows a not-found page with a way back', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to segments' }).click();
  await expect(page).toHaveURL(/\/segments$/);
});

test('the theme toggle switches between system, light and dark', async ({ page }) => {
  await page.goto('/segments');
  const toggle = page.getByRole('button', { name: /Colour theme/ });
  await expect(toggle).toHaveAccessibleName(/follows the system/);
  await toggle.click();
  await expect(toggle).toHaveAccessibleName(/light/);
  await toggle.click();
  await expect(toggle).toHaveAccessibleName(/dark/);
  await expect(page.locator('html')).toHaveClass(/dark/);
});
