import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TouchTarget } from '../draftModel';
import { useTouchOnLeave } from './useTouchOnLeave';

function Form({ onTouch }: { onTouch: (target: TouchTarget) => void }) {
  const onLeave = useTouchOnLeave(onTouch, 0);
  return (
    <div onBlur={onLeave}>
      <input id="segment-name" aria-label="Name" />
      <ul>
        <li data-node-id="c1">
          <input aria-label="Field" />
          <input aria-label="Value" />
        </li>
      </ul>
      <button type="button">Add condition</button>
    </div>
  );
}

describe('useTouchOnLeave', () => {
  it('marks a settings control once it is left, and a row only once focus is out of the whole row', async () => {
    const user = userEvent.setup();
    const touched: TouchTarget[] = [];
    render(<Form onTouch={(target) => touched.push(target)} />);
    await user.click(screen.getByRole('textbox', { name: 'Name' }));
    await user.keyboard('{Tab}');
    expect(touched).toEqual([{ path: 'name' }]);
    // Field → Value stays inside the row.
    await user.keyboard('{Tab}');
    expect(touched).toEqual([{ path: 'name' }]);
    await user.keyboard('{Tab}');
    expect(touched).toEqual([{ path: 'name' }, { nodeId: 'c1' }]);
  });

  it('waits until a click is over before marking what the click took focus from', async () => {
    vi.useFakeTimers();
    try {
      const touched: TouchTarget[] = [];
      render(<Form onTouch={(target) => touched.push(target)} />);
      const value = screen.getByRole('textbox', { name: 'Value' });
      const add = screen.getByRole('button', { name: 'Add condition' });
      value.focus();
      // The press moves focus first; a problem shown now would move the button from under the pointer.
      fireEvent.pointerDown(add);
      add.focus();
      expect(touched).toEqual([]);
      fireEvent.pointerUp(add);
      fireEvent.click(add);
      expect(touched).toEqual([]);
      vi.runAllTimers();
      expect(touched).toEqual([{ nodeId: 'c1' }]);
    } finally {
      vi.useRealTimers();
    }
  });
});
