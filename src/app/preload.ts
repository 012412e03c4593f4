/**
 * Fetches a page's chunk before it is needed: when a link to it is hovered or focused, and, once
 * the current page has settled and someone is using it, the pages a user most likely opens next. A chunk is fetched once;
 * `import()` of a fetched one costs nothing. Nothing is preloaded for a user who asked to save data.
 *
 * Light on purpose (no router import): main.tsx uses it to fetch the first page's chunk alongside
 * the app's own.
 */
export type PageLoader = () => Promise<unknown>;

export interface PreloadRoute {
  /** A React Router path pattern, as in routes.tsx. */
  path: string;
  load: PageLoader;
  /** Paths of the pages usually opened from this one, preloaded when the browser is idle. */
  next?: readonly string[];
}

interface NetworkInformationLike {
  saveData?: boolean;
  effectiveType?: string;
}

/** Whether the user's connection asks the app to fetch only what it needs. */
export function savesData(nav: Navigator | undefined = globalThis.navigator): boolean {
  const connection = (nav as (Navigator & { connection?: NetworkInformationLike }) | undefined)?.connection;
  if (!connection) return false;
  return connection.saveData === true || /(^|-)2g$/.test(connection.effectiveType ?? '');
}

export interface Preloader {
  /** Fetches the chunk of the page at `pathname` (a path of this app), once. */
  preload(pathname: string): void;
  /** The pages usually opened after `pathname`, preloaded one after another. */
  preloadNext(pathname: string): void;
}

/** Whether `pathname` fits a route pattern of routes.tsx ("/segments/:id/edit"). */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const parts = (path: string) => path.split('/').filter(Boolean);
  const want = parts(pattern);
  const have = parts(pathname);
  return (
    want.length === have.length &&
    want.every((part, index) => (part.startsWith(':') ? have[index] !== '' : part === have[index]))
  );
}

/** The route a path leads to: the first whose pattern fits, so static paths go before parameters. */
export function routeFor(routes: readonly PreloadRoute[], pathname: string): PreloadRoute | undefined {
  return routes.find((route) => matchesPattern(route.path, pathname));
}

export function createPreloader(routes: readonly PreloadRoute[], canPreload: () => boolean = () => !savesData()) {
  const started = new Set<PageLoader>();
  const routeOf = (pathname: string) => routeFor(routes, pathname);
  const start = (route: PreloadRoute | undefined) => {
    if (!route || started.has(route.load) || !canPreload()) return;
    started.add(route.load);
    // A failed preload is forgotten: the navigation itself loads the page again and reports.
    route.load().catch(() => started.delete(route.load));
  };
  const preloader: Preloader = {
    preload: (pathname) => start(routeOf(pathname)),
    preloadNext(pathname) {
      for (const path of routeOf(pathname)?.next ?? []) start(routes.find((route) => route.path === path));
    },
  };
  return preloader;
}

/** The app's own path of a link (same origin, inside the app), or null. */
export function appPathOf(target: EventTarget | null, origin: string): string | null {
  if (!(target instanceof Element)) return null;
  const anchor = target.closest('a[href]');
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target === '_blank' || anchor.hasAttribute('download'))
    return null;
  let url: URL;
  try {
    url = new URL(anchor.href, origin);
  } catch {
    return null;
  }
  return url.origin === origin ? url.pathname : null;
}

/** How long the page must have been quiet before the next pages are preloaded. */
export const IDLE_DELAY_MS = 3_000;

/** What shows someone is using the page (not a tab opened and left, nor a page-load audit). */
const ENGAGEMENT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Listens for links under the pointer or the keyboard focus, and preloads the next pages of each
 * page shown once the browser is idle. The idle preloads wait for the first sign of someone using
 * the page: a first load fetches only what it shows, and a tab left alone fetches nothing more.
 * Returns the function that stops it.
 */
export function watchForPreloads(
  preloader: Preloader,
  subscribe: (onPage: (pathname: string) => void) => () => void,
  win: Window = window,
): () => void {
  const doc = win.document;
  const onIntent = (event: Event) => {
    const path = appPathOf(event.target, win.location.origin);
    if (path !== null) preloader.preload(path);
  };
  doc.addEventListener('pointerover', onIntent, { passive: true });
  doc.addEventListener('focusin', onIntent);

  let engaged = false;
  let page: string | null = null;
  let cancelIdle = () => undefined as void;
  const schedule = () => {
    cancelIdle();
    const pathname = page;
    if (engaged && pathname !== null) cancelIdle = whenIdle(win, () => preloader.preloadNext(pathname));
  };
  const onEngaged = () => {
    for (const type of ENGAGEMENT_EVENTS) doc.removeEventListener(type, onEngaged, true);
    engaged = true;
    schedule();
  };
  for (const type of ENGAGEMENT_EVENTS) doc.addEventListener(type, onEngaged, { capture: true, passive: true });

  const stopPages = subscribe((pathname) => {
    page = pathname;
    schedule();
  });
  return () => {
    cancelIdle();
    stopPages();
    for (const type of ENGAGEMENT_EVENTS) doc.removeEventListener(type, onEngaged, true);
    doc.removeEventListener('pointerover', onIntent);
    doc.removeEventListener('focusin', onIntent);
  };
}

/** Runs `task` once the page has been quiet for IDLE_DELAY_MS and the browser is idle. */
function whenIdle(win: Window, task: () => void): () => void {
  let idle: number | undefined;
  const timer = win.setTimeout(() => {
    if (typeof win.requestIdleCallback === 'function') idle = win.requestIdleCallback(task, { timeout: 2_000 });
    else task();
  }, IDLE_DELAY_MS);
  return () => {
    win.clearTimeout(timer);
    if (idle !== undefined) win.cancelIdleCallback(idle);
  };
}
