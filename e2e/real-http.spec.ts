import { expect, test } from './fixtures';

const MOCK_SERVER = `http://localhost:${process.env.E2E_MOCK_PORT ?? 8787}/api/v1.1`;

test('the app works over real HTTP against the mock server through an Altcraft connection', async ({ page }) => {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(MOCK_SERVER)) seen.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });

  await page.goto('/settings');
  await page.getByRole('combobox', { name: 'Backend' }).click();
  await page.getByRole('option', { name: /Altcraft/ }).click();
  await page.getByRole('textbox', { name: 'Base URL' }).fill(MOCK_SERVER);
  await page.getByLabel('API token').fill('demo-token');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Connected: \d+ databases found/ })).toBeVisible();
  await page.getByRole('button', { name: 'Save connection' }).click();
  await expect(page.getByText(/Connection saved/)).toBeVisible();

  // The token never travels in a URL.
  expect(page.url()).not.toContain('demo-token');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).click();
  const table = page.getByRole('table', { name: 'Segments' });
  // The server's first list counts every seeded segment over its profiles: slow on a busy machine.
  await expect(table.getByRole('link').first()).toHaveText('Women in Moscow', { timeout: 30_000 });
  expect(seen).toContain('POST /api/v1.1/segments/list/');
  expect(seen.every((line) => !line.includes('demo-token'))).toBe(true);
});

test('a wrong token gets a clear message that points to Settings', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('combobox', { name: 'Backend' }).click();
  await page.getByRole('option', { name: /Altcraft/ }).click();
  await page.getByRole('textbox', { name: 'Base URL' }).fill(MOCK_SERVER);
  await page.getByLabel('API token').fill('wrong-token');
  await page.getByRole('button', { name: 'Save connection' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).click();
  await expect(page.getByRole('alert')).toContainText(/token/i);
  await page.getByRole('alert').getByRole('link', { name: 'Check the connection' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole('textbox', { name: 'Base URL' })).toHaveValue(MOCK_SERVER);
});
