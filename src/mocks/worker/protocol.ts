/**
 * What a page and the embedded backend's worker say to each other (a MessagePort each way). A page
 * forwards every request to the demo host as it is (method, URL, headers, body) and gets the answer
 * back; it also scripts its own fault injection and can reset the demo data.
 */
import type { LegacyState } from '../backend';
import type { MockBehavior, MockBehaviorPatch } from '../behavior';

export interface WireRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

export interface WireResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

/** Each message's answer, by kind. */
export interface Answers {
  /** Resolves once the store is loaded; a page sends it first, with the first release's data if it still has any. */
  start: null;
  /** null: a network error (offline mode, or nothing answers that URL). */
  fetch: WireResponse | null;
  behavior: MockBehavior;
  reset: null;
  /** Answered at once: the page checks the worker is still there. */
  ping: null;
}

export type ToBackend =
  | { kind: 'start'; legacy: LegacyState }
  | { kind: 'fetch'; request: WireRequest }
  /** `set` patches, `reset` clears, neither just reads the client's behavior. */
  | { kind: 'behavior'; client: string; set?: MockBehaviorPatch; reset?: boolean }
  | { kind: 'reset' }
  | { kind: 'ping' };

export type Envelope = { id: number; message: ToBackend };

export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

export async function toWireRequest(request: Request): Promise<WireRequest> {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return {
    method: request.method,
    url: request.url,
    headers: [...request.headers],
    body: hasBody ? await request.arrayBuffer() : null,
  };
}

export const fromWireRequest = (wire: WireRequest): Request =>
  new Request(wire.url, { method: wire.method, headers: wire.headers, body: wire.body });

export async function toWireResponse(response: Response): Promise<WireResponse> {
  return {
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body: response.status === 204 ? null : await response.arrayBuffer(),
  };
}

/** The bodies travel as transferred buffers rather than copies. */
export function transferables(value: unknown): Transferable[] {
  if (typeof value !== 'object' || value === null || !('body' in value)) return [];
  return value.body instanceof ArrayBuffer ? [value.body] : [];
}
