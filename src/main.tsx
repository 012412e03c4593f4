// First: zod is configured before any schema exists (see zodJitless.ts), which is why the app's own
// modules, whose schemas are built as they load, are imported only after it, below.
import './zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EMBEDDED_BACKEND_AVAILABLE } from './api/embeddedBackend';
import { preloadRoutes } from './app/pages';
import { createPreloader } from './app/preload';

// The embedded backend must answer before the first query, so the worker starts before render.
async function startMocks(): Promise<string | null> {
  if (!EMBEDDED_BACKEND_AVAILABLE) return null;
  try {
    const { startEmbeddedBackend } = await import('./mocks/browser');
    await startEmbeddedBackend();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// The first page's chunk is fetched alongside the app's own, not after the app has started: one
// round trip less before the first rows.
createPreloader(preloadRoutes).preload(window.location.pathname);

void Promise.all([import('./app/App'), startMocks()]).then(([{ App }, mockError]) => {
  if (mockError) console.error(`The embedded demo backend could not start: ${mockError}`);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
