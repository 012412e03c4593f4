import { screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { render } from '@testing-library/react';
import { AppProviders } from './AppProviders';
import { createQueryClient } from './queryClient';
import { routes } from './routes';

function Boom(): never {
  throw new Error('A page broke');
}

/** The app's routes with one page replaced by one that throws. */
function withBrokenPage(path: string): RouteObject[] {
  const replace = (list: RouteObject[]): RouteObject[] =>
    list.map((route) => {
      if (route.path === path) {
        const { lazy: _lazy, ...rest } = route;
        return { ...rest, element: <Boom /> } as RouteObject;
      }
      return route.children ? ({ ...route, children: replace(route.children) } as RouteObject) : route;
    });
  return replace(routes);
}

describe('routes', () => {
  it.each(['segments', 'settings'])('a crash on /%s leaves the app bar and navigation working', async (path) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = createMemoryRouter(withBrokenPage(path), { initialEntries: [`/${path}`] });
    render(
      <AppProviders queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    expect(await screen.findByText('Something went wrong')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
