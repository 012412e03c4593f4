/**
 * Each page's chunk, and which pages usually follow which: routes.tsx loads a page from here on
 * first visit, preload.ts fetches one sooner. No router or UI import, so main.tsx can start the
 * first page's download alongside the app's own.
 */
import type { PreloadRoute } from './preload';

export const pages = {
  list: () => import('@/features/segment-list/SegmentListPage'),
  editor: () => import('@/features/segment-editor/SegmentEditorPage'),
  detail: () => import('@/features/segment-detail/SegmentDetailPage'),
  settings: () => import('@/features/settings/SettingsPage'),
};

/**
 * What to preload: a link's page on hover or focus, and, when the browser is idle, the pages
 * usually opened next: the editor and a segment's page from the list, the list from the others
 * (their Back link and the app bar's Segments). Static paths come before parameters.
 */
export const preloadRoutes: readonly PreloadRoute[] = [
  { path: '/', load: pages.list, next: ['/segments/:id/edit', '/segments/:id'] },
  { path: '/segments', load: pages.list, next: ['/segments/:id/edit', '/segments/:id'] },
  { path: '/segments/new', load: pages.editor, next: ['/segments'] },
  { path: '/segments/:id/edit', load: pages.editor, next: ['/segments'] },
  { path: '/segments/:id', load: pages.detail, next: ['/segments/:id/edit', '/segments'] },
  { path: '/settings', load: pages.settings, next: ['/segments'] },
];
