import { render, screen } from '@testing-library/react';
import type { EstimateState } from '../hooks/useEstimate';
import { EstimateSection } from './EstimateSection';

const state = (patch: Partial<EstimateState>): EstimateState => ({
  available: true,
  total: undefined,
  perGroup: undefined,
  pending: false,
  error: null,
  ...patch,
});

describe('EstimateSection', () => {
  it('counts afresh after a database switch: no old figure, a progress bar', () => {
    render(<EstimateSection estimate={state({ pending: true })} kind="dynamic" ready />);
    const output = screen.getByRole('status', { name: 'Estimated size' });
    expect(output).toHaveTextContent('Counting…');
    expect(output).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('progressbar', { name: 'Updating…' })).toBeInTheDocument();
  });

  it('says there is no figure, rather than "Counting…" forever, while the conditions cannot be estimated', () => {
    render(<EstimateSection estimate={state({})} kind="dynamic" ready={false} />);
    const output = screen.getByRole('status', { name: 'Estimated size' });
    expect(output).toHaveTextContent('No estimate yet');
    expect(output).toHaveTextContent('The estimate updates once every condition is complete.');
    expect(output).toHaveAttribute('aria-busy', 'false');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('ends "updating" with the error', () => {
    render(<EstimateSection estimate={state({ total: 168, error: new Error('boom') })} kind="dynamic" ready />);
    expect(screen.getByRole('status', { name: 'Estimated size' })).toHaveTextContent(/≈ 168 profiles/);
    expect(screen.queryByText('Updating…')).not.toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
