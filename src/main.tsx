import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const mocksEnabled = import.meta.env.DEV || import.meta.env.VITE_ENABLE_MOCKS === 'true';

// The embedded backend must answer before the first query, so the worker starts before render.
async function startMocks(): Promise<string | null> {
  if (!mocksEnabled) return null;
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
