import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { SampleRange } from '@/domain/model';
import { SampleField } from './SampleField';

function Harness(props: {
  initial: SampleRange;
  matching?: number;
  databaseSize?: number;
  /** As the editor passes it; tests that give a matching count mean a block with conditions. */
  hasConditions?: boolean;
  onChange?: (r: SampleRange) => void;
}) {
  const [value, setValue] = useState(props.initial);
  return (
    <>
      <SampleField
        value={value}
        databaseSize={props.databaseSize}
        hasConditions={props.hasConditions ?? props.matching !== undefined}
        matching={props.matching}
        onChange={(next) => {
          props.onChange?.(next);
          setValue(next);
        }}
      />
      <button type="button">Elsewhere</button>
    </>
  );
}

beforeEach(() => localStorage.clear());

describe('SampleField', () => {
  it('never shows a negative count for crossed ends, names them, and swaps them with a note on leaving', async () => {
    const user = userEvent.setup();
    const changes: SampleRange[] = [];
    render(<Harness initial={{ from: 0, to: 20 }} databaseSize={50_000} onChange={(r) => changes.push(r)} />);
    // A sample from 0 % is said by its size; the exact range is an advanced option, closed until asked for.
    expect(screen.queryByRole('spinbutton', { name: 'Sample from' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choose the exact range' }));
    const from = screen.getByRole('spinbutton', { name: 'Sample from' });
    await user.clear(from);
    await user.type(from, '80');
    expect(screen.queryByText(/-\d/)).not.toBeInTheDocument();
    const fieldset = screen.getByRole('group', { name: 'Sample' });
    expect(fieldset).toHaveAccessibleDescription(
      'The start (80 %) is above the end (20 %). Leave the range and the ends are swapped.',
    );
    // Both thumbs show the range in order; nothing pretends it is 20–80 already.
    expect(screen.getByRole('spinbutton', { name: 'Sample to' })).toHaveValue(20);

    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(changes.at(-1)).toEqual({ from: 20, to: 80 });
    expect(screen.getByRole('status')).toHaveTextContent(
      'The start was above the end, so they were swapped: the sample is now 20–80 %.',
    );
    expect(screen.getByRole('spinbutton', { name: 'Sample from' })).toHaveValue(20);
    expect(screen.getByRole('spinbutton', { name: 'Sample to' })).toHaveValue(80);
    expect(fieldset).toHaveAccessibleDescription('≈ 30,000 of 50,000 profiles in the database');
  });

  it('counts its share of the profiles that match the conditions, not of the database', () => {
    render(<Harness initial={{ from: 0, to: 20 }} databaseSize={50_000} matching={168} />);
    expect(screen.getByRole('group', { name: 'Sample' })).toHaveAccessibleDescription(
      '≈ 34 of 168 profiles that match the conditions',
    );
  });

  it('without conditions, counts the whole database', () => {
    render(<Harness initial={{ from: 0, to: 100 }} databaseSize={50_000} />);
    expect(screen.getByRole('group', { name: 'Sample' })).toHaveAccessibleDescription(
      'No sample: all 50,000 profiles in the database',
    );
  });

  it('with conditions not yet counted, speaks of the profiles that match them, never of the database', () => {
    const { unmount } = render(<Harness initial={{ from: 0, to: 100 }} databaseSize={50_000} hasConditions />);
    expect(screen.getByRole('group', { name: 'Sample' })).toHaveAccessibleDescription(
      'No sample: every profile that matches the conditions',
    );
    unmount();
    render(<Harness initial={{ from: 0, to: 20 }} databaseSize={50_000} hasConditions />);
    expect(screen.getByRole('group', { name: 'Sample' })).toHaveAccessibleDescription(
      '20% of the profiles that match the conditions',
    );
  });

  it('offers "Sample size" as the simple control: 20 % is the range 0–20 %', async () => {
    const user = userEvent.setup();
    const changes: SampleRange[] = [];
    render(<Harness initial={{ from: 0, to: 100 }} matching={1_000} onChange={(r) => changes.push(r)} />);
    expect(screen.getByRole('group', { name: 'Sample' })).toHaveAccessibleDescription(
      'No sample: all 1,000 profiles that match the conditions',
    );
    const size = screen.getByRole('spinbutton', { name: 'Sample size' });
    await user.clear(size);
    await user.type(size, '20');
    expect(changes.at(-1)).toEqual({ from: 0, to: 20 });
    expect(screen.getByRole('group', { name: 'Sample' })).toHaveAccessibleDescription(
      '≈ 200 of 1,000 profiles that match the conditions',
    );
    await user.click(screen.getByRole('button', { name: 'Choose the exact range' }));
    expect(screen.getByRole('spinbutton', { name: 'Sample to' })).toHaveValue(20);
  });

  it('keeps the exact range behind a disclosure that remembers being closed', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness initial={{ from: 10, to: 60 }} />);
    const toggle = screen.getByRole('button', { name: 'Hide the exact range' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // The slider's module arrives after the first render; the number inputs are there at once.
    expect(await screen.findAllByRole('slider', { name: 'Sample' })).toHaveLength(2);
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Choose the exact range' })).toHaveAttribute('aria-expanded', 'false');
    await vi.waitFor(() => expect(screen.queryByRole('slider', { name: 'Sample' })).not.toBeInTheDocument());
    // The simple control still says how big the sample is.
    expect(screen.getByRole('spinbutton', { name: 'Sample size' })).toHaveValue(50);
    unmount();
    render(<Harness initial={{ from: 10, to: 60 }} />);
    expect(screen.getByRole('button', { name: 'Choose the exact range' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves a thumb without letting the ends cross', async () => {
    const changes: SampleRange[] = [];
    render(<Harness initial={{ from: 10, to: 60 }} onChange={(r) => changes.push(r)} />);
    const [low] = await screen.findAllByRole('slider', { name: 'Sample' });
    fireEvent.keyDown(low!, { key: 'End' });
    expect(changes.at(-1)!.from).toBeLessThan(changes.at(-1)!.to);
  });
});
