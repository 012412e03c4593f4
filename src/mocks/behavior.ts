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
}

export interface MockBehavior {
  latencyMs: number;
  latencyPath: string | null;
  failNext: FailureSpec | null;
  offline: boolean;
}

const DEFAULT_BEHAVIOR: MockBehavior = { latencyMs: 0, latencyPath: null, failNext: null, offline: false };

let behavior: MockBehavior = { ...DEFAULT_BEHAVIOR };
let failuresLeft = 0;

export function setMockBehavior(patch: MockBehaviorPatch): void {
  behavior = { ...behavior, ...patch };
  if (patch.failNext !== undefined) failuresLeft = patch.failNext?.times ?? 1;
}

export function resetMockBehavior(): void {
  behavior = { ...DEFAULT_BEHAVIOR };
  failuresLeft = 0;
}

export function getMockBehavior(): Readonly<MockBehavior> {
  return behavior;
}

export interface InjectedFailure {
  status: number;
  error: number;
}

const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, '');

/** How long to hold a request to this method path before answering it. */
export function latencyFor(path: string): number {
  const { latencyMs, latencyPath } = behavior;
  if (latencyPath !== null && trimSlashes(latencyPath) !== trimSlashes(path)) return 0;
  return latencyMs;
}

/** The scripted failure for this method path, if one is armed and matches; consumes one use. */
export function takeFailure(path: string): InjectedFailure | null {
  const spec = behavior.failNext;
  if (!spec || failuresLeft <= 0) return null;
  if (spec.path !== undefined && trimSlashes(spec.path) !== trimSlashes(path)) return null;
  failuresLeft -= 1;
  if (failuresLeft === 0) behavior = { ...behavior, failNext: null };
  return { status: spec.status ?? 200, error: spec.error ?? spec.status ?? 500 };
}
