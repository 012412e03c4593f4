import type { Page } from '@playwright/test';
import { seededStore } from '@/mocks/seed';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The demo is seeded deterministically, so Node sees the same segments and profiles as the page. */
const store = seededStore();

function seeded(name: string) {
  const segment = store.segmentNamed(name);
  if (!segment) throw new Error(`No seeded segment "${name}"`);
  return segment;
}

async function openDetail(page: Page, name: string) {
  await page.goto(`/segments/${seeded(name).id}`);
  // The first visit starts the embedded backend, which seeds its profiles: slow on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
}

const card = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('shows the summary, the tree and the counts, and recounts with progress', async ({ page }) => {
  await openDetail(page, 'Women in Moscow');
  await expect(card(page, 'Summary')).toContainText('Dynamic segment of “Customers”');
  await expect(card(page, 'Conditions').getByRole('listitem').first()).toBeVisible();
  const size = card(page, 'Size');
  await expect(
    size.getByRole('table', { name: 'Counts per channel' }).getByRole('rowheader', { name: 'Email' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'docs/screenshot-detail.png', fullPage: true });

  await size.getByRole('button', { name: 'Recount' }).click();
  const progress = size.getByRole('progressbar', { name: 'Recount progress' });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuenow', /\d+/);
  await expect(size.getByText(/Recounting… \d+%/)).toBeVisible();
  await expect(size.getByText('Counts updated.')).toBeVisible({ timeout: 15_000 });
  await expect(progress).toBeHidden();
});

test('shows the stored payload as JSON and XML', async ({ page }) => {
  await openDetail(page, 'Women in Moscow');
  const payload = card(page, 'Stored payload');
  await expect(payload.getByRole('tabpanel')).toContainText('"is_static": false');
  await payload.getByRole('tab', { name: 'XML' }).click();
  await expect(payload.getByRole('tabpanel')).toContainText('<is_static>false</is_static>');
});

test('adds and removes static members, with a result for each profile', async ({ page }) => {
  const segment = seeded('Hand-picked VIPs');
  const members = store.members(segment.id);
  const outsiders = store
    .profiles(segment.list_id)
    .filter((profile) => !members.has(profile.id) && profile.email)
    .slice(0, 2)
    // By email: ids and emails are both accepted.
    .map((profile) => String(profile.email));
  await openDetail(page, 'Hand-picked VIPs');
  await expectNoAxeViolations(page);
  const panel = card(page, 'Members');
  const input = panel.getByRole('textbox', { name: 'Profile IDs or emails' });

  await input.fill(`${outsiders.join('\n')}\nno-such-profile`);
  await panel.getByRole('button', { name: 'Add to segment' }).click();
  const results = panel.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('listitem')).toHaveText([
    `${outsiders[0]}Added`,
    `${outsiders[1]}Added`,
    'no-such-profileProfile not found',
  ]);
  await expect(panel.getByText('Finished: 2 added, 1 not found.')).toBeVisible();

  await input.fill(outsiders[0]!);
  await panel.getByRole('button', { name: 'Remove from segment' }).click();
  await expect(results.getByRole('listitem')).toHaveText([`${outsiders[0]}Removed`]);
});

test('checks a profile and shows which conditions pass or fail', async ({ page }) => {
  const segment = seeded('Women in Moscow');
  // Women in Moscow: gender is Female (2) and city is Moscow.
  const profiles = store.profiles(segment.list_id);
  const member = profiles.find((p) => p.email && p._sex === 2 && p._city === 'Moscow')!;
  const outsider = profiles.find((p) => p.email && p._sex === 1 && p._city === 'Moscow')!;
  await openDetail(page, 'Women in Moscow');
  const panel = card(page, 'Check a profile');
  const input = panel.getByRole('textbox', { name: 'Profile ID or email' });

  await input.fill(String(member.email));
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(panel.getByText(`${String(member.email)} is in this segment.`)).toBeVisible();
  await expect(panel.getByText('Does not match')).toHaveCount(0);
  await expect(panel.getByText('Matches')).toHaveCount(3);

  await input.fill(String(outsider.email));
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(panel.getByText(`${String(outsider.email)} is not in this segment.`)).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Gender' }).last()).toContainText('Does not match');
  await expect(panel.getByRole('listitem').filter({ hasText: 'City' }).last()).toContainText('Matches');
});

test('uploads a CSV of members, with determinate progress, Cancel, and a final result', async ({ page }) => {
  const segment = seeded('Hand-picked VIPs');
  const members = store.members(segment.id);
  const outsiders = store
    .profiles(segment.list_id)
    .filter((profile) => !members.has(profile.id) && profile.email)
    .slice(0, 12);
  await openDetail(page, 'Hand-picked VIPs');
  const panel = card(page, 'Members');
  // A spreadsheet export: BOM, semicolons, a quoted name, emails in a named column, one row twice.
  const rows = outsiders.map((p, i) => `"${p._fname}; ${i}";${String(p.email)}`);
  const csv = `\uFEFFName;Email\r\n${[...rows, rows[0]].join('\r\n')}\r\n`;
  await panel.getByLabel('CSV file of profile IDs or emails').setInputFiles({
    name: 'vips.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await expect(panel.getByText('Read 13 profiles from vips.csv; 1 duplicate removed.')).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Profile IDs or emails' })).toHaveValue(
    outsiders.map((p) => String(p.email)).join('\n'),
  );

  // Slow each add down so the progress can be seen.
  await page.evaluate(() =>
    window.__segmentStudioMocks!.setMockBehavior!({ latencyMs: 400, latencyPath: 'profiles/segstatic/add' }),
  );
  await panel.getByRole('button', { name: 'Add to segment' }).click();
  const progress = panel.getByRole('progressbar', { name: 'Adding profiles' });
  await expect(progress).toHaveAttribute('aria-valuetext', /^[1-9]\d* of 12$/);
  await expect(progress).toHaveAttribute('aria-valuenow', /^[1-9]\d*$/);
  await expect(panel.getByText(/^[1-9]\d* of 12$/)).toBeVisible();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  const verdict = panel.getByText(/^Cancelled after \d+ of 12: \d+ added, \d+ not sent\./);
  await expect(verdict).toBeVisible();
  await expect(progress).toBeHidden();

  // The rest are back in the box; sending them finishes the job.
  await page.evaluate(() => window.__segmentStudioMocks!.resetMockBehavior!());
  await panel.getByRole('button', { name: 'Add to segment' }).click();
  await expect(panel.getByText(/^Finished: \d+ added\.$/)).toBeVisible();
  await expect(panel.getByRole('textbox', { name: 'Profile IDs or emails' })).toHaveValue('');
  await expectNoAxeViolations(page);
});

test('says why a profile that matches every condition is outside the segment', async ({ page }) => {
  const segment = seeded('Gold members in Moscow — pilot');
  // Gold members in Moscow, by email. About half fall outside the 0–50% sample (a bucket of the
  // profile id, which the page's backend decides), so the first few checks find one.
  const candidates = store
    .profiles(segment.list_id)
    .filter((p) => p.email && p.loyalty_tier === 'gold' && p._city === 'Moscow')
    .slice(0, 12)
    .map((p) => String(p.email));
  await openDetail(page, 'Gold members in Moscow — pilot');
  const panel = card(page, 'Check a profile');
  const input = panel.getByRole('textbox', { name: 'Profile ID or email' });
  let outside: string | undefined;
  for (const email of candidates) {
    await input.fill(email);
    await panel.getByRole('button', { name: 'Check' }).click();
    const verdict = panel.getByText(new RegExp(`^${email.replace(/[.+]/g, '\\$&')} is (not )?in this segment\\.`));
    await expect(verdict).toBeVisible();
    if ((await verdict.textContent())?.includes('is not in')) {
      outside = email;
      break;
    }
  }
  expect(outside, 'one of 12 gold Moscow profiles falls outside the 0–50% sample').toBeDefined();
  await expect(panel.getByText('It matches all conditions but falls outside the 0–50% sample.')).toBeVisible();
  await expect(panel.getByText('Does not match')).toHaveCount(0);
});

test('"Who is in it" shows the first members and when they were counted', async ({ page }) => {
  await openDetail(page, 'Women in Moscow');
  const sample = card(page, 'Who is in it');
  const table = sample.getByRole('table', { name: 'Members of this segment' });
  await expect(table.getByRole('row')).toHaveCount(21);
  await expect(table.getByRole('columnheader', { name: 'City' })).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('Moscow');
  await expect(sample.getByText(/^The first 20 of [\d,]+ members\.$/)).toBeVisible();
  await expect(sample.getByText(/^Counted at \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}/)).toBeVisible();
});

test('Delete on the detail page confirms, then returns to the list with Undo', async ({ page }) => {
  await openDetail(page, 'Gmail users');
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete “Gmail users”?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/segments$/);
  await expect(page.getByText('Deleted “Gmail users”.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('table', { name: 'Segments' }).getByRole('link', { name: 'Gmail users', exact: true }),
  ).toBeVisible();
});

test('an unknown segment says so, with a way back', async ({ page }) => {
  await page.goto('/segments/999999');
  await expect(page.getByRole('heading', { level: 1, name: 'Segment not found' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Back to segments' }).click();
  await expect(page).toHaveURL(/\/segments$/);
});
