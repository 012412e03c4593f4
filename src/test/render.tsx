import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type InitialEntry, type RouteObject } from 'react-router';
import { AppProviders } from '@/app/AppProviders';
import { createQueryClient } from '@/app/queryClient';

/**
 * Renders a page inside the real providers and a memory router, talking to the
 * embedded backend through msw/node, so a component test exercises the real wiring.
 */
export function renderRoute(
  routes: Array<{ path: string; element: ReactElement } | RouteObject>,
  initialEntry: InitialEntry,
): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const router = createMemoryRouter(routes, { initialEntries: [initialEntry] });
  const result = render(
    <AppProviders queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return Object.assign(result, { router });
}
