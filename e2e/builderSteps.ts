import { expect, type Page } from '@playwright/test';

/**
 * Picks a field for the new row whose Field combobox has focus: typing filters the list (the text is
 * selected, so it is replaced) and Enter picks.
 */
export async function chooseFocusedField(page: Page, label: string) {
  const field = page.locator(':focus');
  await expect(field).toHaveRole('combobox');
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(label);
}
