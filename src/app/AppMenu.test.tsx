import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getLanguage } from '@/ui/i18n';
import { renderRoute } from '@/test/render';
import { AppLayout } from './AppLayout';

function renderApp(path: string) {
  return renderRoute(
    [
      {
        path: '/',
        element: <AppLayout />,
        children: [
          { path: 'segments', element: <p>segment list</p> },
          { path: 'segments/:id', element: <p>one segment</p> },
          { path: 'settings', element: <p>settings page</p> },
        ],
      },
    ],
    path,
  );
}

/** The app bar's menu (shown instead of the page buttons below 900 px). */
async function openMenu(user: ReturnType<typeof userEvent.setup>) {
  const button = within(screen.getByRole('banner')).getByRole('button', { name: 'Menu' });
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  return screen.getByRole('menu');
}

describe("the app bar's menu on a phone", () => {
  it('sits in the main navigation and marks the current page', async () => {
    const user = userEvent.setup();
    renderApp('/segments/12');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-haspopup', 'menu');

    const menu = await openMenu(user);

    // A segment's page is under Segments.
    expect(within(menu).getByRole('menuitem', { name: 'Segments' })).toHaveAttribute('aria-current', 'page');
    expect(within(menu).getByRole('menuitem', { name: 'Settings' })).not.toHaveAttribute('aria-current');
  });

  it('goes to another page and closes', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/segments');
    const menu = await openMenu(user);

    await user.click(within(menu).getByRole('menuitem', { name: 'Settings' }));

    expect(router.state.location.pathname).toBe('/settings');
    expect(screen.getByText('settings page')).toBeInTheDocument();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('switches the language, each named in itself, and remembers it', async () => {
    const user = userEvent.setup();
    renderApp('/segments');
    const menu = await openMenu(user);
    const english = within(menu).getByRole('menuitemradio', { name: 'English' });
    expect(english).toHaveAttribute('aria-checked', 'true');
    expect(english).toHaveAccessibleDescription('Language');

    await user.click(within(menu).getByRole('menuitemradio', { name: 'Русский' }));

    expect(getLanguage()).toBe('ru');
    const banner = within(screen.getByRole('banner'));
    expect(banner.queryByRole('button', { name: 'Menu' })).not.toBeInTheDocument();
    await user.click(banner.getByRole('button', { name: 'Меню' }));
    const russian = within(screen.getByRole('menu')).getByRole('menuitemradio', { name: 'Русский' });
    expect(russian).toHaveAttribute('aria-checked', 'true');
    expect(russian).toHaveAttribute('lang', 'ru');
    expect(russian).toHaveAccessibleDescription('Язык');
  });

  it('works from the keyboard: arrows skip the language caption', async () => {
    const user = userEvent.setup();
    renderApp('/segments');
    within(screen.getByRole('banner')).getByRole('button', { name: 'Menu' }).focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu');
    // Segments is current, so the menu opens on it; down twice passes Settings and the caption.
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(menu).getByRole('menuitemradio', { name: 'English' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(getLanguage()).toBe('ru');
  });
});
