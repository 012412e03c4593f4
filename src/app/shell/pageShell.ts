/**
 * The page shell: runs before the app's scripts arrive, from its own small entry (index.html loads
 * it ahead of src/main.tsx; it imports neither React nor MUI). On a slow line the app takes
 * seconds to arrive; meanwhile the frame in index.html gets:
 *
 * - the colour scheme the user chose in the app (MUI keeps it in storage and, with
 *   `colorSchemeSelector: 'class'`, marks <html> with it, as MUI's InitColorSchemeScript would):
 *   no light flash for someone who chose dark;
 * - the language on <html lang>;
 * - on the segment list, the app's home, its heading and subtitle in the user's language, where
 *   the list will draw them. The list is the one page whose heading needs no data; the others
 *   show the frame alone.
 *
 * React replaces all of it on its first render (src/main.tsx). Texts come from the list's own
 * heading catalog, so they are the ones the list then draws.
 *
 * It also starts a worker that loads the browser's Intl data for the user's language (intlData.ts),
 * which the page's first formatted number or date would otherwise load on the main thread.
 */
import { catalogFor } from '@/ui/i18n/bundle';
import { browserLanguage, storedLanguage } from '@/ui/i18n/languageChoice';
import { EMBEDDED_BACKEND_AVAILABLE } from '@/api/embeddedBackend';
import { CONNECTIONS_STORAGE_KEY, LEGACY_CONNECTION_STORAGE_KEY } from '@/api/connections/storageKeys';
import { activeConnectionHint, browserHintStorage, crossOriginOf } from '@/api/connections/activeHint';
import { listHeadingMessages } from '@/features/segment-list/headingMessages';
import type { Language } from '@/ui/i18n/languages';
import { intlLocalesFor } from './intlData';

/** MUI's defaults for the mode's storage key (@mui/material InitColorSchemeScript). */
export const MUI_MODE_STORAGE_KEY = 'mui-mode';

export type ColorScheme = 'light' | 'dark';

/** localStorage, answering null where it is blocked (the hint's reader, so the shell reads one way). */
const read = browserHintStorage.local;

/** The scheme MUI will pick: the stored mode, "system" (the default) following the OS. */
export function initialColorScheme(storedMode: string | null, systemPrefersDark: boolean): ColorScheme {
  if (storedMode === 'light' || storedMode === 'dark') return storedMode;
  return systemPrefersDark ? 'dark' : 'light';
}

/**
 * Whether the list will show its page (rather than "add a connection"): a build with the embedded
 * backend always has a connection, others once the user has saved one (or has the first release's).
 */
export function listWillShow(embedded: boolean, storedConnections: string | null, legacy: string | null): boolean {
  if (embedded || legacy) return true;
  if (!storedConnections) return false;
  try {
    const parsed: unknown = JSON.parse(storedConnections);
    return Array.isArray(parsed) && parsed.length > 0;
  } catch {
    return false;
  }
}

/** Paths that show the segment list (the root redirects to it). */
export function isListPath(pathname: string): boolean {
  return /^\/(segments\/?)?$/.test(pathname);
}

/** Adds the list's heading to the shell's page area, as PageHeader lays it out. */
function drawListHeading(root: HTMLElement, language: string): void {
  const t = catalogFor(listHeadingMessages, language);
  const main = document.createElement('div');
  main.className = 'shell-main';
  main.setAttribute('aria-hidden', 'true');
  const title = document.createElement('h1');
  title.textContent = t.title;
  const subtitle = document.createElement('p');
  subtitle.textContent = t.subtitle;
  main.append(title, subtitle);
  root.append(main);
}

/**
 * Opens the connection to the active backend's server while the app's scripts download, so its
 * first request does not also wait for DNS, TCP and TLS. `crossorigin`: the app's fetches are CORS
 * requests without cookies, which use the browser's anonymous connection pool.
 */
export function preconnectToBackend(appOrigin: string, embedded = EMBEDDED_BACKEND_AVAILABLE): void {
  const hint = activeConnectionHint(browserHintStorage, embedded);
  const origin = hint && crossOriginOf(hint.baseUrl, appOrigin);
  if (!origin) return;
  const link = document.createElement('link');
  link.rel = 'preconnect';
  link.href = origin;
  link.crossOrigin = 'anonymous';
  document.head.append(link);
}

/**
 * Loads the browser's Intl data in a worker while the app's scripts download (intlData.ts). Where
 * workers are missing or refused, nothing changes: the page loads the data on its first format.
 * The URL is spelled out in the constructor so that Vite builds the worker as a file of its own,
 * which the CSP's `worker-src 'self'` allows.
 */
export function loadIntlDataOffThread(language: Language): void {
  if (typeof Worker !== 'function') return;
  try {
    const worker = new Worker(new URL('./intlWorker.ts', import.meta.url), {
      type: 'module',
      name: 'segment-studio-intl',
    });
    worker.postMessage(intlLocalesFor(language));
  } catch {
    // A worker is an optimization here; the page formats without one.
  }
}

export function drawPageShell(): void {
  const html = document.documentElement;
  const scheme = initialColorScheme(read(MUI_MODE_STORAGE_KEY), matchMedia('(prefers-color-scheme: dark)').matches);
  html.classList.remove('light', 'dark');
  html.classList.add(scheme);
  const language = storedLanguage() ?? browserLanguage();
  html.lang = language;
  loadIntlDataOffThread(language);
  const root = document.getElementById('root');
  const frameOnly = root?.childElementCount === 1;
  if (
    root &&
    frameOnly &&
    isListPath(location.pathname) &&
    listWillShow(EMBEDDED_BACKEND_AVAILABLE, read(CONNECTIONS_STORAGE_KEY), read(LEGACY_CONNECTION_STORAGE_KEY))
  )
    drawListHeading(root, language);
}
