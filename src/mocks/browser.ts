import { setupWorker } from 'msw/browser';
import { enablePersistence, resetDemoData } from './backend';
import { getMockBehavior, resetMockBehavior, setMockBehavior, type MockBehaviorPatch } from './behavior';
import { handlers } from './handlers';

export const worker = setupWorker(...handlers);

/** What e2e tests reach on `window.__segmentStudioMocks` to script latency, faults and resets. */
export interface MockControls {
  setMockBehavior: typeof setMockBehavior;
  resetMockBehavior: typeof resetMockBehavior;
  getMockBehavior: typeof getMockBehavior;
  resetDemoData: typeof resetDemoData;
}

/** Before start, a test may preset `{behavior: {...}}` (Playwright's addInitScript) to apply from the first request. */
type MockWindowSlot = Partial<MockControls> & { behavior?: MockBehaviorPatch };

/** The window property e2e tests use; the name is part of the test contract. */
export const MOCKS_WINDOW_KEY = '__segmentStudioMocks';

declare global {
  interface Window {
    [MOCKS_WINDOW_KEY]?: MockWindowSlot;
  }
}

function storageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings); the demo then simply forgets on reload.
    return null;
  }
}

/** Starts the embedded backend; real backends' requests pass through untouched. */
export async function startEmbeddedBackend(): Promise<void> {
  const storage = storageOrNull();
  if (storage) enablePersistence(storage);
  const preset = window[MOCKS_WINDOW_KEY]?.behavior;
  if (preset) setMockBehavior(preset);
  window[MOCKS_WINDOW_KEY] = { setMockBehavior, resetMockBehavior, getMockBehavior, resetDemoData };
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
