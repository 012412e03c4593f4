/**
 * The page's side of the embedded backend. The backend itself (store, seeding, counting, storage)
 * runs in a SharedWorker, one for every tab of the origin (worker/backendWorker.ts); the MSW
 * handlers here only forward each request to the demo host to it and hand its answer back.
 *
 * Where SharedWorker is missing (Chrome on Android), each tab runs the backend in its own dedicated
 * worker, still off the page's thread; those backends share the stored data and take turns through
 * a Web Lock, each turn rereading what another tab wrote since (worker/acrossTabs.ts).
 * Where no worker can start at all, the backend runs in the page itself, the last resort, and takes
 * turns in the same way; so does the shared worker, since such a page may share its stored data.
 */
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { DEMO_HOST } from '@/api/demo';
import type { LegacyState } from './backend';
import { LEGACY_KEYS } from './legacyKeys';
import { quietFailedWorkerUpdates } from './workerUpdateFailures';
import { DEMO_CLIENT_HEADER, type MockBehavior, type MockBehaviorPatch } from './behavior';
import {
  toWireRequest,
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

/**
 * Before start, a test may preset `{behavior: {...}}` (Playwright's addInitScript) to apply from the
 * first request, with `presetTaken`, called once this page load is the one that applies it.
 */
type MockWindowSlot = Partial<MockControls> & { behavior?: MockBehaviorPatch; presetTaken?: () => void };

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

/** A running worker and the port its answers come on. */
interface WorkerLink {
  worker: EventTarget;
  port: PortLike;
}

/** A call unanswered this long makes the page check that the worker still answers at all. */
const OVERDUE_MS = 10_000;
/** How long a worker has to answer that check before it is started again. */
const PING_TIMEOUT_MS = 3_000;

/**
 * Calls over a worker's port. A worker can go away under a page (the browser ends a shared worker
 * whose last page navigates while another page is connecting): when an answer is overdue and the
 * worker does not answer a ping either, a new one is started and sent every call still waiting.
 * Bodies are copied, not transferred, so a call can be sent again.
 */
function overWorker(first: WorkerLink, open: () => WorkerLink | null): Call {
  interface Waiting {
    message: ToBackend;
    sentAt: number;
    resolve: (value: unknown) => void;
    reject: (error: Error) => void;
  }
  let link = first;
  let nextId = 1;
  let probing = false;
  const waiting = new Map<number, Waiting>();
  const listen = (current: WorkerLink) => {
    current.port.onmessage = ({ data }) => {
      const entry = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.ok) entry?.resolve(data.value);
      else entry?.reject(new Error(data.error));
    };
  };
  const send = (id: number, entry: Waiting) => {
    entry.sentAt = performance.now();
    link.port.postMessage({ id, message: entry.message }, []);
  };
  const call: Call = <M extends ToBackend>(message: M) =>
    new Promise<Answers[M['kind']]>((resolve, reject) => {
      const id = nextId++;
      const entry: Waiting = { message, sentAt: 0, resolve: resolve as (value: unknown) => void, reject };
      waiting.set(id, entry);
      send(id, entry);
    });
  const answers = () =>
    Promise.race([
      call({ kind: 'ping' }).then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), PING_TIMEOUT_MS)),
    ]);

  listen(link);
  setInterval(() => {
    const now = performance.now();
    const overdue = [...waiting.values()].filter((entry) => now - entry.sentAt > OVERDUE_MS);
    if (probing || overdue.length === 0) return;
    probing = true;
    void answers().then((alive) => {
      probing = false;
      // Alive and busy (a long count, scripted latency): the overdue calls get a fresh deadline.
      for (const entry of overdue) entry.sentAt = performance.now();
      if (alive) return;
      const next = open();
      if (!next) return;
      console.warn('The demo backend stopped answering; it was started again.');
      link = next;
      listen(link);
      for (const [id, entry] of waiting) send(id, entry);
    });
  }, 2_000);
  return call;
}

/**
 * The backend in this page: the last resort, when no worker can start. It takes turns with the other
 * tabs' backends, and starts (seeds, if no tab has) holding the turn, as a worker does.
 */
async function inPage(): Promise<Call> {
  const [{ serve }, { servedInTurn }] = await Promise.all([import('./worker/serve'), import('./worker/acrossTabs')]);
  const call = servedInTurn(serve);
  await call({ kind: 'start', legacy: {} });
  return call;
}

/**
 * The backend's worker: shared by every tab where SharedWorker exists, else this tab's own. A worker
 * of the built app is a file of its own origin, which the CSP's `worker-src 'self'` allows; the URL
 * is spelled out in each constructor so that Vite bundles the worker as its own chunk.
 */
function openWorker(): WorkerLink | null {
  try {
    if (typeof SharedWorker === 'function') {
      const worker = new SharedWorker(new URL('./worker/backendWorker.ts', import.meta.url), {
        type: 'module',
        name: 'segment-studio-demo-backend',
      });
      worker.port.start();
      return { worker, port: worker.port as PortLike };
    }
    if (typeof Worker === 'function') {
      const worker = new Worker(new URL('./worker/backendWorker.ts', import.meta.url), {
        type: 'module',
        name: 'segment-studio-demo-backend',
      });
      return { worker, port: worker as unknown as PortLike };
    }
  } catch (error) {
    console.warn('The demo backend runs in the page: its worker could not start.', error);
  }
  return null;
}

/** The worker once it answers its first call (`start`), or the in-page backend when it fails to load. */
function connect(): Promise<Call> {
  const link = openWorker();
  if (!link) return inPage();
  const call = overWorker(link, openWorker);
  return new Promise((resolve) => {
    const failed = (event: Event) => {
      console.warn('The demo backend runs in the page: its worker failed to load.', event);
      resolve(inPage());
    };
    link.worker.addEventListener('error', failed, { once: true });
    void call({ kind: 'start', legacy: {} }).then(() => {
      link.worker.removeEventListener('error', failed);
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

/**
 * The worker, once it has started and taken what this page hands it before any request: the first
 * release's data, and a test's preset faults.
 */
async function prepareBackend(client: string, preset: MockBehaviorPatch | undefined): Promise<Call> {
  const call = await connect();
  const legacy = legacyState();
  if (legacy.altcraft || legacy.push0 || legacy.da) {
    await call({ kind: 'start', legacy });
    forgetLegacyState();
  }
  if (preset) await call({ kind: 'behavior', client, set: preset });
  return call;
}

/**
 * Starts the embedded backend; real backends' requests pass through untouched. The backend's worker
 * and MSW's service worker start side by side: on a first visit each takes a few hundred ms, and
 * neither needs the other until a request comes (its handler waits for the backend).
 */
export async function startEmbeddedBackend(): Promise<void> {
  const client = clientId();
  const slot = window[MOCKS_WINDOW_KEY];
  const backend = prepareBackend(client, slot?.behavior);
  let inFlight = 0;
  let quietSince = performance.now();

  const forward = http.all(`${DEMO_HOST}/*`, async ({ request }) => {
    inFlight += 1;
    try {
      const call = await backend;
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
  quietFailedWorkerUpdates(window);
  const [call] = await Promise.all([
    backend,
    worker.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    }),
  ]);
  window[MOCKS_WINDOW_KEY] = {
    setMockBehavior: async (patch) => void (await call({ kind: 'behavior', client, set: patch })),
    resetMockBehavior: async () => void (await call({ kind: 'behavior', client, reset: true })),
    getMockBehavior: () => call({ kind: 'behavior', client }),
    resetDemoData: async () => void (await call({ kind: 'reset' })),
    quietForMs: () => (inFlight > 0 ? 0 : performance.now() - quietSince),
  };
  // MSW reloads a page its service worker does not control yet (a load that began while the worker
  // an earlier page registered was taking over): that load is thrown away, and a test's preset is
  // for the reloaded one.
  if (navigator.serviceWorker.controller) slot?.presetTaken?.();
}
