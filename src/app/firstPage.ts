/**
 * The first page's data, asked for as soon as the app's code is here (src/main.tsx), instead of once
 * React has rendered the layout and the page: on a slow phone that render takes a few hundred
 * milliseconds, and the page's own queries then find the answers on their way. The list's first
 * page is asked for with the filters its URL holds (features/segment-list/listParams.ts). The
 * editor's field catalog follows as soon as its database is known (the segment's, or a new segment's
 * first), where the editor would ask for it only after its form has mounted: the two then overlap.
 *
 * Reads only, through the same query options (and so the same cache keys) as the pages. A failed
 * prefetch is kept as the query's error, which the page shows with its Retry, exactly as if the
 * page had asked itself.
 */
import type { QueryClient } from '@tanstack/react-query';
import { getActiveConnection, providerFor } from '@/api/connections';
import { setDisplayLanguage } from '@/api/displayLanguage';
import { NO_DATABASE } from '@/api/provider';
import {
  databasesOptions,
  fieldCatalogOptions,
  prefetchFieldCatalog,
  segmentListOptions,
  segmentOptions,
} from '@/api/queries';
import { getLanguage } from '@/ui/i18n';
import { matchesPattern } from './preload';
import { isListPath } from './shell/pageShell';

/** The `:id` of `pattern` in `pathname`, decoded as React Router's useParams gives it. */
function idIn(pattern: string, pathname: string): string | null {
  if (!matchesPattern(pattern, pathname)) return null;
  const segment = pathname.split('/').filter(Boolean)[1] ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * `search` is the URL's query string, which holds the list's filters. The root redirects to the list
 * without it, so there the list's filters are its defaults.
 */
export function prefetchFirstPage(client: QueryClient, pathname: string, search = ''): void {
  const listing = isListPath(pathname);
  const detailId = pathname === '/segments/new' ? null : idIn('/segments/:id', pathname);
  const editing = pathname === '/segments/new' || matchesPattern('/segments/:id/edit', pathname);
  // Other pages (Settings) ask for their own: nothing to add to the task that starts the first render.
  if (!listing && detailId === null && !editing) return;
  // Catalogs the API layer words itself (Push0's labels) are asked for in the reader's language,
  // as AppProviders sets it on every render.
  setDisplayLanguage(getLanguage());
  const connection = getActiveConnection();
  if (!connection) return;
  const provider = providerFor(connection);
  const { capabilities } = provider;

  if (listing) {
    // The list's URL filters ride with its page's chunk, which main.tsx is already fetching: the
    // other pages' first loads do not carry them. Should the page mount first, it asks itself, and
    // this prefetch finds its request on the way (same filters, same query key).
    void import('@/features/segment-list/listParams')
      .then(({ listFilters, parseListParams }) => {
        const view = parseListParams(new URLSearchParams(pathname === '/' ? '' : search));
        return client.prefetchInfiniteQuery(segmentListOptions(provider, listFilters(view)));
      })
      // That chunk failing to arrive is the list's own to report, as its page loads the same one.
      .catch(() => undefined);
    // The list names each row's database; a backend without databases has none to name.
    if (capabilities.databases) void client.prefetchQuery(databasesOptions(provider));
    return;
  }

  if (detailId !== null) {
    void client.prefetchQuery(segmentOptions(provider, detailId));
    return;
  }

  // Backends without rules (Digital Audience) show a notice there, and ask for nothing.
  if (!capabilities.editing || !capabilities.conditions) return;
  const editId = idIn('/segments/:id/edit', pathname);
  if (!capabilities.databases) void client.prefetchQuery(fieldCatalogOptions(provider, NO_DATABASE));
  else if (editId === null) {
    // A new segment starts on the first database (a restored draft may name another: the editor
    // then asks for that one, and this answer waits in the cache for a switch back).
    void client
      .fetchQuery(databasesOptions(provider))
      .then((databases) => prefetchFieldCatalog(client, provider, databases[0]?.id))
      // The databases' own error stays on their query, for the page to show.
      .catch(() => undefined);
  } else void client.prefetchQuery(databasesOptions(provider));
  if (editId === null) return;
  void client
    .fetchQuery(segmentOptions(provider, editId))
    .then((segment) => (capabilities.databases ? prefetchFieldCatalog(client, provider, segment.databaseId) : null))
    // The segment's own error stays on its query, for the page to show.
    .catch(() => undefined);
}
