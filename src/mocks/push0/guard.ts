/**
 * What every request to the embedded Push0 backend passes before its own work: the fault
 * injection tests switch on (src/mocks/behavior.ts), then the vendor's two documented rules —
 * `Content-Type: application/json` on every request, GET and DELETE included (400 without it),
 * and `Authorization: Bearer <key>` (401 without a key, 403 for a wrong one).
 */
import { HttpResponse } from 'msw';
import { DEMO_PUSH0_KEY } from '@/api/demo';
import { injectedFault } from '../restFaults';

/** The fault-injection path of every Push0 request: `setMockBehavior({failNext: {path: 'push0/segments'}})`. */
export const PUSH0_FAULT_PATH = 'push0/segments';

const STATUS_TEXTS: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  408: 'Request timeout',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Push0's error form: a non-2xx status with `{message}`. */
export const failure = (status: number, message: string): Response => HttpResponse.json({ message }, { status });

/** The answer to an armed fault, offline mode or auth problem; null lets the request through. */
export async function guard(request: Request): Promise<Response | null> {
  const fault = await injectedFault(request, PUSH0_FAULT_PATH, (status) =>
    failure(status, `${STATUS_TEXTS[status] ?? 'Error'} (injected fault)`),
  );
  if (fault) return fault;

  const type = request.headers.get('Content-Type');
  if (!type || !type.toLowerCase().startsWith('application/json'))
    return failure(400, 'Content-Type must be application/json');
  const authorization = request.headers.get('Authorization');
  const key = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!key) return failure(401, 'Missing API key: send Authorization: Bearer <key>');
  if (key !== DEMO_PUSH0_KEY) return failure(403, 'Invalid API key');
  return null;
}

/** The JSON object body of a POST or PATCH, or the 400 answer. */
export async function readObject(request: Request): Promise<Record<string, unknown> | Response> {
  try {
    const body: unknown = await request.json();
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // Falls through to the answer below.
  }
  return failure(400, 'The body must be a JSON object');
}
