import { render, screen } from '@testing-library/react';
import { DetailGrid } from './DetailStates';

function Broken(): never {
  throw new Error('counts exploded');
}

describe('DetailGrid', () => {
  it('keeps a failing card to itself: the other cards still show', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <DetailGrid
        main={
          <>
            <section aria-label="Summary">summary text</section>
            {null}
          </>
        }
        side={
          <>
            <Broken />
            <section aria-label="Settings">settings text</section>
          </>
        }
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This part of the page failed to show');
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent('summary text');
    expect(screen.getByRole('region', { name: 'Settings' })).toHaveTextContent('settings text');
  });
});
