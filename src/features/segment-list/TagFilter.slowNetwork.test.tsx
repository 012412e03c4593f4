import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TagFilter } from './TagFilter';

// A slow network: the combobox's chunk does not arrive during these tests. Passed as the loader:
// a module mock that never resolves let the real chunk through in about half the runs.
const neverArrives = () => new Promise<never>(() => {});

describe('the list’s tag filter before its combobox has arrived', () => {
  it('adds the typed tag on Enter, trimmed and once', async () => {
    const onChange = vi.fn<(tags: string[]) => void>();
    render(
      <TagFilter
        value={['vip']}
        options={[]}
        onChange={onChange}
        label="Tags"
        placeholder="Any tag"
        loadField={neverArrives}
      />,
    );
    const standIn = screen.getByRole('combobox', { name: 'Tags' });
    await userEvent.type(standIn, '  new tag {Enter}');
    expect(onChange).toHaveBeenCalledWith(['vip', 'new tag']);
    await waitFor(() => expect(standIn).toHaveValue(''));

    onChange.mockClear();
    await userEvent.type(standIn, 'vip{Enter}');
    expect(onChange).toHaveBeenCalledWith(['vip']);
  });

  it('ignores Enter on nothing typed', async () => {
    const onChange = vi.fn<(tags: string[]) => void>();
    render(
      <TagFilter
        value={[]}
        options={[]}
        onChange={onChange}
        label="Tags"
        placeholder="Any tag"
        loadField={neverArrives}
      />,
    );
    await userEvent.type(screen.getByRole('combobox', { name: 'Tags' }), '   {Enter}');
    expect(onChange).not.toHaveBeenCalled();
  });
});
