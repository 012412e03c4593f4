/**
 * The embedded Push0 backend at `baseUrl` (e.g. DEMO_PUSH0_BASE_URL), speaking the vendor's wire
 * format: bare JSON answers, errors as a non-2xx status with `{message}` (docs/contracts.md §2).
 * Only create is documented; list, get, update and delete follow the same resource as
 * PUSH0_PATHS describes, and behave as that page's summary says.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import { PUSH0_PAGE_LIMIT_DEFAULT, PUSH0_PAGE_LIMIT_MAX, PUSH0_PATHS } from '@/api/push0/endpoints';
import { persisted, PersistError } from '../backend';
import { clientOf } from '../behavior';
import { constraintsProblem, normalizeGroups } from './catalog';
import { failure, guard, readObject } from './guard';
import type { Push0Segment } from './seed';
import { nextPush0Id, push0State, savePush0 } from './store';

const nameSchema = z.string().refine((name) => name.trim() !== '', 'must not be empty');
const createSchema = z.object({
  name: nameSchema,
  description: z.string().nullable().optional(),
  constraints: z.unknown(),
});
const updateSchema = z.object({
  id: z.string().min(1),
  name: nameSchema.optional(),
  description: z.string().nullable().optional(),
  constraints: z.unknown().optional(),
});

/** The first zod issue as a vendor-style message: `name: must not be empty`. */
function issueMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid body';
  const at = issue.path.map(String).join('.');
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  return `${at || 'body'}: ${missing ? 'is required' : issue.message}`;
}

async function create(request: Request): Promise<Response> {
  const body = await readObject(request);
  if (body instanceof Response) return body;
  const parsed = createSchema.safeParse(body);
  if (!parsed.success) return failure(400, issueMessage(parsed.error));
  if (!('constraints' in body)) return failure(400, 'constraints: is required');
  const problem = constraintsProblem(parsed.data.constraints);
  if (problem) return failure(400, problem);
  const segment: Push0Segment = {
    id: nextPush0Id(),
    name: parsed.data.name,
    description: parsed.data.description ?? null,
    constraints: normalizeGroups(parsed.data.constraints),
    createdAt: Date.now(),
    updatedAt: null,
  };
  // Duplicate names are allowed: the vendor documents no uniqueness rule.
  push0State().segments.push(segment);
  savePush0();
  return HttpResponse.json(segment, { status: 201 });
}

/** A positive integer query parameter, its default when absent, or null when malformed. */
function positiveParam(params: URLSearchParams, name: string, fallback: number): number | null {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  return /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null;
}

/** GET: `?id=` answers a bare array of zero or one segment; otherwise a page of the list. */
function listOrGet(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const { segments } = push0State();
  const id = params.get('id');
  if (id !== null) return HttpResponse.json(segments.filter((segment) => segment.id === id));

  const page = positiveParam(params, 'page', 1);
  if (page === null) return failure(400, 'page must be an integer of at least 1');
  const limit = positiveParam(params, 'limit', PUSH0_PAGE_LIMIT_DEFAULT);
  if (limit === null || limit > PUSH0_PAGE_LIMIT_MAX)
    return failure(400, `limit must be an integer from 1 to ${PUSH0_PAGE_LIMIT_MAX}`);
  const name = params.get('name')?.trim().toLowerCase() ?? '';
  // Creation order (oldest first): a page's contents never shift when a segment is added.
  const matching = name === '' ? segments : segments.filter((s) => s.name.toLowerCase().includes(name));
  return HttpResponse.json(matching.slice((page - 1) * limit, page * limit));
}

/** PATCH `{id, ...changed}`: only the fields sent change (documented). */
async function update(request: Request): Promise<Response> {
  const body = await readObject(request);
  if (body instanceof Response) return body;
  const parsed = updateSchema.safeParse(body);
  if (!parsed.success) return failure(400, issueMessage(parsed.error));
  const { id, name, description, constraints } = parsed.data;
  const segment = push0State().segments.find((s) => s.id === id);
  if (!segment) return failure(404, `Segment ${id} not found`);
  const groups = 'constraints' in body ? constraints : undefined;
  if ('constraints' in body) {
    const problem = constraintsProblem(groups);
    if (problem) return failure(400, problem);
  }

  const changed = name !== undefined || description !== undefined || groups !== undefined;
  if (name !== undefined) segment.name = name;
  if (description !== undefined) segment.description = description;
  if (groups !== undefined) segment.constraints = normalizeGroups(groups);
  if (changed) {
    segment.updatedAt = Date.now();
    savePush0();
  }
  return HttpResponse.json(segment);
}

function remove(request: Request): Response {
  const id = new URL(request.url).searchParams.get('id');
  if (!id) return failure(400, 'id is required');
  const state = push0State();
  const index = state.segments.findIndex((segment) => segment.id === id);
  if (index < 0) return failure(404, `Segment ${id} not found`);
  state.segments.splice(index, 1);
  savePush0();
  return new HttpResponse(null, { status: 204 });
}

type Resolve = (request: Request) => Response | Promise<Response>;

/**
 * Runs the shared checks (guard.ts) before `resolve`. A write runs as one change that is stored or
 * undone (backend.ts); one that cannot be stored answers 507 and changes nothing.
 */
const guarded =
  (resolve: Resolve) =>
  async ({ request }: { request: Request }): Promise<Response> => {
    const refused = await guard(request);
    if (refused) return refused;
    if (request.method === 'GET') return resolve(request);
    try {
      return await persisted(() => resolve(request), clientOf(request));
    } catch (error) {
      if (error instanceof PersistError) return failure(507, error.message);
      throw error;
    }
  };

export function push0Handlers(baseUrl: string): HttpHandler[] {
  const at = (path: string) => `${baseUrl.replace(/\/+$/, '')}/${path}`;
  return [
    http.post(at(PUSH0_PATHS.create), guarded(create)),
    // List and get share one path today (PUSH0_PATHS); get is told apart by its `id` parameter.
    http.get(at(PUSH0_PATHS.list), guarded(listOrGet)),
    http.patch(at(PUSH0_PATHS.update), guarded(update)),
    http.delete(at(PUSH0_PATHS.remove), guarded(remove)),
    http.all(
      at(PUSH0_PATHS.list),
      guarded(() => failure(405, 'Method not allowed')),
    ),
    http.all(at('*'), () => failure(404, 'Not found')),
  ];
}
