/**
 * The page's side of the embedded backend. The backend itself (store, seeding, counting, storage)
 * runs in a SharedWorker, one for every tab of the origin (worker/backendWorker.ts); the MSW
 * handlers here only forward each request to the demo host to it and hand its answer back.
 *
 * Where SharedWorker is missing (Chrome on Android), each tab runs the backend in its own dedicated
 * worker, still off the page's thread; those tabs then share the stored data, not the live store,
 * so two such tabs open at once may overwrite each other's changes or hand out the same new id.
 * Where no worker can start at all, the backend runs in the page itself, the last resort.
 */
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { DEMO_HOST } from '@/api/demo';
import type { LegacyState } from './backend';
import { LEGACY_KEYS } from './legacyKeys';
import { DEMO_CLIENT_HEADER, type MockBehavior, type MockBehaviorPatch } from './behavior';
import {
  toWireRequest,
  transferables,
  type Answers,
  type Envelope,
  type Reply,
  type ToBackend,
  type WireResponse,
} from './worker/protocol';

/** What e2e tests reach on `window.__segmentStudioMocks` to script latency, faults and resets (for this tab). */
export interface MockControls {
  setMockBehavior(patch: MockBehaviorPatch): Promise<void>;
  resetMockBehavior(): Promise<void>;
  getMockBehavior(): Promise<MockBehavior>;
  resetDemoData(): Promise<void>;
  /**
   * How long (ms) this tab has had no request to the demo host in flight; 0 while one is. Tests
   * wait on it before a page load, which would cut such requests off: Playwright's `networkidle`
   * never comes while a page holds a SharedWorker (it counts the worker's script as loading forever).
   */
  quietForMs(): number;
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

/** Sends a message to wherever the backend runs and resolves with its answer. */
type Call = <M extends ToBackend>(message: M) => Promise<Answers[M['kind']]>;

interface PortLike {
  postMessage(message: Envelope, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<Reply>) => void) | null;
}

function overPort(port: PortLike): Call {
  let nextId = 1;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  port.onmessage = ({ data }) => {
    const entry = waiting.get(data.id);
    waiting.delete(data.id);
    if (data.ok) entry?.resolve(data.value);
    else entry?.reject(new Error(data.error));
  };
  return <M extends ToBackend>(message: M) =>
    new Promise<Answers[M['kind']]>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      const transfer = 'request' in message ? transferables(message.request) : [];
      port.postMessage({ id, message }, transfer);
    });
}

/** The backend in this page: the last resort, when no worker can start. */
async function inPage(): Promise<Call> {
  const { serve } = await import('./worker/serve');
  return serve;
}

/**
 * A worker of the built app is a file of its own origin, which the CSP's `worker-src 'self'` allows.
 * The URL is spelled out in each constructor so that Vite bundles the worker as its own chunk.
 */
function connect(): Promise<Call> {
  try {
    if (typeof SharedWorker === 'function') {
      const worker = new SharedWorker(new URL('./worker/backendWorker.ts', import.meta.url), {
        type: 'module',
        name: 'segment-studio-demo-backend',
      });
      worker.port.start();
      return started(overPort(worker.port as PortLike), worker);
    }
    if (typeof Worker === 'function') {
      const worker = new Worker(new URL('./worker/backendWorker.ts', import.meta.url), {
        type: 'module',
        name: 'segment-studio-demo-backend',
      });
      return started(overPort(worker as unknown as PortLike), worker);
    }
  } catch (error) {
    console.warn('The demo backend runs in the page: its worker could not start.', error);
  }
  return inPage();
}

/** The worker's first answer (to `start`), or the in-page backend when the worker fails to load. */
function started(call: Call, worker: EventTarget): Promise<Call> {
  return new Promise((resolve) => {
    const failed = (event: Event) => {
      console.warn('The demo backend runs in the page: its worker failed to load.', event);
      resolve(inPage());
    };
    worker.addEventListener('error', failed, { once: true });
    void call({ kind: 'start', legacy: {} }).then(() => {
      worker.removeEventListener('error', failed);
      resolve(call);
    });
  });
}

/** The first release's demo data, which this browser may still hold in localStorage. */
function legacyState(): LegacyState {
  try {
    return {
      altcraft: localStorage.getItem(LEGACY_KEYS.altcraft),
      push0: localStorage.getItem(LEGACY_KEYS.push0),
      da: localStorage.getItem(LEGACY_KEYS.da),
    };
  } catch {
    return {};
  }
}

function forgetLegacyState(): void {
  try {
    for (const key of Object.values(LEGACY_KEYS)) localStorage.removeItem(key);
  } catch {
    // Storage that cannot be read had nothing to hand over either.
  }
}

/** A new id per page load: each tab (and each reload) scripts its own faults (behavior.ts). */
function clientId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function toResponse(wire: WireResponse): Response {
  // Cookies stay with the backend's own jar; a page cannot take Set-Cookie from a response anyway.
  const headers = wire.headers.filter(([name]) => name.toLowerCase() !== 'set-cookie');
  return new HttpResponse(wire.body, { status: wire.status, statusText: wire.statusText, headers });
}

/** Starts the embedded backend; real backends' requests pass through untouched. */
export async function startEmbeddedBackend(): Promise<void> {
  const call = await connect();
  const legacy = legacyState();
  if (legacy.altcraft || legacy.push0 || legacy.da) {
    await call({ kind: 'start', legacy });
    forgetLegacyState();
  }
  const client = clientId();
  let inFlight = 0;
  let quietSince = performance.now();
  const preset = window[MOCKS_WINDOW_KEY]?.behavior;
  if (preset) await call({ kind: 'behavior', client, set: preset });
  window[MOCKS_WINDOW_KEY] = {
    setMockBehavior: async (patch) => void (await call({ kind: 'behavior', client, set: patch })),
    resetMockBehavior: async () => void (await call({ kind: 'behavior', client, reset: true })),
    getMockBehavior: () => call({ kind: 'behavior', client }),
    resetDemoData: async () => void (await call({ kind: 'reset' })),
    quietForMs: () => (inFlight > 0 ? 0 : performance.now() - quietSince),
  };

  const forward = http.all(`${DEMO_HOST}/*`, async ({ request }) => {
    inFlight += 1;
    try {
      const wire = await toWireRequest(request);
      wire.headers.push([DEMO_CLIENT_HEADER, client]);
      const answer = await call({ kind: 'fetch', request: wire });
      return answer ? toResponse(answer) : HttpResponse.error();
    } finally {
      inFlight -= 1;
      quietSince = performance.now();
    }
  });
  const worker = setupWorker(forward);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
