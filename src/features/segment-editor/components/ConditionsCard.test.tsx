import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { builderCapabilitiesOf } from '@/builder';
import { newBlock } from '../segmentForm';
import { CAPABILITIES, CATALOG, cond, group } from '../testData';
import { ConditionsCard } from './ConditionsCard';

function renderCard(blockCount: number, onBlockIndex = vi.fn<(index: number) => void>(), blockIndex = 0) {
  const blocks = Array.from({ length: blockCount }, (_unused, index) => ({
    ...newBlock(1),
    root: group(`root-${index}`, 'and', [
      cond(`c-${index}`, '_city', 'equals', { kind: 'one', value: `City ${index}` }),
    ]),
  }));
  render(
    <ConditionsCard
      blocks={blocks}
      kind="dynamic"
      conditionsSupported
      catalog={CATALOG}
      catalogError={null}
      onRetryCatalog={() => undefined}
      capabilities={builderCapabilitiesOf(CAPABILITIES)}
      problems={[]}
      groupCounts={undefined}
      countsPending={false}
      blockIndex={blockIndex}
      onBlockIndex={onBlockIndex}
      onRootChange={() => undefined}
      serverError={undefined}
    />,
  );
  return onBlockIndex;
}

describe('ConditionsCard: blocks', () => {
  it('shows one tab per block of a segment with several, and switches on a click', async () => {
    const onBlockIndex = renderCard(3, undefined, 1);
    // The tabs' module arrives after the first render; the tree is there at once.
    const tabs = await screen.findByRole('tablist');
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Audience 1', 'Audience 2', 'Audience 3']);
    expect(within(tabs).getByRole('tab', { name: 'Audience 2' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveValue('City 1');
    await userEvent.setup().click(within(tabs).getByRole('tab', { name: 'Audience 3' }));
    expect(onBlockIndex).toHaveBeenCalledWith(2);
  });

  it('has no tabs for a segment with one block', async () => {
    renderCard(1);
    expect(await screen.findByRole('textbox', { name: 'Value' })).toHaveValue('City 0');
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(screen.queryByText('A profile joins when it matches any of the audiences below.')).not.toBeInTheDocument();
  });
});
