// First: zod is configured before any schema exists (see zodJitless.ts), which is why the app's own
// modules, whose schemas are built as they load, are imported only after it, below.
import './zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EMBEDDED_BACKEND_AVAILABLE } from './api/embeddedBackend';

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

void Promise.all([import('./app/App'), startMocks()]).then(([{ App }, mockError]) => {
  if (mockError) console.error(`The embedded demo backend could not start: ${mockError}`);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
