/**
 * The editor's settings and helpers (issue 13): the sample's size and count, the estimate across a
 * database switch, value suggestions, and tags that survive save and clone.
 */
import type { Page } from '@playwright/test';
import { waitForQuietDemo } from './demoQuiet';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { chooseFocusedField } from './builderSteps';

async function openNewSegment(page: Page) {
  await page.goto('/segments/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New segment' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Add condition' })).toBeVisible({ timeout: 30_000 });
}

const estimate = (page: Page) => page.getByRole('status', { name: 'Estimated size' });
const number = (text: string) => Number(text.replace(/[^\d]/g, ''));

test.describe('editor settings', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a 20 % sample shows a sane count of what it keeps', async ({ page }) => {
    await openNewSegment(page);
    await page.getByRole('spinbutton', { name: 'Sample size' }).fill('20');
    const caption = page.getByRole('group', { name: 'Sample', exact: true });
    await expect(caption).toHaveAccessibleDescription(/^≈ [\d,]+ of [\d,]+ profiles/);
    const words = await page.getByText(/^≈ [\d,]+ of [\d,]+ profiles/).innerText();
    const [kept, of] = words.match(/[\d,]+/g)!.map(number);
    expect(of).toBeGreaterThan(0);
    expect(kept).toBeGreaterThanOrEqual(0);
    expect(Math.abs(kept! - of! * 0.2)).toBeLessThanOrEqual(1);
    // The exact range follows: 0–20 %.
    await page.getByRole('button', { name: 'Choose the exact range' }).click();
    await expect(page.getByRole('spinbutton', { name: 'Sample from' })).toHaveValue('0');
    await expect(page.getByRole('spinbutton', { name: 'Sample to' })).toHaveValue('20');

    // Crossed ends are named, never counted negative, and swapped once the range is left.
    await page.getByRole('spinbutton', { name: 'Sample from' }).fill('80');
    await expect(page.getByText(/-\d/)).toHaveCount(0);
    await expect(page.getByText('The start (80 %) is above the end (20 %).', { exact: false })).toBeVisible();
    await page.getByRole('textbox', { name: 'Name' }).click();
    await expect(page.getByText('the sample is now 20–80 %', { exact: false })).toBeVisible();
    await expect(page.getByRole('spinbutton', { name: 'Sample size' })).toHaveValue('60');
  });

  test('switching the database drops the old estimate and shows the new one', async ({ page }) => {
    await openNewSegment(page);
    await expect(estimate(page)).toHaveText(/≈ 50,000 profiles/, { timeout: 30_000 });
    await page.getByRole('combobox', { name: 'Database' }).click();
    await page.getByRole('option', { name: 'Newsletter' }).click();
    await expect(estimate(page)).not.toContainText('50,000');
    await expect(estimate(page)).toHaveText(/≈ 20,000 profiles/, { timeout: 30_000 });
    await expect(page.getByRole('progressbar', { name: 'Updating…' })).toHaveCount(0);

    // With a condition: the group's count follows too and "updating" ends.
    await page.getByRole('button', { name: 'Add condition' }).click();
    await chooseFocusedField(page, 'City');
    await page.getByRole('textbox', { name: 'Value' }).fill('Moscow');
    await expect(page.getByText('updating', { exact: true })).toHaveCount(0, { timeout: 30_000 });
    const newsletter = number(await estimate(page).innerText());
    await page.getByRole('combobox', { name: 'Database' }).click();
    await page.getByRole('option', { name: 'Customers' }).click();
    await expect(estimate(page)).not.toHaveText(`≈ ${newsletter.toLocaleString('en-US')} profiles`, {
      timeout: 30_000,
    });
    await expect(page.getByText('updating', { exact: true })).toHaveCount(0, { timeout: 30_000 });
    await expect(estimate(page)).toHaveAttribute('aria-busy', 'false');
  });

  test('typing "St. P" suggests "Saint Petersburg", and a value no profile has is flagged', async ({ page }) => {
    await openNewSegment(page);
    await page.getByRole('button', { name: 'Add condition' }).click();
    await chooseFocusedField(page, 'City');
    const value = page.getByRole('textbox', { name: 'Value' });
    await value.click();
    await page.keyboard.type('St. P');
    const suggestions = page.getByRole('listbox', { name: 'Suggested values' });
    await expect(suggestions.getByRole('option', { name: 'Saint Petersburg' })).toBeVisible({ timeout: 30_000 });

    await page.keyboard.type('etersburg');
    await expect(page.getByText('No profile has this value. Did you mean “Saint Petersburg”?')).toBeVisible();
    await expect(value).toHaveAccessibleDescription(/No profile has this value/);
    await expectNoAxeViolations(page);

    // Picking the suggestion from the keyboard fixes it, and adds no condition.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(value).toHaveValue('Saint Petersburg');
    await expect(page.getByText(/No profile has this value/)).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Value' })).toHaveCount(1);
  });

  test("a seeded segment's tags show, and survive save and clone", async ({ page }) => {
    await page.goto('/segments');
    await page.getByRole('searchbox', { name: 'Search segments' }).fill('Lapsed VIPs');
    const href = await page.getByRole('link', { name: 'Lapsed VIPs', exact: true }).getAttribute('href');
    await waitForQuietDemo(page);
    await page.goto(`${href}/edit`);
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Lapsed VIPs', { timeout: 30_000 });
    const settings = page.getByRole('region', { name: 'Settings' });
    const tags = settings.getByRole('combobox', { name: 'Tags' });
    await expect(settings.getByText('vip', { exact: true })).toBeVisible();
    await expect(settings.getByText('reactivation', { exact: true })).toBeVisible();
    await tags.fill('spring');
    await tags.press('Enter');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/segments\/\d+$/);

    const listed = page.getByRole('list', { name: 'Tags' });
    await expect(listed).toContainText('vip');
    await expect(listed).toContainText('reactivation');
    await expect(listed).toContainText('spring');

    await page.getByRole('button', { name: 'Clone' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lapsed VIPs (copy)' })).toBeVisible({ timeout: 30_000 });
    const copied = page.getByRole('list', { name: 'Tags' });
    await expect(copied).toContainText('vip');
    await expect(copied).toContainText('reactivation');
    await expect(copied).toContainText('spring');
  });
});
