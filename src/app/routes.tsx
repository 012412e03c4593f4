import type { ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AppLayout, PageLoading } from './AppLayout';
import type { AppMessageKey } from './messages';
import { pages, preloadRoutes } from './pages';
import { createPreloader } from './preload';
import { RequireConnection } from './RequireConnection';
import { RouteError } from './RouteError';

/** Fetches pages' chunks ahead (preload.ts; App.tsx starts it). */
export const routePreloader = createPreloader(preloadRoutes);

/** The UI contract's routes (docs/architecture.md). Each page is its own chunk, loaded on first visit. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown while the first lazy page loads; without it React Router warns on every cold start.
    hydrateFallbackElement: <PageLoading />,
    children: [
      { index: true, element: <Navigate to="/segments" replace /> },
      {
        element: <RequireConnection />,
        // A page that fails shows its error inside the layout: the app bar and navigation keep working.
        errorElement: <RouteError />,
        children: [
          {
            path: 'segments',
            handle: titled('title.segments'),
            lazy: () => pages.list().then(page),
          },
          {
            path: 'segments/new',
            handle: titled('title.newSegment'),
            lazy: () => pages.editor().then(page),
          },
          {
            path: 'segments/:id',
            handle: titled('title.segment'),
            lazy: () => pages.detail().then(page),
          },
          {
            path: 'segments/:id/edit',
            handle: titled('title.editSegment'),
            lazy: () => pages.editor().then(page),
          },
        ],
      },
      {
        path: 'settings',
        errorElement: <RouteError />,
        handle: titled('title.settings'),
        lazy: () => pages.settings().then(page),
      },
      { path: '*', handle: titled('title.notFound'), lazy: () => import('./NotFoundPage').then(page) },
    ],
  },
];

/** What a route names itself in the tab's title (AppLayout words it in the active language). */
export interface RouteHandle {
  title: AppMessageKey;
}

function titled(title: AppMessageKey): RouteHandle {
  return { title };
}

function page(module: { default: ComponentType }) {
  return { Component: module.default };
}
