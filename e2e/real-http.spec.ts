import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const MOCK_ORIGIN = `http://localhost:${process.env.E2E_MOCK_PORT ?? 8787}`;
const MOCK_SERVER = `${MOCK_ORIGIN}/api/v1.1`;
const MOCK_HOST = new URL(MOCK_ORIGIN).host;

/** Fills a new Altcraft connection in Settings (the form a new user meets there). */
async function fillAltcraftConnection(page: Page, token: string) {
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 2, name: 'New connection' })).toBeVisible();
  // Saving turns the form into the saved connection's editor, so its name changes.
  const form = page.getByRole('form', { name: /^(New|Edit) connection$/ });
  await form.getByRole('combobox', { name: 'Backend' }).click();
  await page.getByRole('option', { name: 'Altcraft', exact: true }).click();
  await form.getByRole('textbox', { name: 'Base URL' }).fill(MOCK_SERVER);
  // A password field has no role: it is found by its label.
  await form.getByLabel('API token', { exact: true }).fill(token);
  return form;
}

test('the app works over real HTTP against the mock server through an Altcraft connection', async ({ page }) => {
  const urls: string[] = [];
  const seen: string[] = [];
  const authorizations: string[] = [];
  page.on('request', (request) => {
    urls.push(request.url());
    if (!request.url().startsWith(MOCK_SERVER)) return;
    seen.push(`${request.method()} ${new URL(request.url()).pathname}`);
    const authorization = request.headers()['authorization'];
    if (authorization) authorizations.push(authorization);
  });

  const form = await fillAltcraftConnection(page, 'demo-token');
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('status')).toHaveText(`Connected to ${MOCK_HOST}.`);
  await form.getByRole('button', { name: 'Save connection' }).click();
  // Left empty, the name is the host; a new connection becomes this tab's.
  await expect(form.getByRole('status').filter({ hasText: 'saved' })).toHaveText(
    `Connection “${MOCK_HOST}” saved. This tab now uses it.`,
  );
  await expect(
    page.getByRole('banner').getByRole('button', { name: `Connection: ${MOCK_HOST}. Switch` }),
  ).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).click();
  const table = page.getByRole('table', { name: 'Segments' });
  // The server's first list counts every seeded segment over its profiles: slow on a busy machine.
  await expect(table.getByRole('link').first()).toHaveText('Women in Moscow', { timeout: 30_000 });
  expect(seen).toContain('POST /api/v1.1/segments/list/');

  // The token travels in the Authorization header, and never in a URL.
  expect(authorizations.length).toBeGreaterThan(0);
  expect(new Set(authorizations)).toEqual(new Set(['Bearer demo-token']));
  expect(urls.filter((url) => url.includes('demo-token'))).toEqual([]);
  expect(page.url()).not.toContain('demo-token');
});

test('a wrong token gets a clear message that points to Settings', async ({ page }) => {
  const form = await fillAltcraftConnection(page, 'wrong-token');
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('alert')).toContainText(`${MOCK_HOST} refused the API token.`);
  // Saving after a failed test asks first.
  await form.getByRole('button', { name: 'Save connection' }).click();
  const confirm = page.getByRole('dialog', { name: 'Save anyway?' });
  await expect(confirm).toContainText('refused the API token');
  await confirm.getByRole('button', { name: 'Save anyway' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'saved' })).toHaveText(
    `Connection “${MOCK_HOST}” saved. This tab now uses it.`,
  );

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The API token or sign-in details are missing or wrong. Check them in Settings.', {
    timeout: 30_000,
  });
  await alert.getByRole('link', { name: 'Check the connection' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  // Settings opens on the failing connection, one step from fixing it.
  const edit = page.getByRole('form', { name: 'Edit connection' });
  await expect(edit).toContainText(`Changes apply to “${MOCK_HOST}”.`);
  await expect(edit.getByRole('textbox', { name: 'Base URL' })).toHaveValue(MOCK_SERVER);
  // The stored token is never shown again.
  await expect(edit.getByText('A token is stored for this session. Saving keeps it.')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('wrong-token');
});
