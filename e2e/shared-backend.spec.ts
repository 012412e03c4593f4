/**
 * The embedded backend is one backend for every tab of the origin (a SharedWorker), stored in
 * IndexedDB: two tabs saving at once get distinct ids and both saves survive a reload, and a save
 * the browser cannot store fails visibly and leaves nothing behind.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Each test runs two tabs' backends at once, each seeding and counting 80,000 profiles. Alone, a
// test takes about 30 s and a tab's first visit 3–6 s; beside another such test on a 2-core CI
// machine, recording its trace, the whole took 96 s and a second tab's first visit over 30 s.
test.describe.configure({ timeout: 180_000 });

/** A first visit's wait: it starts the embedded backend, which seeds its profiles (see above). */
const FIRST_VISIT_MS = 60_000;

async function openNewSegment(page: Page) {
  await page.goto('/segments/new');
  await expect(page.getByRole('button', { name: 'Add condition' })).toBeVisible({ timeout: FIRST_VISIT_MS });
}

/** Names a new static segment (it needs no conditions). */
async function fillStaticSegment(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('radio', { name: /^Static/ }).check();
}

const savedId = (page: Page) => Number(/\/segments\/(\d+)$/.exec(new URL(page.url()).pathname)?.[1]);

/**
 * Two tabs save at the same time: distinct ids, each tab lists the other's segment, and both
 * survive a reload after every tab has closed.
 */
async function saveFromTwoTabs(
  page: Page,
  context: BrowserContext,
  prepareOther: (other: Page) => Promise<void> = async () => {},
) {
  const other = await context.newPage();
  await prepareOther(other);
  await Promise.all([openNewSegment(page), openNewSegment(other)]);
  await fillStaticSegment(page, 'Saved in tab one');
  await fillStaticSegment(other, 'Saved in tab two');

  await Promise.all([
    page.getByRole('button', { name: 'Save' }).click(),
    other.getByRole('button', { name: 'Save' }).click(),
  ]);
  // Where the backends run in the pages, each tab's thread also seeds and counts: slow on a busy machine.
  await expect(page).toHaveURL(/\/segments\/\d+$/, { timeout: 30_000 });
  await expect(other).toHaveURL(/\/segments\/\d+$/, { timeout: 30_000 });
  expect(savedId(page)).not.toBe(savedId(other));

  // Each tab sees the other's segment: one store, not one per tab.
  for (const [tab, name] of [
    [page, 'Saved in tab two'],
    [other, 'Saved in tab one'],
  ] as const) {
    await tab.goto('/segments');
    await tab.getByRole('searchbox', { name: 'Search segments' }).fill('Saved in tab');
    await expect(tab.getByRole('link', { name, exact: true })).toBeVisible({ timeout: 30_000 });
  }

  // Every tab closes: the worker goes away, only IndexedDB remains.
  await other.close();
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search segments' }).fill('Saved in tab');
  await expect(page.getByRole('link', { name: 'Saved in tab one', exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: 'Saved in tab two', exact: true })).toBeVisible();
}

test('two tabs saving at the same time get distinct ids, and both saves survive a reload', async ({
  page,
  context,
}) => {
  await saveFromTwoTabs(page, context);
});

test('without SharedWorker (Chrome on Android), tabs still share one store: distinct ids, no save lost', async ({
  page,
  context,
}) => {
  // Each tab then runs the backend in a worker of its own (src/mocks/browser.ts); the tabs take
  // turns through a Web Lock and reread what another tab wrote (src/mocks/worker/acrossTabs.ts).
  await context.addInitScript(() => {
    Reflect.deleteProperty(window, 'SharedWorker');
  });
  await saveFromTwoTabs(page, context);
});

/** As in a browser, or a page, where no worker can start: the backend then runs in the page itself. */
async function withoutWorkers(target: BrowserContext | Page) {
  await target.addInitScript(() => {
    Reflect.deleteProperty(window, 'SharedWorker');
    Reflect.deleteProperty(window, 'Worker');
  });
}

test('where no worker can start, backends running in the pages still share one store', async ({ page, context }) => {
  // The last resort (src/mocks/browser.ts, inPage) takes turns with the other tabs too.
  await withoutWorkers(context);
  await saveFromTwoTabs(page, context);
});

test('a tab on the shared worker and a tab whose backend runs in the page share one store', async ({
  page,
  context,
}) => {
  // Two different backends at once: also what two builds of the app do, whose workers' scripts differ.
  await saveFromTwoTabs(page, context, withoutWorkers);
});

test.describe('a save the browser cannot store', () => {
  test.use({ expectedConsoleErrors: [] });

  test('fails with a message that says why, and keeps nothing of it', async ({ page }) => {
    await openNewSegment(page);
    await fillStaticSegment(page, 'Does not fit');
    // The backend's writes fail from now on as a full storage's would (QuotaExceededError), for this tab.
    await page.evaluate(() => window.__segmentStudioMocks!.setMockBehavior!({ storageFull: true }));

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByText(/The demo data could not be saved: the browser's storage for this site is full/),
    ).toBeVisible({
      timeout: 30_000,
    });
    await expect(page).toHaveURL(/\/segments\/new$/);
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Does not fit');

    // Nothing of it was kept, in the live store or in IndexedDB.
    await page.evaluate(() => window.__segmentStudioMocks!.resetMockBehavior!());
    await page.goto('/segments');
    await page.getByRole('searchbox', { name: 'Search segments' }).fill('Does not fit');
    await expect(page.getByText('No segments match “Does not fit”.')).toBeVisible({ timeout: 30_000 });
    await page.reload();
    await expect(page.getByText('No segments match “Does not fit”.')).toBeVisible({ timeout: 30_000 });
  });
});
