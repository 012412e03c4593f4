// First: zod is configured before any schema exists (see zodJitless.ts), which is why the app's own
// modules, whose schemas are built as they load, are imported only after it, below.
import './zodJitless';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { holdDemoRequestsUntil } from './api/demoStart';
import { activeConnectionHint, browserHintStorage } from './api/connections/activeHint';
import { EMBEDDED_BACKEND_AVAILABLE } from './api/embeddedBackend';
import { prefetchAdapter } from './api/vendors/adapterImports';
import { preloadRoutes } from './app/pages';
import { createPreloader } from './app/preload';

// The embedded backend starts alongside the app, not before it: the app renders its frame at once,
// and its requests to the demo wait until the backend can answer them (api/demoStart.ts).
async function startMocks(): Promise<void> {
  if (!EMBEDDED_BACKEND_AVAILABLE) return;
  try {
    const { startEmbeddedBackend } = await import('./mocks/browser');
    await startEmbeddedBackend();
  } catch (error) {
    console.error(
      `The embedded demo backend could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
holdDemoRequestsUntil(startMocks());

// The first page's chunk, and the adapter of the connection this tab will use, are fetched
// alongside the app's own, not after the app has started: a round trip less each before the page's
// first request.
createPreloader(preloadRoutes).preload(window.location.pathname);
const connectionHint = activeConnectionHint(browserHintStorage, EMBEDDED_BACKEND_AVAILABLE);
if (connectionHint) prefetchAdapter(connectionHint.vendor);

void import('./app/App').then(({ App, startQueryClient }) => {
  // The first page's data is asked for now, while React renders the layout (app/firstPage.ts).
  const queryClient = startQueryClient(window.location.pathname, window.location.search);
  const root = createRoot(document.getElementById('root')!);
  startTransition(() => {
    root.render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  });
});
