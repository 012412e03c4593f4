import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { appTip, AppTips } from './TipLayer';

function Page() {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref}>
      <AppTips containerRef={ref} />
      <button type="button" aria-label="Theme: system" {...appTip('Theme: system (click for light)')}>
        ◐
      </button>
      <span {...appTip('Undo (Ctrl+Z)')}>
        <button type="button" aria-label="Undo" disabled>
          ↶
        </button>
      </span>
      <button type="button" aria-label="No tip here">
        ×
      </button>
    </div>
  );
}

describe('the app’s tips', () => {
  it('shows a marked element’s tip after a hover pause, hidden from assistive technology', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.hover(screen.getByRole('button', { name: 'Theme: system' }));
    const tip = await screen.findByText('Theme: system (click for light)', {}, { timeout: 2_000 });
    expect(tip).toHaveAttribute('aria-hidden', 'true');
    // The control's own name is untouched: the tip only repeats it.
    expect(screen.getByRole('button', { name: 'Theme: system' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByText('Theme: system (click for light)')).not.toBeInTheDocument();
  });

  it('explains a disabled button through its wrapper, and leaves unmarked buttons alone', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.hover(screen.getByText('↶').parentElement!);
    expect(await screen.findByText('Undo (Ctrl+Z)', {}, { timeout: 2_000 })).toBeInTheDocument();

    await user.hover(screen.getByRole('button', { name: 'No tip here' }));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(screen.queryByText('Undo (Ctrl+Z)')).not.toBeInTheDocument();
    expect(screen.queryByText('No tip here')).not.toBeInTheDocument();
  });
});
