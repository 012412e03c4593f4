/**
 * "Never lose work": faults on load (the list, a segment's page, the editor) and on save (the
 * editor), on the embedded demo through its fault injection (README, "The embedded demo backend")
 * and over real HTTP, through an Altcraft connection to the mock server whose answers
 * `context.route()` replaces (the demo's answers come from its service worker, which no route sees).
 *
 * Each fault ends in a clear message; nothing typed is lost (it is still on the form, or restored
 * from the draft after a reload); the app bar and the navigation keep working; and a write whose
 * outcome is unknown is resent under the same Request-ID, so it is stored once.
 */
import type { BrowserContext, Page, Request, Route } from '@playwright/test';
import type { MockBehaviorPatch } from '@/mocks/behavior';
import { seededStore } from '@/mocks/seed';
import { expect, test, type ExpectedConsoleError } from './fixtures';
import { applyArmedBehavior, armDemoOnNextLoad } from './demoArm';
import { waitForQuietDemo } from './demoQuiet';

const MOCK_ORIGIN = `http://localhost:${process.env.E2E_MOCK_PORT ?? 8787}`;
const MOCK_SERVER = `${MOCK_ORIGIN}/api/v1.1`;
const MOCK_HOST = new URL(MOCK_ORIGIN).host;

const store = seededStore();
const WOMEN_IN_MOSCOW = store.segmentNamed('Women in Moscow')!;
const LATE_SEGMENT = 'Weekly digest audience';

/**
 * Chromium logs every failed answer (an error status, a refused or dropped connection) as a console
 * error of its own. Only those, and only from the backends, are expected here.
 */
const BACKEND_URL = new RegExp(`demo\\.segment-studio\\.invalid|localhost:${new URL(MOCK_ORIGIN).port}`);
// One entry: test.use() would take a two-entry array for a [value, options] fixture tuple.
const FAILED_ANSWERS: ExpectedConsoleError[] = [
  {
    text: /Failed to load resource: (the server responded with a status of [45]\d\d|net::ERR_(FAILED|INTERNET_DISCONNECTED))/,
    url: BACKEND_URL,
  },
];
test.use({ expectedConsoleErrors: FAILED_ANSWERS });
// Faults wait out retries, backoffs and a 15 s timeout; each flow also loads a backend afresh.
test.describe.configure({ timeout: 120_000 });

// ---------------------------------------------------------------------------------------------
// Helpers, all by accessible name.

const banner = (page: Page) => page.getByRole('banner');
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const switcher = (page: Page) => banner(page).getByRole('button', { name: /^Connection: .*\. Switch$/ });
const table = (page: Page) => page.getByRole('table', { name: 'Segments' });
const nameBox = (page: Page) => page.getByRole('textbox', { name: 'Name' });
const saveButton = (page: Page) => page.getByRole('button', { name: 'Save', exact: true });

/** Arms the demo's fault injection now, in the running page. */
async function armDemo(page: Page, behavior: MockBehaviorPatch) {
  await demoStarted(page);
  await page.evaluate((patch) => window.__segmentStudioMocks!.setMockBehavior!(patch), behavior);
}

async function disarmDemo(page: Page) {
  await demoStarted(page);
  await page.evaluate(() => window.__segmentStudioMocks!.resetMockBehavior!());
}

/** The app renders while the embedded backend starts: its controls exist once it has. */
async function demoStarted(page: Page) {
  await page.waitForFunction(() => typeof window.__segmentStudioMocks?.setMockBehavior === 'function');
}

test.beforeEach(async ({ page }) => {
  // A behaviour left in sessionStorage by armDemoOnNextLoad applies from the embedded backend's
  // first request (src/mocks/browser.ts reads `window.__segmentStudioMocks.behavior` at start).
  await page.addInitScript(applyArmedBehavior);
});

/** A page load cuts off the embedded backend's requests in flight: loads wait for a quiet page. */
async function settle(page: Page) {
  await waitForQuietDemo(page);
}

/** Reloads a page that may ask first (unsaved changes), agreeing to leave. */
async function reload(page: Page) {
  await settle(page);
  const accept = (dialog: { accept: () => Promise<void> }) => void dialog.accept();
  page.once('dialog', accept);
  await page.reload();
  page.off('dialog', accept);
}

/** The app is still there: the app bar and its navigation work, to Settings and back. */
async function expectAppAlive(page: Page) {
  await expect(banner(page)).toBeVisible();
  await expect(switcher(page)).toBeVisible();
  const before = page.url();
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(before);
}

/** Adds an Altcraft connection to the mock server in Settings; it becomes this tab's. */
async function connectOverHttp(page: Page) {
  await page.goto('/settings');
  const form = page.getByRole('form', { name: /^(New|Edit) connection$/ });
  await form.getByRole('combobox', { name: 'Backend' }).click();
  await page.getByRole('option', { name: 'Altcraft', exact: true }).click();
  await form.getByRole('textbox', { name: 'Base URL' }).fill(MOCK_SERVER);
  await form.getByLabel('API token', { exact: true }).fill('demo-token');
  await form.getByRole('button', { name: 'Save connection' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'saved' })).toHaveText(
    `Connection “${MOCK_HOST}” saved. This tab now uses it.`,
  );
}

/** Answers the app's requests to one Altcraft method on the mock server with `answer`. */
async function routeHttp(context: BrowserContext, method: string, answer: (route: Route) => Promise<void>) {
  const url = `${MOCK_SERVER}/${method}`;
  await context.route(url, answer);
  return () => context.unroute(url, answer);
}

/** Requests the page sent to a method path (e.g. "segments/add/"), in order. */
function requestsTo(page: Page, path: string) {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith(`/${path}`)) seen.push(request);
  });
  return seen;
}

const HTML_502 =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

/** Faults over real HTTP: how the route answers, and what the app says on a load and on a save. */
interface HttpFault {
  name: string;
  answer: (route: Route) => Promise<void>;
  onLoad: RegExp;
  onSave: RegExp;
}

const UNCERTAIN = 'The segment may have been saved:';
const SAME_ID = /Save again to finish\. It is sent under the same request ID, so the server never stores it twice\./;

const HTTP_FAULTS: HttpFault[] = [
  {
    name: '500',
    answer: (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: 500, error_text: 'Internal error', data: null }),
      }),
    onLoad: /The server had an internal error\. Try again later\./,
    onSave: new RegExp(`${UNCERTAIN} The server had an internal error\\. Try again later\\.`),
  },
  {
    name: 'an HTML error page (502)',
    answer: (route) => route.fulfill({ status: 502, contentType: 'text/html', body: HTML_502 }),
    onLoad: /The server had an internal error\. Try again later\./,
    onSave: new RegExp(`${UNCERTAIN} The server had an internal error\\. Try again later\\.`),
  },
  {
    name: 'malformed JSON',
    answer: (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"error":0,"data":{"id":' }),
    onLoad: /The server sent an answer the app cannot read: not JSON\./,
    onSave: new RegExp(`${UNCERTAIN} The server sent an answer the app cannot read: not JSON\\.`),
  },
  {
    name: 'a wrong shape',
    answer: (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ error: 0, error_text: '', data: 'this is not the data you are looking for' }),
      }),
    onLoad: /The server sent an answer the app cannot read: .+/,
    onSave: new RegExp(`${UNCERTAIN} The server sent an answer the app cannot read: .+`),
  },
  {
    name: '401',
    answer: (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ error: 401, error_text: 'Unauthorized', data: null }),
      }),
    onLoad: /The API token or sign-in details are missing or wrong\. Check them in Settings\./,
    onSave:
      /The segment was not saved: The API token or sign-in details are missing or wrong\. Check them in Settings\./,
  },
];

/** Faults on the demo through setMockBehavior: what is armed for a read of `path`, and what the app says. */
interface DemoFault {
  name: string;
  behavior: (path: string) => MockBehaviorPatch;
  onLoad: RegExp;
  onSave: RegExp;
}

const DEMO_FAULTS: DemoFault[] = [
  {
    name: '500',
    // Many times over: the first read, its two automatic retries, and the reads of a page revisited.
    behavior: (path) => ({ failNext: { path, status: 500, times: 100 } }),
    onLoad: /The server had an internal error\. Try again later\./,
    onSave: new RegExp(`${UNCERTAIN} The server had an internal error\\. Try again later\\.`),
  },
  {
    name: 'offline',
    behavior: () => ({ offline: true }),
    onLoad: /The server could not be reached\. Check the base URL and your network connection\./,
    onSave: /The server could not be reached, so nothing was saved\. Your changes are kept in this browser as a draft/,
  },
  {
    name: '401',
    behavior: (path) => ({ failNext: { path, status: 401, times: 100 } }),
    onLoad: /The API token or sign-in details are missing or wrong\. Check them in Settings\./,
    onSave:
      /The segment was not saved: The API token or sign-in details are missing or wrong\. Check them in Settings\./,
  },
];

// ---------------------------------------------------------------------------------------------
// The editor: a new segment with a name and one condition, and checks that they are all there.

async function openNewSegment(page: Page) {
  await page.goto('/segments/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New segment' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Add condition' })).toBeVisible({ timeout: 30_000 });
}

async function typeSegment(page: Page, name: string) {
  await nameBox(page).fill(name);
  await page.getByRole('button', { name: 'Add condition' }).click();
  const field = page.getByRole('combobox', { name: 'Field' });
  await expect(field).toBeFocused();
  await page.keyboard.type('City');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('City');
  await page.getByRole('textbox', { name: 'Value' }).fill('Moscow');
}

async function expectTypedSegment(page: Page, name: string) {
  await expect(nameBox(page)).toHaveValue(name);
  await expect(page.getByRole('combobox', { name: 'Field' })).toHaveValue('City');
  await expect(page.getByRole('textbox', { name: 'Value' })).toHaveValue('Moscow');
}

/** Waits until this tab's draft of a new segment holds `text` (the autosave is debounced). */
async function expectDraftWith(page: Page, text: string) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('segment-studio:c:') && k.includes(':draft:'));
        return key ? (localStorage.getItem(key) ?? '') : '';
      }),
    )
    .toContain(text);
}

/** In the editor, the app bar still works: leaving asks first, and Stay keeps everything. */
async function expectEditorAlive(page: Page, name: string) {
  await expect(switcher(page)).toBeVisible();
  await mainNav(page).getByRole('link', { name: 'Settings' }).click();
  const leave = page.getByRole('dialog', { name: /^Leave (without|while) saving\?$/ });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay' }).click();
  await expect(leave).toBeHidden();
  await expect(page).toHaveURL(/\/segments\/new$/);
  await expectTypedSegment(page, name);
}

/** A load error's alert: the one offering Retry (a retry notice is an alert too, in a snackbar). */
const loadAlert = (page: Page, text?: string) =>
  page
    .getByRole('alert')
    .filter(text ? { hasText: text } : {})
    .filter({ has: page.getByRole('button', { name: 'Retry' }) });

/** The save's outcome (not the draft banner, whose "unsaved draft" is an alert too). */
const saveAlert = (page: Page) =>
  page.getByRole('alert').filter({ hasText: /The segment (may have been|was not) saved|nothing was saved/ });

/** Reads "N segments" from the list of the active connection, freshly loaded. */
/**
 * Exactly one segment of this (unique) name is stored. Counted by name rather than as a total before
 * and after: the other worker's tests create segments on the same server at the same time.
 */
async function expectOneSegmentNamed(page: Page, name: string) {
  await settle(page);
  await page.goto('/segments');
  await page.getByRole('searchbox', { name: 'Search segments' }).fill(name);
  await expect(page.getByText(/All loaded/)).toBeVisible({ timeout: 30_000 });
  await expect(table(page).getByRole('link', { name, exact: true })).toHaveCount(1);
}

const uniqueName = (what: string) => `E2E fault ${what} ${Date.now().toString(36)}`;

// ---------------------------------------------------------------------------------------------
// Loads on the demo.

test.describe('a load on the demo', () => {
  for (const fault of DEMO_FAULTS) {
    test(`the list, on ${fault.name}`, async ({ page }) => {
      await page.goto('/settings');
      await armDemoOnNextLoad(page, fault.behavior('segments/list'));
      await page.goto('/segments');
      const alert = loadAlert(page, 'Segments could not be loaded');
      await expect(alert).toContainText(fault.onLoad, { timeout: 30_000 });
      if (fault.name === '401') await expect(alert.getByRole('link', { name: /settings|connection/i })).toBeVisible();
      await expectAppAlive(page);
      await expect(alert).toBeVisible({ timeout: 30_000 });

      await disarmDemo(page);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(table(page).getByRole('link').first()).toHaveText('Women in Moscow', { timeout: 30_000 });
      await expect(alert).toBeHidden();
    });

    test(`a segment's page, on ${fault.name}`, async ({ page }) => {
      await page.goto('/settings');
      await armDemoOnNextLoad(page, fault.behavior('segments/get'));
      await page.goto(`/segments/${WOMEN_IN_MOSCOW.id}`);
      await expect(page.getByRole('heading', { level: 1, name: 'The segment could not be loaded' })).toBeVisible({
        timeout: 30_000,
      });
      const alert = loadAlert(page);
      await expect(alert).toContainText(fault.onLoad);
      await expectAppAlive(page);
      await expect(alert).toBeVisible({ timeout: 30_000 });

      await disarmDemo(page);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Women in Moscow' })).toBeVisible({ timeout: 30_000 });
    });

    test(`the editor, on ${fault.name}: the draft comes back once it loads`, async ({ page }) => {
      const name = uniqueName(`editor load ${fault.name}`);
      await openNewSegment(page);
      await typeSegment(page, name);
      await expectDraftWith(page, 'Moscow');

      await armDemoOnNextLoad(page, fault.behavior('databases/list'));
      await reload(page);
      const alert = loadAlert(page, 'The databases could not be loaded');
      await expect(alert).toContainText(fault.onLoad, { timeout: 30_000 });
      await expectAppAlive(page);
      await expect(alert).toBeVisible({ timeout: 30_000 });

      await disarmDemo(page);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByText(/Restored your unsaved draft from/)).toBeVisible({ timeout: 30_000 });
      await expectTypedSegment(page, name);
    });
  }

  test('a 429 is retried by itself, saying so, and the list comes', async ({ page }) => {
    // The notice stays as long as the wait before the retry, half a second: longer than a frame but
    // shorter than expect's later polls, which come a second apart. A watcher in the page records it.
    await page.addInitScript(() => {
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (/Too many requests: retrying in \d+ s\./.test(node.textContent ?? ''))
              (window as unknown as { __retryNoticeSeen: boolean }).__retryNoticeSeen = true;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/settings');
    await armDemoOnNextLoad(page, { failNext: { path: 'segments/list', status: 429, times: 1 } });
    await page.goto('/segments');
    // MSW may reload this load once, when the service worker the settings page registered is still
    // taking over (src/mocks/browser.ts): a read during that reload finds no page, and is asked again.
    const noticeSeen = () =>
      page.evaluate(() => (window as unknown as { __retryNoticeSeen?: boolean }).__retryNoticeSeen).catch(() => false);
    await expect.poll(noticeSeen, { timeout: 30_000 }).toBe(true);
    await expect(table(page).getByRole('link').first()).toHaveText('Women in Moscow', { timeout: 30_000 });
    await expect(loadAlert(page)).toHaveCount(0);
  });

  test('a 500 that passes is retried by itself, saying so, and the segment comes', async ({ page }) => {
    await page.goto('/settings');
    await armDemoOnNextLoad(page, { failNext: { path: 'segments/get', status: 500, times: 2 } });
    await page.goto(`/segments/${WOMEN_IN_MOSCOW.id}`);
    await expect(page.getByText('The server had an internal error: retrying.')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Women in Moscow' })).toBeVisible({ timeout: 30_000 });
  });

  test('a 16 s hang shows the list pending while the app stays usable, then it comes', async ({ page }) => {
    await page.goto('/settings');
    await armDemoOnNextLoad(page, { latencyMs: 16_000, latencyPath: 'segments/list' });
    await page.goto('/segments');
    await expect(table(page)).toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
    await expectAppAlive(page);
    // The demo's own timeout is 60 s (its first answers build the data): the answer arrives.
    await expect(table(page).getByRole('link').first()).toHaveText('Women in Moscow', { timeout: 40_000 });
    await expect(table(page)).not.toHaveAttribute('aria-busy', 'true');
  });

  test('a 16 s hang shows a segment and the editor pending while the app stays usable', async ({ page }) => {
    await page.goto('/settings');
    await armDemoOnNextLoad(page, { latencyMs: 16_000, latencyPath: 'segments/get' });
    await page.goto(`/segments/${WOMEN_IN_MOSCOW.id}/edit`);
    await expect(page.getByRole('status', { name: 'Loading the segment…' })).toBeVisible({ timeout: 30_000 });
    await switcher(page).click();
    await expect(page.getByRole('menuitemradio')).toHaveCount(3);
    await page.keyboard.press('Escape');
    await expect(nameBox(page)).toHaveValue('Women in Moscow', { timeout: 40_000 });

    // The list reads the type and size of the rows on screen through the segment's own query, so a
    // row among the first ones may already be read (and open at once) by the time it is clicked: the
    // segment opened here is one far down the list, which only a search brings on screen.
    await armDemo(page, { latencyMs: 16_000, latencyPath: 'segments/get' });
    await mainNav(page).getByRole('link', { name: 'Segments' }).click();
    await expect(table(page).getByRole('link').first()).toHaveText('Women in Moscow', { timeout: 30_000 });
    await expect(table(page).getByRole('link', { name: LATE_SEGMENT, exact: true })).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Search segments' }).fill(LATE_SEGMENT);
    await table(page).getByRole('link', { name: LATE_SEGMENT, exact: true }).click();
    await expect(page.getByRole('status', { name: 'Loading the segment…' })).toBeVisible();
    await expectAppAlive(page);
    await expect(page.getByRole('heading', { level: 1, name: LATE_SEGMENT })).toBeVisible({ timeout: 40_000 });
  });

  for (const [connection, path, first] of [
    ['Demo · Push0', 'push0/segments', 'Moscow time zone, active this week'],
    ['Demo · Digital Audience', 'da/segment/audience', 'Site visitors, last 30 days'],
  ] as const) {
    test(`the ${connection} list on 500, then Retry`, async ({ page }) => {
      await page.goto('/segments');
      await expect(table(page).getByRole('link').first()).toBeVisible({ timeout: 30_000 });
      await armDemo(page, { failNext: { path, status: 500, times: 100 } });
      await switcher(page).click();
      await page.getByRole('menuitemradio', { name: new RegExp(`^${connection}`) }).click();
      const alert = loadAlert(page, 'Segments could not be loaded');
      await expect(alert).toContainText(/internal error/i, { timeout: 30_000 });
      await expect(switcher(page)).toHaveAccessibleName(`Connection: ${connection}. Switch`);
      await expectAppAlive(page);
      await expect(alert).toBeVisible({ timeout: 30_000 });
      await disarmDemo(page);
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(table(page).getByRole('link').first()).toHaveText(first, { timeout: 30_000 });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Saves on the demo.

test.describe('a save on the demo', () => {
  for (const fault of DEMO_FAULTS) {
    test(`on ${fault.name}: a clear message, nothing lost, and the next Save stores it once`, async ({ page }) => {
      const adds = requestsTo(page, 'segments/add/');
      const name = uniqueName(`demo save ${fault.name}`);
      await openNewSegment(page);
      await typeSegment(page, name);
      await armDemo(page, fault.behavior('segments/add'));
      await saveButton(page).click();

      await expect(saveAlert(page)).toContainText(fault.onSave);
      if (fault.name === '401')
        await expect(saveAlert(page).getByRole('link', { name: 'Open settings' })).toBeVisible();
      await expect(page).toHaveURL(/\/segments\/new$/);
      await expectTypedSegment(page, name);
      await expectEditorAlive(page, name);

      // Nothing lost across a reload either: the draft comes back.
      await disarmDemo(page);
      await reload(page);
      await expect(page.getByText(/Restored your unsaved draft from/)).toBeVisible({ timeout: 30_000 });
      await expectTypedSegment(page, name);

      await saveButton(page).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
      expect(adds.length).toBeGreaterThanOrEqual(2);
      await mainNav(page).getByRole('link', { name: 'Segments' }).click();
      await page.getByRole('searchbox', { name: 'Search segments' }).fill(name);
      await expect(table(page).getByRole('link', { name, exact: true })).toHaveCount(1);
    });
  }

  test('on 429: the write is not retried by itself, and says so', async ({ page }) => {
    const adds = requestsTo(page, 'segments/add/');
    const name = uniqueName('demo save 429');
    await openNewSegment(page);
    await typeSegment(page, name);
    await armDemo(page, { failNext: { path: 'segments/add', status: 429, times: 1 } });
    await saveButton(page).click();
    await expect(saveAlert(page)).toContainText(
      'The segment was not saved: Too many requests. Wait a moment and try again.',
    );
    // Reads retry on 429; a write does not: the one request stays the only one.
    await page.waitForTimeout(3_000);
    expect(adds).toHaveLength(1);
    await expect(page.getByText(/retrying/)).toHaveCount(0);
    await expectTypedSegment(page, name);
    await expectEditorAlive(page, name);

    await saveButton(page).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
    expect(adds).toHaveLength(2);
  });

  test('on a 16 s hang: Save shows it is busy, the app stays usable, and the save lands', async ({ page }) => {
    const adds = requestsTo(page, 'segments/add/');
    const name = uniqueName('demo save hang');
    await openNewSegment(page);
    await typeSegment(page, name);
    await armDemo(page, { latencyMs: 16_000, latencyPath: 'segments/add' });
    await saveButton(page).click();
    await expect(saveButton(page)).toHaveAttribute('aria-busy', 'true');
    await expect(saveButton(page)).toBeDisabled();
    // The app bar works; leaving asks first, and staying keeps the form as it was.
    await expectEditorAlive(page, name);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 40_000 });
    expect(adds).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Over real HTTP: an Altcraft connection to the mock server, with its answers replaced.

test.describe('over real HTTP', () => {
  for (const fault of HTTP_FAULTS) {
    test(`the list, on ${fault.name}`, async ({ page, context }) => {
      await connectOverHttp(page);
      const clear = await routeHttp(context, 'segments/list/', fault.answer);
      await mainNav(page).getByRole('link', { name: 'Segments' }).click();
      const alert = loadAlert(page, 'Segments could not be loaded');
      await expect(alert).toContainText(fault.onLoad, { timeout: 30_000 });
      // The body of an error page is never shown as it came.
      await expect(alert).not.toContainText('<');
      await expectAppAlive(page);
      await expect(alert).toBeVisible({ timeout: 30_000 });

      await clear();
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(table(page).getByRole('link').first()).toHaveText('Women in Moscow', { timeout: 30_000 });
    });

    test(`a segment's page, on ${fault.name}`, async ({ page, context }) => {
      await connectOverHttp(page);
      const clear = await routeHttp(context, 'segments/get/', fault.answer);
      await page.goto(`/segments/${WOMEN_IN_MOSCOW.id}`);
      await expect(page.getByRole('heading', { level: 1, name: 'The segment could not be loaded' })).toBeVisible({
        timeout: 30_000,
      });
      const alert = loadAlert(page);
      await expect(alert).toContainText(fault.onLoad);
      await expectAppAlive(page);
      await expect(alert).toBeVisible({ timeout: 30_000 });

      await clear();
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Women in Moscow' })).toBeVisible({ timeout: 30_000 });
    });

    test(`the editor, on ${fault.name} on load and then on save`, async ({ page, context }) => {
      const adds = requestsTo(page, 'segments/add/');
      const name = uniqueName(`http ${fault.name}`);
      await connectOverHttp(page);
      await openNewSegment(page);
      await typeSegment(page, name);
      await expectDraftWith(page, 'Moscow');

      // On load: the databases fail; Retry brings the editor back with the draft.
      const clearLoad = await routeHttp(context, 'databases/list/', fault.answer);
      await reload(page);
      const databasesAlert = loadAlert(page, 'The databases could not be loaded');
      await expect(databasesAlert).toContainText(fault.onLoad, { timeout: 30_000 });
      await expectAppAlive(page);
      await expect(databasesAlert).toBeVisible({ timeout: 30_000 });
      await clearLoad();
      await databasesAlert.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByText(/Restored your unsaved draft from/)).toBeVisible({ timeout: 30_000 });
      await expectTypedSegment(page, name);

      // On save.
      const clearSave = await routeHttp(context, 'segments/add/', fault.answer);
      await saveButton(page).click();
      await expect(saveAlert(page)).toContainText(fault.onSave);
      await expect(saveAlert(page)).not.toContainText('<');
      await expect(page).toHaveURL(/\/segments\/new$/);
      await expectTypedSegment(page, name);
      await expectEditorAlive(page, name);
      expect(adds).toHaveLength(1);

      await clearSave();
      await saveButton(page).click();
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
      expect(adds).toHaveLength(2);
      // A write that may have been stored is resent under its Request-ID; a refused one is new.
      const [first, second] = await Promise.all(adds.map((request) => request.headerValue('Request-ID')));
      expect(first).toBeTruthy();
      if (fault.onSave.source.startsWith(UNCERTAIN)) expect(second).toBe(first);
      else expect(second).not.toBe(first);
    });
  }

  test('a 429 with Retry-After on a read is retried after that wait, saying so', async ({ page, context }) => {
    await connectOverHttp(page);
    let answered = 0;
    await routeHttp(context, 'segments/list/', async (route) => {
      answered += 1;
      if (answered > 1) return route.fallback();
      return route.fulfill({
        status: 429,
        headers: { 'Retry-After': '2', 'Access-Control-Expose-Headers': 'Retry-After' },
        contentType: 'application/json',
        body: JSON.stringify({ error: 429, error_text: 'Too many requests', data: null }),
      });
    });
    await mainNav(page).getByRole('link', { name: 'Segments' }).click();
    await expect(page.getByText('Too many requests: retrying in 2 s.')).toBeVisible({ timeout: 30_000 });
    await expect(table(page).getByRole('link').first()).toHaveText('Women in Moscow', { timeout: 30_000 });
    expect(answered).toBe(2);
  });

  test('a 429 with Retry-After on a save is not retried blindly: it says when to try', async ({ page, context }) => {
    const adds = requestsTo(page, 'segments/add/');
    const name = uniqueName('http save 429');
    await connectOverHttp(page);
    await openNewSegment(page);
    await typeSegment(page, name);
    const clear = await routeHttp(context, 'segments/add/', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'Retry-After': '3', 'Access-Control-Expose-Headers': 'Retry-After' },
        contentType: 'application/json',
        body: JSON.stringify({ error: 429, error_text: 'Too many requests', data: null }),
      }),
    );
    await saveButton(page).click();
    await expect(saveAlert(page)).toContainText('The segment was not saved: Too many requests. Try again in 3 s.');
    await page.waitForTimeout(4_000);
    expect(adds).toHaveLength(1);
    await expectTypedSegment(page, name);

    await clear();
    await saveButton(page).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
    expect(adds).toHaveLength(2);
  });

  test('a read that hangs past 15 s times out with a message, and Retry loads', async ({ page, context }) => {
    await connectOverHttp(page);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const clear = await routeHttp(context, 'segments/list/', async (route) => {
      await held;
      await route.abort().catch(() => {});
    });
    await mainNav(page).getByRole('link', { name: 'Segments' }).click();
    await expect(table(page)).toHaveAttribute('aria-busy', 'true');
    const alert = loadAlert(page, 'Segments could not be loaded');
    await expect(alert).toContainText('The server did not answer within 15 s.', { timeout: 25_000 });
    await expectAppAlive(page);
    await clear();
    release();
    // Back on the list, its read went out again (and was let go just now): Retry if it failed meanwhile.
    await expect(async () => {
      if (await alert.isVisible()) await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(table(page).getByRole('link').first()).toHaveText('Women in Moscow', { timeout: 5_000 });
    }).toPass({ timeout: 40_000 });
  });

  test('a save that hangs past 15 s may have been saved; the next Save ends on one segment', async ({
    page,
    context,
  }) => {
    const adds = requestsTo(page, 'segments/add/');
    const name = uniqueName('http save hang');
    await connectOverHttp(page);
    await openNewSegment(page);
    await typeSegment(page, name);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The request reaches the server, which stores the segment; its answer never comes back.
    const clear = await routeHttp(context, 'segments/add/', async (route) => {
      await route.fetch();
      await held;
      await route.abort().catch(() => {});
    });
    await saveButton(page).click();
    await expect(saveButton(page)).toHaveAttribute('aria-busy', 'true');
    await expect(saveAlert(page)).toContainText(`${UNCERTAIN} The server did not answer within 15 s.`, {
      timeout: 25_000,
    });
    await expect(saveAlert(page)).toContainText(SAME_ID);
    await expectTypedSegment(page, name);
    await expectEditorAlive(page, name);
    release();
    await clear();

    await saveButton(page).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
    const ids = await Promise.all(adds.map((request) => request.headerValue('Request-ID')));
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    await expectOneSegmentNamed(page, name);
  });

  test('a save whose answer is lost may have been saved; the next Save resends it and ends on ONE segment', async ({
    page,
    context,
  }) => {
    const adds = requestsTo(page, 'segments/add/');
    const name = uniqueName('lost answer');
    await connectOverHttp(page);
    await openNewSegment(page);
    await typeSegment(page, name);

    // The first save reaches the server and is stored; a gateway then loses the answer.
    let forwarded = 0;
    const stored: string[] = [];
    await routeHttp(context, 'segments/add/', async (route) => {
      forwarded += 1;
      if (forwarded > 1) return route.fallback();
      const response = await route.fetch();
      stored.push(await response.text());
      return route.fulfill({ status: 502, contentType: 'text/html', body: HTML_502 });
    });
    await saveButton(page).click();
    const alert = saveAlert(page);
    await expect(alert).toContainText(UNCERTAIN);
    await expect(alert).toContainText(SAME_ID);
    expect(JSON.parse(stored[0]!)).toMatchObject({ error: 0 });
    await expectTypedSegment(page, name);

    // The next Save sends the same write under the same Request-ID; the server replays its answer.
    const replay = page.waitForResponse(
      (response) =>
        response.url().endsWith('/segments/add/') && response.request().method() === 'POST' && adds.length === 2,
    );
    await saveButton(page).click();
    expect(await (await replay).headerValue('Duplicate-Request')).toBe('true');
    await expect(page).toHaveURL(/\/segments\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    const ids = await Promise.all(adds.map((request) => request.headerValue('Request-ID')));
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).toBe(ids[0]);
    expect(adds[1]!.postData()).toBe(adds[0]!.postData());

    await expectOneSegmentNamed(page, name);
    await page.getByRole('searchbox', { name: 'Search segments' }).fill(name);
    await expect(table(page).getByRole('link', { name, exact: true })).toHaveCount(1);
  });
});
