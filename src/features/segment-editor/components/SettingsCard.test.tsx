import { render, screen } from '@testing-library/react';
import type { Capabilities } from '@/domain/model';
import { newSegmentValues } from '../segmentForm';
import { CAPABILITIES } from '../testData';
import { SettingsCard, type SettingsErrors, type Update, type UpdateBlock } from './SettingsCard';

const NOT_STORED = 'Not stored by this backend; kept in exported files only.';

function renderCard(capabilities: Capabilities, errors: SettingsErrors = {}) {
  render(
    <SettingsCard
      values={{ ...newSegmentValues(capabilities, 1), tags: ['vip'] }}
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
  return screen.getByRole('combobox', { name: 'Tags' });
}

describe('SettingsCard: tags', () => {
  it('says that tags are not stored where the backend drops them', () => {
    const tags = renderCard({ ...CAPABILITIES, tags: false });
    expect(tags).toHaveAccessibleDescription(NOT_STORED);
  });

  it('says nothing more where the backend stores them', () => {
    const tags = renderCard({ ...CAPABILITIES, tags: true, description: true });
    expect(tags).not.toHaveAccessibleDescription(NOT_STORED);
    expect(screen.queryByText(NOT_STORED)).not.toBeInTheDocument();
  });

  it('shows an error in place of the note', () => {
    const tags = renderCard({ ...CAPABILITIES, tags: false }, { tags: 'Too many tags' });
    expect(tags).toHaveAccessibleDescription('Too many tags');
  });
});
