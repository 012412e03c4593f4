import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EMBEDDED_BACKEND_AVAILABLE } from './api/embeddedBackend';
import { App } from './app/App';

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

void startMocks().then((mockError) => {
  if (mockError) console.error(`The embedded demo backend could not start: ${mockError}`);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
