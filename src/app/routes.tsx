import type { ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AppLayout, PageLoading } from './AppLayout';
import { RequireConnection } from './RequireConnection';
import { RouteError } from './RouteError';

/** The UI contract's routes (DESIGN.md). Each page is its own chunk, loaded on first visit. */
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
        children: [
          { path: 'segments', lazy: () => import('@/features/segment-list/SegmentListPage').then(page) },
          { path: 'segments/new', lazy: () => import('@/features/segment-editor/SegmentEditorPage').then(page) },
          { path: 'segments/:id', lazy: () => import('@/features/segment-detail/SegmentDetailPage').then(page) },
          {
            path: 'segments/:id/edit',
            lazy: () => import('@/features/segment-editor/SegmentEditorPage').then(page),
          },
        ],
      },
      { path: 'settings', lazy: () => import('@/features/settings/SettingsPage').then(page) },
      { path: '*', lazy: () => import('./NotFoundPage').then(page) },
    ],
  },
];

function page(module: { default: ComponentType }) {
  return { Component: module.default };
}
