import type { ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AppLayout, PageLoading } from './AppLayout';
import type { AppMessageKey } from './messages';
import { createPreloader, type PreloadRoute } from './preload';
import { RequireConnection } from './RequireConnection';
import { RouteError } from './RouteError';

/** Each page's chunk; routes load it on first visit, and preload.ts may fetch it sooner. */
const pages = {
  list: () => import('@/features/segment-list/SegmentListPage'),
  editor: () => import('@/features/segment-editor/SegmentEditorPage'),
  detail: () => import('@/features/segment-detail/SegmentDetailPage'),
  settings: () => import('@/features/settings/SettingsPage'),
};

/**
 * What to preload (preload.ts): a link's page on hover or focus, and, when the browser is idle,
 * the pages usually opened next: the editor and a segment's page from the list, the list from
 * the others (its Back link and the app bar's Segments).
 */
export const preloadRoutes: readonly PreloadRoute[] = [
  { path: '/segments', load: pages.list, next: ['/segments/:id/edit', '/segments/:id'] },
  { path: '/segments/new', load: pages.editor, next: ['/segments'] },
  { path: '/segments/:id/edit', load: pages.editor, next: ['/segments'] },
  { path: '/segments/:id', load: pages.detail, next: ['/segments/:id/edit', '/segments'] },
  { path: '/settings', load: pages.settings, next: ['/segments'] },
];

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
