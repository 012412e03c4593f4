/**
 * The whole life of a segment from the keyboard alone: Tab, Shift+Tab, Enter, Space, the arrows and
 * Escape; no mouse and no clicks. `focus()` is used once, to start from the main navigation, the
 * way a keyboard user starts from the top of the page. Outcomes are checked by the text shown.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForQuietDemo } from './demoQuiet';

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 120 } = {}) {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

test('creates, clones and deletes a segment from the keyboard only', async ({ page }) => {
  test.setTimeout(150_000);
  const name = `Keyboard only ${Date.now().toString(36)}`;
  const copy = `${name} (copy)`;

  await page.goto('/segments');
  await expect(page.getByRole('table', { name: 'Segments' }).getByRole('link').first()).toBeVisible({
    timeout: 30_000,
  });
  // The one focus() call: the start of the keyboard journey, in the app bar.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Segments' }).focus();

  // List → New segment.
  await tabTo(page, page.getByRole('link', { name: 'New segment' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New segment' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Add condition' })).toBeVisible({ timeout: 30_000 });

  // Name: a new segment starts there, and nothing is red before anything is typed.
  await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await page.keyboard.type(name);

  // One condition: Field from the combobox, Operator with the arrows, then the Value.
  await tabTo(page, page.getByRole('button', { name: 'Add condition' }));
  await page.keyboard.press('Enter');
  const field = page.getByRole('combobox', { name: 'Field' });
  await expect(field).toBeFocused();
  await page.keyboard.type('City');
  // Enter picks the active option, the first once the list has followed the typing (a busy machine
  // can be a frame behind the keys).
  await expect(
    page
      .getByRole('listbox', { name: /fields/i })
      .getByRole('option')
      .first(),
  ).toContainText('City');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue('City');

  await page.keyboard.press('Tab');
  const operator = page.getByRole('combobox', { name: 'Operator' });
  await expect(operator).toBeFocused();
  await expect(operator.locator('option:checked')).toHaveText('is');
  await page.keyboard.press('ArrowDown');
  await expect(operator.locator('option:checked')).toHaveText('is not');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Value' })).toBeFocused();
  await page.keyboard.type('Moscow');

  // Save from where the cursor is (Ctrl+S, Cmd+S on a Mac); the saved segment's heading takes focus.
  await page.keyboard.press('ControlOrMeta+s');
  await expect(page).toHaveURL(/\/segments\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeFocused();
  await expect(page.getByText(`Segment “${name}” saved`)).toBeVisible();
  const conditions = page.getByRole('region', { name: 'Conditions', exact: true });
  await expect(conditions).toContainText('City');
  await expect(conditions).toContainText('is not');
  await expect(conditions).toContainText('Moscow');
  const original = page.url();

  // Clone: the copy opens.
  await tabTo(page, page.getByRole('button', { name: 'Clone' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: copy })).toBeVisible();
  await expect(page.getByText(`Cloned as “${copy}”.`)).toBeVisible();
  expect(page.url()).not.toBe(original);
  await expect(page.getByRole('region', { name: 'Conditions', exact: true })).toContainText('Moscow');

  // Delete the copy: Escape first dismisses the dialog and keeps it, then the confirmation deletes it.
  await tabTo(page, page.getByRole('button', { name: 'Delete' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Delete “${copy}”?` });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Delete' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: copy })).toBeVisible();

  await page.keyboard.press('Space');
  await expect(dialog).toBeVisible();
  // Focus is inside the dialog; Tab moves to its Delete button (the trap keeps it there).
  await tabTo(page, dialog.getByRole('button', { name: 'Delete' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/segments$/);
  await expect(page.getByText(`Deleted “${copy}”.`)).toBeVisible();

  // The list, searched from the keyboard: the original is there and the copy is not.
  const search = page.getByRole('searchbox', { name: 'Search segments' });
  await tabTo(page, search, { backwards: true });
  await page.keyboard.type(name);
  const table = page.getByRole('table', { name: 'Segments' });
  await expect(table.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(table.getByRole('link', { name: copy, exact: true })).toHaveCount(0);
  // The delete goes out when the Undo window closes; after a reload the copy is still gone.
  await expect(page.getByText(`Deleted “${copy}”.`)).toBeHidden({ timeout: 20_000 });
  await waitForQuietDemo(page);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search segments' })).toHaveValue(name, { timeout: 30_000 });
  await expect(table.getByRole('link', { name, exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole('link', { name: copy, exact: true })).toHaveCount(0);
});
