/**
 * Connections, as a new user meets them: the switcher in the app bar and the three demo backends;
 * a Push0 segment built within Push0's limits (and the reasons shown where it stops); Push0,
 * Digital Audience and Altcraft reached over real HTTP, the last two through the preview's named
 * proxies (playwright.config.ts sets VITE_PROXY_TARGETS). Controls are found by their accessible
 * names only (docs/architecture.md, UI contract).
 */
import type { Locator, Page, Request } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const MOCK_ORIGIN = `http://localhost:${process.env.E2E_MOCK_PORT ?? 8787}`;
const MOCK_HOST = new URL(MOCK_ORIGIN).host;
const PUSH0_URL = `${MOCK_ORIGIN}/push0/v1`;

// Dates are typed and shown in the user's time zone: pin one, so epochs and dates are exact.
const TIME_ZONE = 'Europe/Moscow';
test.use({ timezoneId: TIME_ZONE, locale: 'en-US' });
// Each flow loads an embedded backend or a real one afresh: give it room on a busy machine.
test.describe.configure({ timeout: 120_000 });

// ---------------------------------------------------------------------------------------------
// Helpers, all by accessible name.

const switcher = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Connection: .*\. Switch$/ });
const segmentsTable = (page: Page) => page.getByRole('table', { name: 'Segments' });
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Picks a connection in the app bar's menu, the way a user switches backends. */
async function switchTo(page: Page, name: string) {
  await switcher(page).click();
  // Each item reads "<name> <backend>": the name starts it.
  await page.getByRole('menuitemradio', { name: new RegExp(`^${escapeRegExp(name)}\\b`) }).click();
  await expect(switcher(page)).toHaveAccessibleName(`Connection: ${name}. Switch`);
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The segment list, opened from the main navigation once the app has loaded. */
async function openSegments(page: Page) {
  await mainNav(page).getByRole('link', { name: 'Segments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Segments' })).toBeVisible();
}

/** The first segment's link, once the list is in (the first load starts a backend: slow). */
async function expectFirstSegment(page: Page, name: string) {
  await expect(segmentsTable(page).getByRole('link').first()).toHaveText(name, { timeout: 30_000 });
}

/** The connection form in Settings: "New connection", and "Edit connection" once saved. */
const connectionForm = (page: Page) => page.getByRole('form', { name: /^(New|Edit) connection$/ });

async function openNewConnection(page: Page, backend: 'Altcraft' | 'Push0' | 'Digital Audience') {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Add connection' }).click();
  const form = connectionForm(page);
  await expect(form.getByRole('heading', { name: 'New connection' })).toBeFocused();
  await form.getByRole('combobox', { name: 'Backend' }).click();
  await page.getByRole('option', { name: backend, exact: true }).click();
  await expect(form.getByRole('combobox', { name: 'Backend' })).toHaveText(backend);
  return form;
}

async function testConnection(form: Locator, target: string) {
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Connected' })).toHaveText(`Connected to ${target}.`, {
    timeout: 30_000,
  });
}

async function saveNewConnection(page: Page, form: Locator, name: string) {
  await form.getByRole('button', { name: 'Save connection' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'saved' })).toHaveText(
    `Connection “${name}” saved. This tab now uses it.`,
  );
  await expect(switcher(page)).toHaveAccessibleName(`Connection: ${name}. Switch`);
}

/** A failed test, then "Save anyway?" confirmed: saving a connection the user knows is broken. */
async function saveAnyway(page: Page, form: Locator, name: string) {
  await form.getByRole('button', { name: 'Save connection' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save anyway?' });
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  await expect(dialog).toBeHidden();
  await expect(form.getByRole('status').filter({ hasText: 'saved' })).toHaveText(
    `Connection “${name}” saved. This tab now uses it.`,
  );
}

/** Nested groups of the condition tree (list items that can be removed as a group), outermost first. */
const nestedGroups = (page: Page) =>
  page
    .getByRole('region', { name: 'Conditions' })
    .getByRole('listitem')
    .filter({
      has: page.getByRole('button', { name: 'Remove group' }),
    });

/** Picks a field in a condition row's "Field" combobox by typing its label and choosing the match. */
async function chooseField(row: Locator, label: string) {
  const field = row.getByRole('combobox', { name: 'Field' });
  await field.click();
  await field.fill(label);
  await row.page().keyboard.press('Enter');
  await expect(field).toHaveValue(label);
}

/** The condition rows of a group: list items that hold a "Field". */
const conditionRows = (group: Locator) =>
  group.getByRole('listitem').filter({ has: group.page().getByRole('combobox', { name: 'Field' }) });

/** JSON bodies of requests that `matches`, in order. */
function captureBodies(page: Page, matches: (request: Request) => boolean) {
  const bodies: unknown[] = [];
  page.on('request', (request) => {
    if (matches(request)) bodies.push(request.postDataJSON());
  });
  return bodies;
}

/** The local day a date input writes, `days` from now in TIME_ZONE. */
function dayFromNow(days: number): string {
  const when = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, dateStyle: 'short' }).format(when);
}

/** How the app shows that day ("Nov 30, 2027"). */
function shownDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' }).format(
    new Date(Date.UTC(year, month - 1, date, 12)),
  );
}

// ---------------------------------------------------------------------------------------------

test('switches between the demo backends in the app bar; each tab keeps its own connection', async ({
  page,
  context,
}) => {
  await page.goto('/segments');
  await expect(switcher(page)).toHaveAccessibleName('Connection: Demo · Altcraft. Switch');
  await expect(page.getByRole('banner')).toContainText('Demo · Altcraft');
  await expectFirstSegment(page, 'Women in Moscow');
  await expect(segmentsTable(page).getByRole('columnheader', { name: 'Size' })).toBeVisible();

  // The menu lists every connection, the active one checked.
  await switcher(page).click();
  const items = page.getByRole('menuitemradio');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toHaveAccessibleName(/^Demo · Altcraft/);
  await expect(items.nth(0)).toHaveAttribute('aria-checked', 'true');
  await expect(items.nth(1)).toHaveAccessibleName(/^Demo · Push0/);
  await expect(items.nth(2)).toHaveAccessibleName(/^Demo · Digital Audience/);
  await page.keyboard.press('Escape');

  await switchTo(page, 'Demo · Push0');
  await expectFirstSegment(page, 'Moscow time zone, active this week');
  await expect(segmentsTable(page).getByRole('link').first()).toHaveAttribute('href', '/segments/sg_1f30vfiaxbgn');
  await expect(segmentsTable(page).getByRole('link', { name: 'Women in Moscow' })).toHaveCount(0);
  // Push0 reports no sizes, so there is no Size column.
  await expect(segmentsTable(page).getByRole('columnheader', { name: 'Name' })).toBeVisible();
  await expect(segmentsTable(page).getByRole('columnheader', { name: 'Size' })).toHaveCount(0);

  await switchTo(page, 'Demo · Digital Audience');
  await expectFirstSegment(page, 'Site visitors, last 30 days');
  await expect(segmentsTable(page).getByRole('link', { name: 'Cart abandoners', exact: true })).toHaveAttribute(
    'href',
    '/segments/5002',
  );
  await expect(page.getByRole('button', { name: 'New audience' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New segment' })).toHaveCount(0);

  // A second tab of the same browser switches on its own.
  const other = await context.newPage();
  const otherErrors: string[] = [];
  other.on('console', (message) => {
    if (message.type() === 'error') otherErrors.push(message.text());
  });
  other.on('pageerror', (error) => otherErrors.push(error.message));
  await other.goto('/segments');
  await switchTo(other, 'Demo · Push0');
  await expectFirstSegment(other, 'Moscow time zone, active this week');

  // The first tab stays on its connection, after a reload too.
  await page.reload();
  await expect(switcher(page)).toHaveAccessibleName('Connection: Demo · Digital Audience. Switch');
  await expectFirstSegment(page, 'Site visitors, last 30 days');
  await other.reload();
  await expect(switcher(other)).toHaveAccessibleName('Connection: Demo · Push0. Switch');
  await expectFirstSegment(other, 'Moscow time zone, active this week');
  expect(otherErrors).toEqual([]);
  await other.close();
});

test('builds a two-group Push0 segment: the request preview shows the vendor body, and Save stores it', async ({
  page,
}) => {
  const creates = captureBodies(
    page,
    (request) => request.method() === 'POST' && new URL(request.url()).pathname === '/push0/v1/segments',
  );
  await page.goto('/segments');
  await switchTo(page, 'Demo · Push0');
  await page.getByRole('link', { name: 'New segment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New segment' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill('E2E Push0 — Russians, recent or loyal');

  // Group 1, "Match all": country is Russia, and the last session after a moment in local time.
  await page.getByRole('button', { name: 'Add group' }).click();
  const first = nestedGroups(page).nth(0);
  await expect(conditionRows(first)).toHaveCount(1);
  await chooseField(conditionRows(first).nth(0), 'Country');
  await conditionRows(first).nth(0).getByRole('combobox', { name: 'Operator' }).selectOption({ label: 'is' });
  await conditionRows(first).nth(0).getByRole('combobox', { name: 'Value' }).selectOption({ label: 'Russia' });
  await first.getByRole('button', { name: 'Add condition' }).click();
  await expect(conditionRows(first)).toHaveCount(2);
  await chooseField(conditionRows(first).nth(1), 'Last session');
  await conditionRows(first).nth(1).getByRole('combobox', { name: 'Operator' }).selectOption({ label: 'is after' });
  await conditionRows(first).nth(1).getByLabel('Value', { exact: true }).fill('2026-11-01T09:30');

  // Group 2, "Match any": a Samsung device, or 50 sessions and more.
  await page.getByRole('button', { name: 'Add group' }).last().click();
  await expect(nestedGroups(page)).toHaveCount(2);
  const second = nestedGroups(page).nth(1);
  await second.getByRole('button', { name: 'Match any' }).click();
  await chooseField(conditionRows(second).nth(0), 'Device manufacturer');
  await conditionRows(second).nth(0).getByRole('combobox', { name: 'Operator' }).selectOption({ label: 'is' });
  await conditionRows(second).nth(0).getByRole('textbox', { name: 'Value' }).fill('Samsung');
  await second.getByRole('button', { name: 'Add condition' }).click();
  await chooseField(conditionRows(second).nth(1), 'Session count');
  await conditionRows(second).nth(1).getByRole('combobox', { name: 'Operator' }).selectOption({ label: 'is at least' });
  await conditionRows(second).nth(1).getByRole('spinbutton', { name: 'Value' }).fill('50');

  const expected = {
    name: 'E2E Push0 — Russians, recent or loyal',
    constraints: [
      {
        type: 'AND',
        constraints: [
          { field: 'country', relation: '==', value: 'RU' },
          // 09:30 in Moscow (UTC+3), as epoch milliseconds.
          { field: 'lastSession', relation: '>', value: Date.parse('2026-11-01T06:30:00Z') },
        ],
      },
      {
        type: 'OR',
        constraints: [
          { field: 'deviceManufacturer', relation: '==', value: 'Samsung' },
          { field: 'sessionCount', relation: '>=', value: 50 },
        ],
      },
    ],
  };

  await page.getByRole('button', { name: 'Request preview' }).click();
  const preview = page.getByRole('region', { name: 'Request preview' });
  await expect(preview.getByText('POST https://demo.segment-studio.invalid/push0/v1/segments')).toBeVisible();
  const code = preview.getByLabel('Request preview', { exact: true });
  // The preview is built from the latest edit (an older one stays on screen, marked busy, meanwhile).
  await expect(preview.getByRole('button', { name: 'Copy as cURL' })).toBeEnabled();
  await expect.poll(async () => JSON.parse((await code.textContent()) ?? 'null') as unknown).toEqual(expected);
  await expect(preview.getByText('The API token is masked.')).toBeVisible();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/segments\/sg_[a-z0-9]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'E2E Push0 — Russians, recent or loyal' })).toBeVisible();
  // What was sent is what the preview showed.
  expect(creates).toEqual([expected]);
});

test('explains why a Push0 group takes no group inside it', async ({ page }) => {
  await page.goto('/segments');
  await switchTo(page, 'Demo · Push0');
  await page.getByRole('link', { name: 'New segment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New segment' })).toBeVisible();
  await page.getByRole('button', { name: 'Add group' }).click();
  await expect(nestedGroups(page)).toHaveCount(1);
  const group = nestedGroups(page).nth(0);

  // Inside the group, "Add group" is off and says why, in words and as its description.
  const addNested = group.getByRole('button', { name: 'Add group' });
  await expect(addNested).toHaveAttribute('aria-disabled', 'true');
  await expect(addNested).toHaveAccessibleDescription('Groups can nest at most 2 levels deep here.');
  await expect(group.getByText('Groups can nest at most 2 levels deep here.')).toBeVisible();
  await addNested.click({ force: true });
  await expect(nestedGroups(page)).toHaveCount(1);

  // The top level still takes groups, but always matches all of them.
  const addTopGroup = page.getByRole('button', { name: 'Add group' }).last();
  await expect(addTopGroup).not.toHaveAttribute('aria-disabled', 'true');
  await addTopGroup.click();
  await expect(nestedGroups(page)).toHaveCount(2);
  const rootAny = page.getByRole('region', { name: 'Conditions' }).getByRole('button', { name: 'Match any' }).first();
  await expect(rootAny).toHaveAttribute('aria-disabled', 'true');
  // The reason is in words beside it, and is the button's description.
  await expect(page.getByText('This backend always matches all of the top-level groups.')).toBeVisible();
  await expect(rootAny).toHaveAccessibleDescription('This backend always matches all of the top-level groups.');
});

test('explains why a full Push0 group takes no 11th condition', async ({ page }) => {
  await page.goto('/segments');
  await switchTo(page, 'Demo · Push0');
  // "Flagship phones" holds a group of 10 device models: the most a Push0 group holds.
  await page.getByRole('searchbox', { name: 'Search segments' }).fill('Flagship');
  await page.getByRole('button', { name: 'Actions for Flagship phones', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  await expect(page).toHaveURL(/\/segments\/sg_xy5f9em6fv19\/edit$/);
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Flagship phones', { timeout: 30_000 });

  const full = nestedGroups(page).filter({ has: page.getByText('A group can hold at most 10 conditions here.') });
  await expect(full).toHaveCount(1);
  await expect(conditionRows(full)).toHaveCount(10);
  const addCondition = full.getByRole('button', { name: 'Add condition' });
  await expect(addCondition).toHaveAttribute('aria-disabled', 'true');
  await expect(addCondition).toHaveAccessibleDescription('A group can hold at most 10 conditions here.');
  await addCondition.click({ force: true });
  await expect(conditionRows(full)).toHaveCount(10);
  await expect(page.getByText('Unsaved changes', { exact: true })).toHaveCount(0);
});

test('Push0 over real HTTP: a connection in Settings, the list, and search on the server', async ({ page }) => {
  const listQueries: URLSearchParams[] = [];
  const urls: string[] = [];
  const authorizations = new Set<string>();
  page.on('request', (request) => {
    urls.push(request.url());
    const url = new URL(request.url());
    if (!request.url().startsWith(`${PUSH0_URL}/segments`)) return;
    if (request.method() === 'GET') listQueries.push(url.searchParams);
    const authorization = request.headers()['authorization'];
    if (authorization) authorizations.add(authorization);
  });

  const form = await openNewConnection(page, 'Push0');
  await form.getByRole('textbox', { name: 'Base URL' }).fill(PUSH0_URL);
  await form.getByLabel('API token', { exact: true }).fill('demo-push0-key');
  await testConnection(form, MOCK_HOST);
  await saveNewConnection(page, form, MOCK_HOST);

  await openSegments(page);
  await expectFirstSegment(page, 'Moscow time zone, active this week');
  await expect(segmentsTable(page).getByRole('columnheader', { name: 'Size' })).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Search segments' }).fill('Moscow');
  await expect.poll(() => listQueries.map((query) => query.get('name'))).toContain('Moscow');
  const links = segmentsTable(page).getByRole('link');
  await expect(links).toHaveText(['Moscow time zone, active this week', 'Cart abandoners in Moscow time']);

  // The key travels in the Authorization header only.
  expect([...authorizations]).toEqual(['Bearer demo-push0-key']);
  expect(urls.filter((url) => url.includes('demo-push0-key'))).toEqual([]);
});

test('Digital Audience through the proxy: sign in, move an end date, and it stays moved', async ({ page }) => {
  const logins = captureBodies(page, (request) => new URL(request.url()).pathname === '/proxy/da/account/login');
  const endDates = captureBodies(page, (request) => /\/updateenddate$/i.test(new URL(request.url()).pathname));
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));

  const form = await openNewConnection(page, 'Digital Audience');
  await form.getByRole('textbox', { name: 'Base URL' }).fill('/proxy/da');
  await form.getByRole('textbox', { name: 'Connection name' }).fill('Shop DA (proxy)');
  await form.getByRole('textbox', { name: 'Audience ID' }).fill('1001');
  await form.getByRole('radio', { name: 'Sign in with a platform login' }).check();
  await form.getByRole('textbox', { name: 'User name' }).fill('demo');
  await form.getByLabel('Password', { exact: true }).fill('demo-password');
  await testConnection(form, '/proxy/da');
  await saveNewConnection(page, form, 'Shop DA (proxy)');
  // The app signed in through its own origin's proxy, with the login in the body only.
  expect(logins).toContainEqual({ userName: 'demo', password: 'demo-password' });
  expect(urls.filter((url) => url.includes('demo-password'))).toEqual([]);

  await openSegments(page);
  await expectFirstSegment(page, 'Site visitors, last 30 days');
  await segmentsTable(page).getByRole('link', { name: 'Site visitors, last 30 days' }).click();
  await expect(page).toHaveURL(/\/segments\/5001$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Site visitors, last 30 days' })).toBeVisible();

  const day = dayFromNow(365);
  const status = page.getByRole('region', { name: 'Status' });
  const endDate = status.getByRole('textbox', { name: 'End date' });
  await endDate.fill(day);
  await status.getByRole('button', { name: 'Update end date' }).click();
  await expect(status.getByRole('status')).toHaveText(new RegExp(`^End date updated to ${shownDay(day)}`));
  // The segment runs through the chosen day where the user is: 23:59:59 in Moscow.
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const sent = new Date(Date.UTC(year, month - 1, date, 20, 59, 59)).toISOString();
  expect(endDates).toEqual([expect.objectContaining({ segmentid: 5001, endDate: sent })]);
  await expect(status.getByRole('definition').filter({ hasText: shownDay(day) })).toHaveCount(1);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Site visitors, last 30 days' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('region', { name: 'Status' }).getByRole('textbox', { name: 'End date' })).toHaveValue(
    day,
  );
  await expect(
    page
      .getByRole('region', { name: 'Status' })
      .getByRole('definition')
      .filter({ hasText: shownDay(day) }),
  ).toHaveCount(1);
});

test.describe('an expired Digital Audience session', () => {
  // The proxied backend answers 401, which Chromium logs as a console error of its own.
  test.use({ expectedConsoleErrors: [{ text: /status of 401 \(Unauthorized\)/, url: /\/proxy\/da\// }] });

  test('a stale session cookie is reported as expired, with the way to Settings', async ({ page }) => {
    const form = await openNewConnection(page, 'Digital Audience');
    await form.getByRole('textbox', { name: 'Base URL' }).fill('/proxy/da');
    await form.getByRole('textbox', { name: 'Connection name' }).fill('Stale DA');
    await form.getByRole('textbox', { name: 'Audience ID' }).fill('1001');
    await form.getByRole('radio', { name: 'Paste a cookie from a signed-in session' }).check();
    await expect(form.getByRole('textbox', { name: 'User name' })).toHaveCount(0);
    await form.getByLabel('Session cookie', { exact: true }).fill('expired-session-0000');
    await form.getByRole('button', { name: 'Test connection' }).click();
    await expect(form.getByRole('alert')).toContainText(
      '/proxy/da refused the session cookie: it may have expired. Copy a fresh one from a signed-in session.',
    );
    await saveAnyway(page, form, 'Stale DA');

    await openSegments(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The session has expired. Sign in again in Settings.', { timeout: 30_000 });
    await alert.getByRole('link', { name: 'Check the connection' }).click();
    await expect(page).toHaveURL(/\/settings$/);
    const edit = page.getByRole('form', { name: 'Edit connection' });
    await expect(edit).toContainText('Changes apply to “Stale DA”.');
    await expect(edit.getByRole('radio', { name: 'Paste a cookie from a signed-in session' })).toBeChecked();
    await expect(page.locator('body')).not.toContainText('expired-session-0000');
  });
});

test('a proxy connection left unnamed is named by its proxy path, as the name field suggests', async ({ page }) => {
  const form = await openNewConnection(page, 'Altcraft');
  await form.getByRole('textbox', { name: 'Base URL' }).fill('/proxy/altcraft');
  await expect(form.getByRole('textbox', { name: 'Connection name' })).toHaveAttribute(
    'placeholder',
    '/proxy/altcraft',
  );
  await form.getByLabel('API token', { exact: true }).fill('demo-token');
  await saveNewConnection(page, form, '/proxy/altcraft');
});

test('the Digital Audience sign-in method is a radio group named "Sign-in method"', async ({ page }) => {
  const form = await openNewConnection(page, 'Digital Audience');
  const method = form.getByRole('radiogroup', { name: 'Sign-in method' });
  await expect(method.getByRole('radio')).toHaveCount(2);
  await expect(method.getByRole('radio', { name: 'Sign in with a platform login' })).toBeChecked();
  await method.getByRole('radio', { name: 'Paste a cookie from a signed-in session' }).check();
  await expect(form.getByLabel('Session cookie', { exact: true })).toBeVisible();
});

test('creates a Digital Audience audience from the list', async ({ page }) => {
  const creates = captureBodies(page, (request) => /createcrmaudience$/i.test(new URL(request.url()).pathname));
  await page.goto('/segments');
  await switchTo(page, 'Demo · Digital Audience');
  await expectFirstSegment(page, 'Site visitors, last 30 days');
  await page.getByRole('button', { name: 'New audience' }).click();
  const dialog = page.getByRole('dialog', { name: 'New audience' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('E2E spring buyers');
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Bought in March or April.');
  await dialog.getByRole('textbox', { name: 'Campaign ID' }).fill('77');
  await dialog.getByRole('button', { name: 'Create audience' }).click();
  await expect(page.getByText(/Audience .*E2E spring buyers.* created\./)).toBeVisible();
  expect(creates).toEqual([
    expect.objectContaining({ name: 'E2E spring buyers', description: 'Bought in March or April.' }),
  ]);
  expect(String((creates[0] as { campaignId: unknown }).campaignId)).toBe('77');
});

test('an Altcraft connection through the named proxy /proxy/altcraft', async ({ page }) => {
  const proxied: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/proxy/altcraft/')) proxied.push(`${url.origin} ${request.method()} ${url.pathname}`);
  });
  const form = await openNewConnection(page, 'Altcraft');
  await form.getByRole('textbox', { name: 'Base URL' }).fill('/proxy/altcraft');
  await form.getByRole('textbox', { name: 'Connection name' }).fill('Altcraft via proxy');
  await form.getByLabel('API token', { exact: true }).fill('demo-token');
  await testConnection(form, '/proxy/altcraft');
  await saveNewConnection(page, form, 'Altcraft via proxy');
  // Requests went to the app's own origin, which passed them on to the mock server.
  const origin = new URL(page.url()).origin;
  expect(proxied.length).toBeGreaterThan(0);
  expect(proxied.every((line) => line.startsWith(`${origin} POST /proxy/altcraft/`))).toBe(true);

  await openSegments(page);
  await expectFirstSegment(page, 'Women in Moscow');
  expect(proxied).toContain(`${origin} POST /proxy/altcraft/segments/list/`);
});

test('Settings with a Digital Audience form open, and a Digital Audience segment page, have no axe violations', async ({
  page,
}) => {
  const form = await openNewConnection(page, 'Digital Audience');
  await expect(form.getByRole('radio', { name: 'Sign in with a platform login' })).toBeChecked();
  await expect(form.getByRole('textbox', { name: 'User name' })).toBeVisible();
  await expect(form.getByRole('checkbox', { name: 'Remember on this device' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/segments');
  await switchTo(page, 'Demo · Digital Audience');
  await segmentsTable(page).getByRole('link', { name: 'Cart abandoners', exact: true }).click({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Cart abandoners' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Status' }).getByRole('button', { name: 'Update end date' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Push0 and Digital Audience segment pages fit the window at 1280 and 1920 px', async ({ page }) => {
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (const [connection, segment] of [
    ['Demo · Push0', 'Moscow time zone, active this week'],
    ['Demo · Digital Audience', 'Site visitors, last 30 days'],
  ] as const) {
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/segments');
      await switchTo(page, connection);
      await segmentsTable(page).getByRole('link', { name: segment }).click({ timeout: 30_000 });
      await expect(page.getByRole('region', { name: 'Stored payload' })).toContainText(segment);
      expect(await overflow(), `${segment} at ${width} px`).toBe(0);
    }
  }
});
