/**
 * The embedded Digital Audience backend at `baseUrl` (e.g. DEMO_DA_BASE_URL): every answer wrapped
 * as `{data: …}`, errors as a non-2xx status with `{message}` (docs/contracts.md §3). Paths come from
 * DA_PATHS, which follows the vendor's curl examples; all but login are unconfirmed.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import { DA_PATHS } from '@/api/digitalAudience/endpoints';
import { DEMO_DA_PASSWORD, DEMO_DA_USER } from '@/api/demo';
import { persisted, PersistError } from '../backend';
import { clientOf } from '../behavior';
import { injectedFault } from '../restFaults';
import { isIsoUtc, toIsoUtc } from './dates';
import { DA_FAULT_PATHS, routePattern } from './routes';
import { DA_ACCOUNT_ID, DA_CAMPAIGNS, type DaAudience } from './seed';
import { hasSession, SESSION_EXPIRED, signedIn, type DaSessionOptions } from './session';
import { daState, findDaSegment, saveDa } from './store';

const wrapped = (data: unknown, status = 200): Response => HttpResponse.json({ data }, { status });
const failure = (status: number, message: string): Response => HttpResponse.json({ message }, { status });

/** Route parameters are `{segmentid:int}` / `{audienceid:int}`: anything else matches no route. */
const intParam = (raw: string | undefined): number | null => (raw && /^\d+$/.test(raw) ? Number(raw) : null);

const loginSchema = z.object({ userName: z.string(), password: z.string() });
// The curl example sends a number, the body example a quoted one: take both.
const idSchema = z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]);
const endDateSchema = z.object({ segmentid: idSchema, endDate: z.string() });
const audienceSchema = z.object({
  name: z.string().refine((name) => name.trim() !== '', 'must not be empty'),
  description: z.string().nullable().optional(),
  campaignId: idSchema,
});

async function readObject(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

interface RouteContext {
  request: Request;
  /** The route's one parameter, when it has one. */
  param: string | undefined;
}

type Resolve = (context: RouteContext) => Response | Promise<Response>;

interface RouteOptions {
  faultPath: string;
  /** Every route but login needs the session. */
  open?: boolean;
}

/** Fault injection, then the session check, then the route itself. */
function route(options: DaSessionOptions, { faultPath, open }: RouteOptions, resolve: Resolve) {
  return async ({
    request,
    params,
    cookies,
  }: {
    request: Request;
    params: Record<string, string | readonly string[] | undefined>;
    cookies: Record<string, string>;
  }): Promise<Response> => {
    const fault = await injectedFault(request, faultPath, (status) =>
      failure(status, status === 401 ? SESSION_EXPIRED : 'Injected fault'),
    );
    if (fault) return fault;
    if (!open && !hasSession(request, cookies, options)) return failure(401, SESSION_EXPIRED);
    // A RegExp route's capture group arrives as params["0"].
    const param = params['0'];
    const context = { request, param: typeof param === 'string' ? param : undefined };
    if (request.method === 'GET') return resolve(context);
    // A write runs as one change that is stored or undone (backend.ts); one that cannot be stored answers 507.
    try {
      return await persisted(() => resolve(context), clientOf(request));
    } catch (error) {
      if (error instanceof PersistError) return failure(507, error.message);
      throw error;
    }
  };
}

async function login(options: DaSessionOptions, { request }: RouteContext): Promise<Response> {
  const parsed = loginSchema.safeParse(await readObject(request));
  if (!parsed.success) return failure(400, 'userName and password are required');
  const { userName, password } = parsed.data;
  if (userName !== DEMO_DA_USER || password !== DEMO_DA_PASSWORD) return failure(401, 'Invalid user name or password');
  return signedIn(options);
}

/** An audience nobody has answers an empty list, as a filter that matches nothing would. */
function listByAudience({ param }: RouteContext): Response {
  const audienceId = intParam(param);
  if (audienceId === null) return failure(404, 'Not found');
  return wrapped(daState().segments.filter((segment) => segment.audienceId === audienceId));
}

function getSegment({ param }: RouteContext): Response {
  const key = intParam(param);
  const segment = key === null ? undefined : findDaSegment(key);
  return segment ? wrapped(segment) : failure(404, `Segment ${param ?? ''} not found`);
}

async function updateEndDate({ request }: RouteContext): Promise<Response> {
  const parsed = endDateSchema.safeParse(await readObject(request));
  if (!parsed.success) return failure(400, 'segmentid and endDate are required');
  const { segmentid, endDate } = parsed.data;
  if (!isIsoUtc(endDate)) return failure(400, `endDate must be an ISO 8601 date and time in UTC, not "${endDate}"`);
  const segment = findDaSegment(segmentid);
  if (!segment) return failure(404, `Segment ${segmentid} not found`);
  segment.endDate = toIsoUtc(endDate);
  segment.updated = new Date().toISOString();
  saveDa();
  return wrapped(segment);
}

function removeSegment({ param }: RouteContext): Response {
  const key = intParam(param);
  const segment = key === null ? undefined : findDaSegment(key);
  if (!segment) return failure(404, `Segment ${param ?? ''} not found`);
  const state = daState();
  state.segments = state.segments.filter((s) => s !== segment);
  saveDa();
  return wrapped(true);
}

async function createAudience({ request }: RouteContext): Promise<Response> {
  const body = await readObject(request);
  const parsed = audienceSchema.safeParse(body);
  if (!parsed.success) {
    const missing = ['name', 'campaignId'].filter((key) => body?.[key] === undefined || body[key] === '');
    if (missing.length > 0)
      return failure(400, `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required`);
    return failure(400, 'name must not be empty and campaignId must be a positive integer');
  }
  const state = daState();
  const now = new Date().toISOString();
  const { name, description, campaignId } = parsed.data;
  const audience: DaAudience = {
    id: Math.max(0, ...state.audiences.map((a) => a.id)) + 1,
    name,
    description: description ?? null,
    campaignId,
    campaignName: DA_CAMPAIGNS[campaignId] ?? `Campaign ${campaignId}`,
    accountId: DA_ACCOUNT_ID,
    created: now,
    updated: now,
  };
  state.audiences.push(audience);
  saveDa();
  return wrapped(audience);
}

export function digitalAudienceHandlers(baseUrl: string, options: DaSessionOptions): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  const at = (path: string) => `${base}/${path}`;
  const faults = DA_FAULT_PATHS;
  return [
    http.post(
      at(DA_PATHS.login),
      route(options, { faultPath: faults.login, open: true }, (c) => login(options, c)),
    ),
    http.get(
      routePattern(base, DA_PATHS.listByAudience),
      route(options, { faultPath: faults.listByAudience }, listByAudience),
    ),
    http.get(routePattern(base, DA_PATHS.get), route(options, { faultPath: faults.get }, getSegment)),
    http.post(at(DA_PATHS.updateEndDate), route(options, { faultPath: faults.updateEndDate }, updateEndDate)),
    http.delete(routePattern(base, DA_PATHS.remove), route(options, { faultPath: faults.remove }, removeSegment)),
    http.post(at(DA_PATHS.createAudience), route(options, { faultPath: faults.createAudience }, createAudience)),
    http.all(at('*'), () => failure(404, 'Not found')),
  ];
}
