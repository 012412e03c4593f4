import { EditorView } from '@codemirror/view';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '@/test/render';
import SegmentEditorPage from './SegmentEditorPage';

// jsdom has no layout: CodeMirror measures text ranges, which jsdom leaves out.
beforeAll(() => {
  const rects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  const rect = () => new DOMRect(0, 0, 0, 0);
  Range.prototype.getClientRects ??= rects;
  Range.prototype.getBoundingClientRect ??= rect;
});

function renderEditor() {
  const user = userEvent.setup();
  renderRoute([{ path: '/segments/new', element: <SegmentEditorPage /> }], '/segments/new');
  return user;
}

async function openText(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('button', { name: 'Add condition' }, { timeout: 10_000 });
  await user.click(screen.getByRole('button', { name: 'Text' }));
  return screen.findByRole('textbox', { name: 'Conditions as text' }, { timeout: 10_000 });
}

/** Replaces the whole text as a paste would: one transaction through the editor itself. */
async function setText(textbox: HTMLElement, text: string) {
  const view = EditorView.findFromDOM(textbox)!;
  // Async, so the editor's reading of the text (right after the change) is done when this returns.
  await act(async () => {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, userEvent: 'input.paste' });
  });
}

const textOf = (textbox: HTMLElement) => EditorView.findFromDOM(textbox)!.state.doc.toString();

describe('text mode in the editor', () => {
  it('shows the conditions as text beside Visual, named "Conditions as text"', async () => {
    const user = renderEditor();
    const textbox = await openText(user);
    expect(textbox).toHaveAttribute('aria-multiline', 'true');
    expect(textbox).toHaveAttribute('contenteditable', 'true');
    expect(screen.getByRole('button', { name: 'Text' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Visual' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Copy as text' })).toBeVisible();
    // Visual brings the builder back.
    await user.click(screen.getByRole('button', { name: 'Visual' }));
    expect(screen.queryByRole('textbox', { name: 'Conditions as text' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add condition' })).toBeVisible();
  });

  it('a valid edit updates the tree: the builder shows it after switching back', async () => {
    const user = renderEditor();
    const textbox = await openText(user);
    await setText(textbox, '_city = "Kazan" and orders_count > 3');
    await user.click(screen.getByRole('button', { name: 'Visual' }));
    const fields = screen.getAllByRole('combobox', { name: 'Field' });
    expect(fields.map((field) => (field as HTMLInputElement).value)).toEqual(['City', 'Orders']);
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveValue('Kazan');
    // And the text follows the builder: printed afresh, the same conditions.
    await user.click(screen.getByRole('button', { name: 'Text' }));
    expect(textOf(await screen.findByRole('textbox', { name: 'Conditions as text' }))).toBe(
      '_city = "Kazan" and orders_count > 3',
    );
  });

  it('a typo shows its line and column below the editor and leaves the tree as it was', async () => {
    const user = renderEditor();
    const textbox = await openText(user);
    await setText(textbox, '_city = "Kazan"');
    await setText(textbox, '_city = "Kazan"\nand orders_count >> 3');
    expect(await screen.findByText(/^Line 2, column 19: /)).toBeVisible();
    expect(textbox).toHaveAttribute('aria-invalid', 'true');
    expect(textbox).toHaveAccessibleDescription(/^Line 2, column 19: /);

    // Save names the error instead of saving.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/The text has an error at line 2, column 19/);

    // The tree kept its last good state.
    await user.click(screen.getByRole('button', { name: 'Visual' }));
    expect(screen.getAllByRole('combobox', { name: 'Field' }).map((f) => (f as HTMLInputElement).value)).toEqual([
      'City',
    ]);
    // Leaving the text view drops its unread text, and Save is no longer stopped by it.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('Ctrl+Z after a text edit brings back the previous text', async () => {
    const user = renderEditor();
    const textbox = await openText(user);
    await setText(textbox, '_city = "Kazan"');
    await setText(textbox, '_city = "Kazan" and orders_count > 3');
    textbox.focus();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(textOf(textbox)).toBe('_city = "Kazan"'));
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(textOf(textbox)).toBe('_city = "Kazan" and orders_count > 3'));
    // The toolbar's Undo does the same.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(textOf(textbox)).toBe('_city = "Kazan"'));
  });

  it('copies the text', async () => {
    const user = renderEditor();
    const textbox = await openText(user);
    await setText(textbox, 'is_vip is true');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(writeText).toHaveBeenCalledWith('is_vip is true');
    expect(within(textbox.closest('.MuiBox-root')!.parentElement!).getByText('Copied to the clipboard')).toBeVisible();
  });
});
