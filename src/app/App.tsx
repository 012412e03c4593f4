import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';
import { prefetchFirstPage } from './firstPage';
import { watchForPreloads } from './preload';
import { createQueryClient } from './queryClient';
import { routePreloader, routes } from './routes';

/**
 * The app's query cache, with the data of the page at `pathname` already asked for (firstPage.ts).
 * src/main.tsx calls it once, before the first render, so that render has no side effects.
 */
export function startQueryClient(pathname: string, search = ''): QueryClient {
  const client = createQueryClient();
  prefetchFirstPage(client, pathname, search);
  return client;
}

export function App({ queryClient }: { queryClient?: QueryClient }) {
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
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
