import { screen, waitFor } from '@testing-library/react';
import { condition, group, none } from './fixtures/trees';
import { renderBuilder } from './testing/renderBuilder';

/** jsdom lays nothing out: give the input the widths a browser would measure. */
function measure(input: HTMLElement, { content, box }: { content: number; box: number }) {
  Object.defineProperty(input, 'scrollWidth', { configurable: true, value: content });
  Object.defineProperty(input, 'clientWidth', { configurable: true, value: box });
}

const tip = () => document.querySelector('[aria-hidden="true"][style*="left"]');

describe('FieldCombobox: a label cut short', () => {
  it('shows the full label in a tooltip on hover, and keeps the full label as the value', async () => {
    const { user } = renderBuilder(group('root', 'and', [condition('c1', 'last_order_date', 'is_empty', none)]));
    const field = screen.getByRole('combobox', { name: 'Field' });
    expect(field).toHaveValue('Last order date');
    measure(field, { content: 131, box: 96 });

    await user.hover(field);

    await waitFor(() => expect(tip()).toHaveTextContent('Last order date'));
    // The accessible name stays "Field"; the value, which is read out, is the whole label.
    expect(field).toHaveAccessibleName('Field');
    expect(field).toHaveValue('Last order date');
  });

  it('shows no tooltip where the label fits', async () => {
    const { user } = renderBuilder(group('root', 'and', [condition('c1', 'last_order_date', 'is_empty', none)]));
    const field = screen.getByRole('combobox', { name: 'Field' });
    measure(field, { content: 131, box: 160 });

    await user.hover(field);
    // Longer than the tooltip's hover delay.
    await new Promise((done) => setTimeout(done, 600));

    expect(tip()).toBeNull();
    expect(field).not.toHaveAttribute('data-tip');
  });

  it('drops a tooltip once the label fits again (the window grew)', async () => {
    const { user } = renderBuilder(group('root', 'and', [condition('c1', 'last_order_date', 'is_empty', none)]));
    const field = screen.getByRole('combobox', { name: 'Field' });
    measure(field, { content: 131, box: 96 });
    await user.hover(field);
    expect(field).toHaveAttribute('data-tip', 'Last order date');

    await user.unhover(field);
    measure(field, { content: 131, box: 200 });
    await user.hover(field);

    expect(field).not.toHaveAttribute('data-tip');
  });
});
