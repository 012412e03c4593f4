import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getActiveConnection, resetConnectionsForTests, saveConnection } from '@/api/connections';
import { renderRoute } from '@/test/render';
import { AppLayout } from './AppLayout';
import { RequireConnection } from './RequireConnection';

function renderApp(path: string) {
  return renderRoute(
    [
      {
        path: '/',
        element: <AppLayout />,
        children: [
          {
            element: <RequireConnection />,
            children: [
              { path: 'segments', element: <p>segment list</p> },
              { path: 'segments/:id', element: <p>one</p> },
            ],
          },
          { path: 'settings', element: <p>settings page</p> },
        ],
      },
    ],
    path,
  );
}

describe('connection switcher', () => {
  it('shows the active connection in the banner and lists every connection', async () => {
    saveConnection({ vendor: 'push0', name: 'Mobile push', baseUrl: 'https://api.push0.test/v1', remember: false });
    const user = userEvent.setup();
    renderApp('/segments');
    const banner = screen.getByRole('banner');
    const button = within(banner).getByRole('button', { name: /Connection/ });
    expect(button).toHaveTextContent('Demo · Altcraft');
    await user.click(button);
    const items = screen.getAllByRole('menuitemradio');
    expect(items.map((item) => item.textContent)).toEqual([
      'Demo · AltcraftAltcraft',
      'Demo · Push0Push0',
      'Demo · Digital AudienceDigital Audience',
      'Mobile pushPush0',
    ]);
    expect(items[0]).toHaveAttribute('aria-checked', 'true');
  });

  it('switches this tab and leaves a segment page, whose id belongs to the old connection', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/segments/12');
    await user.click(screen.getByRole('button', { name: /Connection/ }));
    await user.click(screen.getByRole('menuitemradio', { name: /Demo · Push0/ }));
    expect(getActiveConnection()?.id).toBe('demo-push0');
    expect(router.state.location.pathname).toBe('/segments');
    expect(screen.getByRole('button', { name: /Connection/ })).toHaveTextContent('Demo · Push0');
  });

  it('leads to Settings when there is no connection at all', async () => {
    resetConnectionsForTests(false);
    const user = userEvent.setup();
    const { router } = renderApp('/segments');
    expect(screen.getByText(/No backend is connected yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Add connection' }));
    expect(router.state.location.pathname).toBe('/settings');
  });

  it('opens Settings from the menu', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/segments');
    await user.click(screen.getByRole('button', { name: /Connection/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Manage connections…' }));
    expect(router.state.location.pathname).toBe('/settings');
  });
});
