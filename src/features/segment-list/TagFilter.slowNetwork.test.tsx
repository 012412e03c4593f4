import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TagFilter } from './TagFilter';

// A slow network: the combobox's chunk does not arrive during these tests. Passed as the loader:
// a module mock that never resolves let the real chunk through in about half the runs.
const neverArrives = () => new Promise<never>(() => {});

/** The stand-in, filtered by `value`, with the combobox never arriving. */
function renderStandIn(value: string[]) {
  const onChange = vi.fn<(tags: string[]) => void>();
  render(
    <TagFilter
      value={value}
      options={[]}
      onChange={onChange}
      label="Tags"
      placeholder="Any tag"
      loadField={neverArrives}
    />,
  );
  return { onChange, standIn: screen.getByRole('combobox', { name: 'Tags' }) };
}

describe('the list’s tag filter before its combobox has arrived', () => {
  it('adds the typed tag on Enter, trimmed and once', async () => {
    const { onChange, standIn } = renderStandIn(['vip']);
    await userEvent.type(standIn, '  new tag {Enter}');
    expect(onChange).toHaveBeenCalledWith(['vip', 'new tag']);
    await waitFor(() => expect(standIn).toHaveValue(''));

    onChange.mockClear();
    await userEvent.type(standIn, 'vip{Enter}');
    expect(onChange).toHaveBeenCalledWith(['vip']);
  });

  it('ignores Enter on nothing typed', async () => {
    const { onChange, standIn } = renderStandIn([]);
    await userEvent.type(standIn, '   {Enter}');
    expect(onChange).not.toHaveBeenCalled();
  });
});
