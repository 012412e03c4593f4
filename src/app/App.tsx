import { useEffect, useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';
import { watchForPreloads } from './preload';
import { routePreloader, routes } from './routes';

export function App() {
  const [router] = useState(() => createBrowserRouter(routes));
  // Pages' chunks are fetched ahead: a hovered or focused link's, and the likely next ones when idle.
  useEffect(
    () =>
      watchForPreloads(routePreloader, (onPage) => {
        let shown = '';
        const settle = (pathname: string, idle: boolean) => {
          if (!idle || pathname === shown) return;
          shown = pathname;
          onPage(pathname);
        };
        settle(router.state.location.pathname, router.state.navigation.state === 'idle');
        return router.subscribe((state) => settle(state.location.pathname, state.navigation.state === 'idle'));
      }),
    [router],
  );
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
