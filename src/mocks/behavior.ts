/**
 * Fault injection for tests and e2e: latency, scripted failures and a simulated network outage.
 * One module-level state, because the same handlers serve the worker, msw/node and the HTTP server.
 */

export interface FailureSpec {
  /** Fail only this method (e.g. "segments/update", slashes optional); any request when absent. */
  path?: string;
  /** HTTP status to answer with; when absent the failure is an HTTP 200 carrying `error` in the envelope. */
  status?: number;
  /** Envelope error code; defaults to `status`, or 500. */
  error?: number;
  /** How many matching requests fail before normal service resumes; default 1. */
  times?: number;
}

export interface MockBehaviorPatch {
  latencyMs?: number;
  /** Delay only this method (e.g. "segments/estimate"); every method when absent. */
  latencyPath?: string | null;
  failNext?: FailureSpec | null;
  offline?: boolean;
  /** Every change this client makes fails to be stored, as when the browser's storage is full. */
  storageFull?: boolean;
}

export interface MockBehavior {
  latencyMs: number;
  latencyPath: string | null;
  failNext: FailureSpec | null;
  offline: boolean;
  storageFull: boolean;
}

const DEFAULT_BEHAVIOR: MockBehavior = {
  latencyMs: 0,
  latencyPath: null,
  failNext: null,
  offline: false,
  storageFull: false,
};

/**
 * Requests carry the tab they come from in this header (the page's forwarder sets it): each tab
 * scripts its own faults, and a reload starts clean, although every tab shares one backend.
 * Requests without it (msw/node, the mock server) share the default client.
 */
export const DEMO_CLIENT_HEADER = 'X-Segment-Studio-Client';
const DEFAULT_CLIENT = '';

interface ClientBehavior {
  behavior: MockBehavior;
  failuresLeft: number;
}

const clients = new Map<string, ClientBehavior>();

function clientState(client: string): ClientBehavior {
  let state = clients.get(client);
  if (!state) {
    state = { behavior: { ...DEFAULT_BEHAVIOR }, failuresLeft: 0 };
    clients.set(client, state);
  }
  return state;
}

/** The client a request comes from (DEMO_CLIENT_HEADER), or the default one. */
export const clientOf = (request: Request): string => request.headers.get(DEMO_CLIENT_HEADER) ?? DEFAULT_CLIENT;

export function setMockBehavior(patch: MockBehaviorPatch, client: string = DEFAULT_CLIENT): void {
  const state = clientState(client);
  state.behavior = { ...state.behavior, ...patch };
  if (patch.failNext !== undefined) state.failuresLeft = patch.failNext?.times ?? 1;
}

/** Back to no latency and no faults: for `client`, or for every client when none is named. */
export function resetMockBehavior(client?: string): void {
  if (client === undefined) clients.clear();
  else clients.delete(client);
}

export function getMockBehavior(client: string = DEFAULT_CLIENT): Readonly<MockBehavior> {
  return clients.get(client)?.behavior ?? DEFAULT_BEHAVIOR;
}

export interface InjectedFailure {
  status: number;
  error: number;
}

const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, '');

/** How long to hold a request to this method path before answering it. */
export function latencyFor(path: string, client: string = DEFAULT_CLIENT): number {
  const { latencyMs, latencyPath } = getMockBehavior(client);
  if (latencyPath !== null && trimSlashes(latencyPath) !== trimSlashes(path)) return 0;
  return latencyMs;
}

/** The scripted failure for this method path, if one is armed and matches; consumes one use. */
export function takeFailure(path: string, client: string = DEFAULT_CLIENT): InjectedFailure | null {
  const state = clients.get(client);
  const spec = state?.behavior.failNext;
  if (!state || !spec || state.failuresLeft <= 0) return null;
  if (spec.path !== undefined && trimSlashes(spec.path) !== trimSlashes(path)) return null;
  state.failuresLeft -= 1;
  if (state.failuresLeft === 0) state.behavior = { ...state.behavior, failNext: null };
  return { status: spec.status ?? 200, error: spec.error ?? spec.status ?? 500 };
}
