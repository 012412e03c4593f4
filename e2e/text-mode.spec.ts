import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Bodies the embedded backend receives for segments/add/, in order. */
function captureCreates(page: Page) {
  const bodies: Array<Record<string, unknown>> = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/segments/add/')) {
      bodies.push(request.postDataJSON() as Record<string, unknown>);
    }
  });
  return bodies;
}

async function openNewSegment(page: Page) {
  await page.goto('/segments/new');
  // The first visit starts the embedded backend, which seeds its profiles: slow on a busy machine.
  await expect(page.getByRole('heading', { level: 1, name: 'New segment' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Add condition' })).toBeVisible({ timeout: 30_000 });
}

/** Switches the conditions to text; the editor loads on first use. */
async function openText(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Text', exact: true }).click();
  const editor = page.getByRole('textbox', { name: 'Conditions as text' });
  await expect(editor).toBeVisible({ timeout: 15_000 });
  return editor;
}

/** Pastes as the browser does: a paste event carrying the text, handled by the editor itself. */
async function paste(editor: Locator, text: string) {
  await editor.click();
  await editor.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const query = (name: string, operator: string, type: string, value: unknown) => ({
  compo: 'default',
  name,
  operator,
  type,
  value: [{ name: 'default', value }],
});

test.describe('text mode', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a query pasted into a new segment is saved, and the detail page shows it as text', async ({ page }) => {
    const creates = captureCreates(page);
    await openNewSegment(page);
    await page.getByRole('textbox', { name: 'Name' }).fill('E2E text — pasted');
    const editor = await openText(page);
    // Empty, with an example as its placeholder.
    await expect(editor.locator('.cm-line')).toHaveCount(1);
    await expect(editor.locator('.cm-placeholder')).toBeVisible();
    await paste(editor, '_city = "Moscow" and (orders_count > 3 or is_vip is true)');
    await expect(editor).toHaveText('_city = "Moscow" and (orders_count > 3 or is_vip is true)');
    // The tree took it: the overview describes it and counts it.
    await expect(page.getByRole('status', { name: 'Estimated size' })).toHaveText(/≈ [\d,]+ profiles?/);
    await expect(page.getByText('Line 1, column')).toHaveCount(0);

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/segments\/\d+$/);
    expect(creates).toHaveLength(1);
    const [block] = creates[0]!.segment as Array<Record<string, unknown>>;
    expect(block!.condition).toBe('and');
    expect(block!.queries).toEqual([
      query('_city', 'equal', 'unicode', 'Moscow'),
      expect.objectContaining({
        condition: 'or',
        child: [
          query('orders_count', 'greater', 'int', 3),
          expect.objectContaining({ name: 'is_vip', operator: 'equal', value: [{ name: 'default', value: true }] }),
        ],
      }),
    ]);

    // The detail page reads it back, read-only, with the same words.
    const conditions = page.getByRole('region', { name: 'Conditions', exact: true });
    await conditions.getByRole('button', { name: 'Text', exact: true }).click();
    await expect(conditions.getByLabel('Conditions as text')).toHaveText(
      '_city = "Moscow" and (orders_count > 3 or is_vip is true)',
    );
    await expect(conditions.getByRole('button', { name: 'Copy as text' })).toBeVisible();
  });

  test('the text follows the builder, and the builder follows the text', async ({ page }) => {
    await openNewSegment(page);
    await page.getByRole('button', { name: 'Add condition' }).click();
    const field = page.locator(':focus');
    await page.keyboard.type('City');
    await page.keyboard.press('Enter');
    await expect(field).toHaveValue('City');
    await page.getByRole('textbox', { name: 'Value' }).fill('Moscow');

    const editor = await openText(page);
    await expect(editor).toHaveText('_city = "Moscow"');

    // Typed by hand, with a suggestion taken from the list.
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' and orders_co');
    const suggestions = page.getByRole('listbox');
    const suggestion = suggestions.getByRole('option', { name: /orders_count/ });
    await expect(suggestion).toBeVisible();
    await suggestion.click();
    await page.keyboard.type(' > 30');
    await page.keyboard.press('Backspace');
    await expect(editor).toHaveText('_city = "Moscow" and orders_count > 3');

    // Back in the builder, the typed condition is a row; an edit there rewrites the text.
    await page.getByRole('button', { name: 'Visual', exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Field' })).toHaveCount(2);
    await expect(page.getByRole('combobox', { name: 'Field' }).last()).toHaveValue('Orders');
    await page.getByRole('textbox', { name: 'Value' }).fill('Kazan');
    await openText(page);
    await expect(editor).toHaveText('_city = "Kazan" and orders_count > 3');

    // Undo while the text is shown: the text follows the form's history.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(editor).toHaveText('_city = "Moscow" and orders_count > 3');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect(editor).toHaveText('_city = "Kazan" and orders_count > 3');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(editor).toHaveText('_city = "Moscow" and orders_count > 3');
    await expectNoAxeViolations(page);
  });

  test('a typo is marked at its place and blocks nothing else', async ({ page }) => {
    const creates = captureCreates(page);
    await openNewSegment(page);
    await page.getByRole('textbox', { name: 'Name' }).fill('E2E text — after a typo');
    const editor = await openText(page);
    await editor.click();
    await page.keyboard.type('_city = "Moscow"');
    // Text that reads reaches the tree at once: the overview says it.
    await expect(page.getByRole('complementary', { name: 'Segment overview' })).toContainText('City is Moscow');
    await page.keyboard.press('Enter');
    await page.keyboard.type('and orders_count >> 3');
    await expect(editor).toHaveText('_city = "Moscow"and orders_count >> 3');
    await expect(page.getByText(/^Line 2, column 19: Expected a value, but found “>”\./)).toBeVisible();
    await expect(editor).toHaveAttribute('aria-invalid', 'true');
    await expect(editor.locator('.cm-lintRange-error')).toHaveText('>');

    // Save names the error and goes to it.
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The text has an error' })).toContainText(
      'The text has an error at line 2, column 19',
    );
    await expect(editor).toBeFocused();
    expect(creates).toHaveLength(0);

    // The tree kept its last good state, and the Visual view works as ever.
    await page.getByRole('button', { name: 'Visual', exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Field' })).toHaveCount(1);
    await expect(page.getByRole('textbox', { name: 'Value' })).toHaveValue('Moscow');
    await page.getByRole('button', { name: 'Add condition' }).click();
    await page.keyboard.type('VIP');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: 'Field' })).toHaveCount(2);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page).toHaveURL(/\/segments\/\d+$/);
    expect(creates).toHaveLength(1);
  });
});
