import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { CardBoundary } from './CardBoundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('card exploded');
  return <p>card content</p>;
}

function Page() {
  const [clicks, setClicks] = useState(0);
  return (
    <>
      <button onClick={() => setClicks((n) => n + 1)}>elsewhere {clicks}</button>
      <CardBoundary>
        <Fragile />
      </CardBoundary>
    </>
  );
}

describe('CardBoundary', () => {
  it('keeps a crash inside its card, and lets the card be tried again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<Page />);
    expect(screen.getByRole('alert')).toHaveTextContent('This part of the page failed to show');
    await user.click(screen.getByRole('button', { name: 'elsewhere 0' }));
    expect(screen.getByRole('button', { name: 'elsewhere 1' })).toBeInTheDocument();
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('card content')).toBeInTheDocument();
  });
});
