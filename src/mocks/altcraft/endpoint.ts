/**
 * What every Altcraft method of the embedded backend does before its own work, in the vendor's
 * order: JSON body, token (header or body), request deduplication for writes, wire-schema
 * validation (450) — plus the fault injection tests switch on. Answers are always the envelope
 * `{error, error_text, data}` with HTTP 200, as Altcraft answers errors too; only an injected
 * fault may carry another HTTP status.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { safeParse } from 'zod/mini';
import type { $ZodIssue, $ZodType, output } from 'zod/v4/core';
import { DEMO_TOKEN } from '@/api/demo';
import { currentBackend, persisted, PersistError, type DemoBackend } from '../backend';
import { clientOf, getMockBehavior, latencyFor, takeFailure } from '../behavior';

/** How long the server remembers a write's Request-ID: one day, as documented. */
const REPLAY_TTL_MS = 86_400_000;

export const SUCCESS_TEXT = 'Successful operation';

/** Writes being handled now, by Request-ID, so a repeat that overtakes its first is still a replay. */
const inFlight = new Map<string, Promise<unknown>>();

/** error_text of each code the embedded backend answers with, from the vendor's table. */
export const ERROR_TEXTS: Readonly<Record<number, string>> = {
  400: 'Incorrect request',
  401: 'API token required',
  404: 'The object is not found in the token vision zone',
  409: 'Another record with the same unique attributes already exists',
  415: 'Requested Content-Type is not supported',
  450: 'Request validation error',
  500: 'Internal service error',
  501: 'The method does not exist',
};

export type Reply =
  | { ok: true; data: unknown; extra?: Record<string, unknown> }
  | { ok: false; error: number; text: string; data: unknown };

export const ok = (data: unknown, extra?: Record<string, unknown>): Reply =>
  extra ? { ok: true, data, extra } : { ok: true, data };

/** An error answer; `detail` is appended to the vendor's text for the code. */
export function refuse(code: number, detail?: string, data: unknown = null): Reply {
  const base = ERROR_TEXTS[code] ?? 'Error';
  return { ok: false, error: code, text: detail ? `${base}: ${detail}` : base, data };
}

/** A 450 answer naming each failing field in `error_text` and, as a field → message map, in `data`. */
export function invalid(fields: Record<string, string>): Reply {
  const text = Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join('; ');
  return { ok: false, error: 450, text: `Validation error: ${text}`, data: fields };
}

export function envelopeOf(reply: Reply): Record<string, unknown> {
  return reply.ok
    ? { error: 0, error_text: SUCCESS_TEXT, data: reply.data, ...reply.extra }
    : { error: reply.error, error_text: reply.text, data: reply.data };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type BodyResult = { body: Record<string, unknown> } | { refused: Reply };

async function readBody(request: Request): Promise<BodyResult> {
  const type = request.headers.get('Content-Type');
  if (type && !type.toLowerCase().includes('json'))
    return { refused: refuse(415, `send application/json, not ${type}`) };
  const text = await request.text();
  if (text.trim() === '') return { body: {} };
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? { body: parsed } : { refused: refuse(400, 'the body must be a JSON object') };
  } catch {
    return { refused: refuse(400, 'the body is not valid JSON') };
  }
}

function authorized(request: Request, body: Record<string, unknown>): boolean {
  const header = request.headers.get('Authorization');
  if (header !== null) return header === `Bearer ${DEMO_TOKEN}`;
  return body.token === DEMO_TOKEN;
}

function schemaFailure(issues: readonly $ZodIssue[]): Reply {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || 'body';
    fields[field] = fields[field] ? `${fields[field]} ${issue.message}` : issue.message;
  }
  return invalid(fields);
}

export interface EndpointSpec<S extends $ZodType> {
  /** The method path after the base URL, e.g. "segments/add/". */
  path: string;
  /**
   * Writes are deduplicated by Request-ID and, unless `persist` is false, run as one change that is
   * stored whole or undone (backend.ts `persisted`).
   */
  write?: boolean;
  /** False for a write that stores by itself (the demo reset). */
  persist?: boolean;
  schema: S;
  /**
   * May be async, for work long enough to be done in slices (see timeSlicing.ts). The request is
   * there for headers such as Accept-Language.
   */
  handle: (body: output<S>, backend: DemoBackend, request: Request) => Reply | Promise<Reply>;
}

export function endpoint<S extends $ZodType>(baseUrl: string, spec: EndpointSpec<S>): HttpHandler {
  return http.post(`${baseUrl}/${spec.path}`, async ({ request }) => {
    const client = clientOf(request);
    if (getMockBehavior(client).offline) return HttpResponse.error();
    const latencyMs = latencyFor(spec.path, client);
    if (latencyMs > 0) await delay(latencyMs);
    const fault = takeFailure(spec.path, client);
    if (fault) {
      return HttpResponse.json(envelopeOf(refuse(fault.error, 'injected fault')), { status: fault.status });
    }

    const read = await readBody(request);
    if ('refused' in read) return HttpResponse.json(envelopeOf(read.refused));
    if (!authorized(request, read.body)) return HttpResponse.json(envelopeOf(refuse(401)));

    const backend = currentBackend();
    const requestId = spec.write ? request.headers.get('Request-ID') : null;
    if (requestId) {
      // A repeat that arrives while the first is still being handled waits for it, then replays it.
      const running = inFlight.get(requestId);
      if (running) await running;
      const first = backend.replays.get(requestId);
      if (first && Date.now() - first.at < REPLAY_TTL_MS) {
        return HttpResponse.json(first.body, { headers: { 'Duplicate-Request': 'true', 'Duplicate-Key': requestId } });
      }
    }

    const parsed = safeParse(spec.schema, read.body);
    const handle = (data: output<S>) => {
      if (!spec.write || spec.persist === false) return spec.handle(data, backend, request);
      // Waits for the writes before it; the backend is looked up again, as a reset may have replaced it.
      return persisted(() => spec.handle(data, currentBackend(), request), client);
    };
    const work = (async () =>
      envelopeOf(parsed.success ? await handle(parsed.data) : schemaFailure(parsed.error.issues)))();
    if (requestId) inFlight.set(requestId, work);
    try {
      const answer = await work;
      if (requestId) currentBackend().replays.set(requestId, { at: Date.now(), body: answer });
      return HttpResponse.json(answer);
    } catch (error) {
      // Not replayed: once there is room, the same request may well succeed.
      if (error instanceof PersistError) return HttpResponse.json(envelopeOf(refuse(500, error.message)));
      throw error;
    } finally {
      if (requestId) inFlight.delete(requestId);
    }
  });
}
