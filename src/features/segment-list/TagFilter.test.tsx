import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TagFilter } from './TagFilter';

/** The toolbar's use of it: the list's view holds the tags. */
function Harness({ initial = [], onChange }: { initial?: string[]; onChange: (tags: string[]) => void }) {
  const [tags, setTags] = useState(initial);
  return (
    <TagFilter
      value={tags}
      options={['vip', 'triggers']}
      onChange={(next) => {
        onChange(next);
        setTags(next);
      }}
      label="Tags"
      placeholder="Any tag"
    />
  );
}

/** Whether MUI's Autocomplete has replaced the stand-in (both are comboboxes named Tags). */
const comboboxLoaded = () =>
  waitFor(() => expect(screen.getByRole('combobox', { name: 'Tags' }).closest('.MuiAutocomplete-root')).not.toBeNull());

describe('the list’s tag filter', () => {
  it('stands in as a combobox of the same name, and fetches the real one only when reached for', async () => {
    render(<Harness onChange={() => {}} />);
    const standIn = screen.getByRole('combobox', { name: 'Tags' });
    expect(standIn).toHaveAttribute('aria-expanded', 'false');
    expect(standIn).toHaveAttribute('placeholder', 'Any tag');
    expect(standIn.closest('.MuiAutocomplete-root')).toBeNull();

    await userEvent.hover(standIn);
    await comboboxLoaded();
    expect(screen.getByRole('combobox', { name: 'Tags' })).not.toHaveFocus();
  });

  it('carries what was typed, and the focus, into the combobox; Enter there adds the tag', async () => {
    const onChange = vi.fn<(tags: string[]) => void>();
    render(<Harness onChange={onChange} />);
    // From the keyboard: Tab to the field and type, whenever the combobox arrives meanwhile.
    await userEvent.tab();
    await userEvent.keyboard('tri');
    await comboboxLoaded();
    const combobox = screen.getByRole('combobox', { name: 'Tags' });
    expect(combobox).toHaveValue('tri');
    expect(combobox).toHaveFocus();
    // It opens with the matching tags, as if it had been there all along.
    expect(await screen.findByRole('option', { name: 'triggers' })).toBeVisible();

    await userEvent.type(combobox, 'ggers ');
    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['triggers']);
  });

  it('reports no change for Enter on nothing but spaces in the combobox, as in the stand-in', async () => {
    const onChange = vi.fn<(tags: string[]) => void>();
    render(<Harness initial={['vip']} onChange={onChange} />);
    await comboboxLoaded();
    await userEvent.type(screen.getByRole('combobox', { name: 'Tags' }), '   {Enter}');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('fetches the combobox at once when a filter is already set, to show its tags', async () => {
    render(<Harness initial={['vip']} onChange={() => {}} />);
    await comboboxLoaded();
    expect(screen.getByRole('button', { name: 'vip' })).toBeVisible();
  });
});
