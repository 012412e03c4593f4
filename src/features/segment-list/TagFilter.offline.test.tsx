import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TagFilter } from './TagFilter';

// Offline: the combobox's chunk fails to load.
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

it('keeps the stand-in working when the combobox cannot be fetched', async () => {
  const onChange = vi.fn<(tags: string[]) => void>();
  render(
    <TagFilter value={[]} options={[]} onChange={onChange} label="Tags" placeholder="Any tag" loadField={offline} />,
  );
  const standIn = screen.getByRole('combobox', { name: 'Tags' });
  await userEvent.type(standIn, 'vip{Enter}');
  expect(onChange).toHaveBeenCalledWith(['vip']);
  expect(screen.getByRole('combobox', { name: 'Tags' })).toBe(standIn);
});
