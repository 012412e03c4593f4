import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';
import { ErrorBoundary } from './ErrorBoundary';
import { createQueryClient } from './queryClient';
import { RouteError } from './RouteError';

function Broken(): never {
  throw new Error('The tree has a cycle');
}

afterEach(() => vi.restoreAllMocks());

describe('error screens', () => {
  it('shows a readable message with Reload instead of a white screen', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reload = vi.fn<() => void>();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    render(
      <AppProviders queryClient={createQueryClient()}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </AppProviders>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText(/Drafts are saved in this browser/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Technical details: The tree has a cycle');
    expect(screen.getByRole('link', { name: 'Go to segments' })).toHaveAttribute('href', '/segments');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
    expect(logged).toHaveBeenCalled();
  });

  it('catches errors thrown while rendering a route', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const router = createMemoryRouter([{ path: '/', element: <Broken />, errorElement: <RouteError /> }]);
    render(
      <AppProviders queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The tree has a cycle');
  });
});
