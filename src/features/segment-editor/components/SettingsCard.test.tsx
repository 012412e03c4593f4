import { render, screen, within } from '@testing-library/react';
import type { Capabilities } from '@/domain/model';
import { newSegmentValues } from '../segmentForm';
import { CAPABILITIES } from '../testData';
import { SettingsCard, type SettingsErrors, type Update, type UpdateBlock } from './SettingsCard';

const READ_ONLY = 'As the server reports them: this backend does not store changes to tags.';

function renderCard(capabilities: Capabilities, errors: SettingsErrors = {}, tags = ['vip', 'geo']) {
  render(
    <SettingsCard
      values={{ ...newSegmentValues(capabilities, 1), tags }}
      update={vi.fn<Update>()}
      updateBlock={vi.fn<UpdateBlock>()}
      setDatabase={vi.fn<(databaseId: number) => void>()}
      capabilities={capabilities}
      databases={[{ id: 1, name: 'Customers' }]}
      databaseLocked={false}
      databaseSize={undefined}
      blockIndex={0}
      errors={errors}
    />,
  );
}

describe('SettingsCard: tags', () => {
  it('shows the tags a server reports, read-only, where the backend cannot store them', () => {
    renderCard({ ...CAPABILITIES, tags: false });
    expect(screen.queryByRole('combobox', { name: 'Tags' })).not.toBeInTheDocument();
    const tags = screen.getByRole('group', { name: 'Tags' });
    expect(tags).toHaveAccessibleDescription(READ_ONLY);
    expect(
      within(tags)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['vip', 'geo']);
    expect(within(tags).queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers nothing to edit where the backend stores no tags and the segment has none', () => {
    renderCard({ ...CAPABILITIES, tags: false }, {}, []);
    expect(screen.queryByRole('combobox', { name: 'Tags' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Tags' })).not.toBeInTheDocument();
  });

  it('offers editing where the backend stores them, with the tags as chips', async () => {
    renderCard({ ...CAPABILITIES, tags: true, description: true });
    // The chips come with the combobox, which arrives after the first render (TagsField).
    expect(await screen.findByText('vip')).toBeInTheDocument();
    const input = screen.getByRole('combobox', { name: 'Tags' });
    expect(input).not.toHaveAccessibleDescription(READ_ONLY);
    expect(screen.queryByText(READ_ONLY)).not.toBeInTheDocument();
  });

  it('shows an error in place of the note', () => {
    renderCard({ ...CAPABILITIES, tags: false }, { tags: 'Too many tags' });
    expect(screen.getByRole('group', { name: 'Tags' })).toHaveAccessibleDescription('Too many tags');
    renderCard({ ...CAPABILITIES, tags: true }, { tags: 'Too many tags' });
    expect(screen.getByRole('combobox', { name: 'Tags' })).toHaveAccessibleDescription('Too many tags');
  });
});
