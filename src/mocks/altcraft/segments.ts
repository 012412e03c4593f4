/** Segment methods of the embedded Altcraft backend, the demo-only estimate included. */
import type { HttpHandler } from 'msw';
import { ALTCRAFT_PATHS, ALTCRAFT_UNCONFIRMED, DEMO_ONLY_PATHS } from '@/api/altcraft/endpoints';
import {
  wireCountersRequestSchema,
  wireEstimateRequestSchema,
  wireSegmentAddRequestSchema,
  wireSegmentDeleteRequestSchema,
  wireSegmentGetRequestSchema,
  wireSegmentListRequestSchema,
  wireSegmentUpdateRequestSchema,
  wireTaskStatusRequestSchema,
  type AltcraftSegmentBody,
} from '@/api/altcraft/wire';
import { z } from 'zod/mini';
import type { DemoBackend } from '../backend';
import { listItem, recordFromBody, recordWithCount } from '../records';
import type { StoredSegment } from '../store';
import { endpoint, invalid, ok, refuse, type Reply } from './endpoint';
import { page, type PageRequest } from './paging';
import { segmentBodyProblems } from './segmentRules';
import { mapInSlices } from '../timeSlicing';

/** A recount "runs" this long, so the UI can show its progress. */
export const REFRESH_DURATION_MS = 2000;

/** Ids arrive as numbers or digit strings; anything else finds nothing. */
export function numericId(id: number | string): number {
  if (typeof id === 'number') return id;
  return /^\d+$/.test(id.trim()) ? Number(id) : Number.NaN;
}

/** The segment with this id, or the 404 answer. */
export function findSegment(backend: DemoBackend, id: number | string): StoredSegment | Reply {
  return backend.store.segment(numericId(id)) ?? refuse(404, `segment ${String(id)} does not exist`);
}

export const isReply = (value: StoredSegment | Reply): value is Reply => 'ok' in value;

function duplicateName(backend: DemoBackend, name: string, self?: number): Reply | null {
  const other = backend.store.segmentNamed(name);
  return other && other.id !== self ? refuse(409, `a segment named "${other.name}" already exists`) : null;
}

function saveProblems(backend: DemoBackend, body: AltcraftSegmentBody, previous?: StoredSegment): Reply | null {
  const problems = segmentBodyProblems(body, backend.store, { requireName: true, previous });
  return Object.keys(problems).length > 0 ? invalid(problems) : duplicateName(backend, body.name, previous?.id);
}

interface ListBody extends PageRequest {
  ui_tags?: string[];
  /** Demo only: a case-insensitive part of the name. */
  search?: string;
}

const listRequestSchema = z.extend(wireSegmentListRequestSchema, { search: z.optional(z.string()) });

async function listSegments(body: ListBody, backend: DemoBackend): Promise<Reply> {
  const tags = body.ui_tags ?? [];
  const search = body.search?.trim().toLowerCase() ?? '';
  const matching = backend.store
    .segments()
    .filter((segment) => tags.length === 0 || segment.ui_tags.some((tag) => tags.includes(tag)))
    .filter((segment) => search === '' || segment.name.toLowerCase().includes(search));
  const { items, extra } = page(matching, body);
  const listed = await mapInSlices(items, (segment) => listItem(segment, backend.evaluator.knownCount(segment)));
  return ok(listed, extra);
}

function taskStatus(backend: DemoBackend, taskId: number | string): Reply {
  const task = backend.tasks.get(numericId(taskId));
  if (!task) return refuse(404, `task ${String(taskId)} does not exist`);
  const progress = Math.min(100, Math.floor(((Date.now() - task.startedAt) / REFRESH_DURATION_MS) * 100));
  return ok({ status: progress >= 100 ? 'completed' : 'processing', progress });
}

export function segmentHandlers(baseUrl: string): HttpHandler[] {
  return [
    endpoint(baseUrl, {
      path: ALTCRAFT_PATHS.segmentsAdd,
      write: true,
      schema: wireSegmentAddRequestSchema,
      handle: (body, backend) => {
        const refused = saveProblems(backend, body);
        if (refused) return refused;
        const id = backend.store.add((newId) => recordFromBody(newId, body));
        return ok({ saved_id: id });
      },
    }),
    endpoint(baseUrl, {
      path: ALTCRAFT_PATHS.segmentsUpdate,
      write: true,
      schema: wireSegmentUpdateRequestSchema,
      handle: (body, backend) => {
        const previous = findSegment(backend, body.id);
        if (isReply(previous)) return previous;
        const refused = saveProblems(backend, body, previous);
        if (refused) return refused;
        backend.store.replace(recordFromBody(previous.id, body, previous));
        return ok({ saved_id: previous.id });
      },
    }),
    endpoint(baseUrl, {
      path: ALTCRAFT_PATHS.segmentsGet,
      schema: wireSegmentGetRequestSchema,
      handle: (body, backend) => {
        const segment = findSegment(backend, body.id);
        return isReply(segment) ? segment : ok(recordWithCount(segment, backend.evaluator.count(segment)));
      },
    }),
    endpoint(baseUrl, {
      path: ALTCRAFT_UNCONFIRMED.segmentsDeletePath,
      write: true,
      schema: wireSegmentDeleteRequestSchema,
      handle: (body, backend) => {
        const segment = findSegment(backend, body.id);
        if (isReply(segment)) return segment;
        backend.store.remove(segment.id);
        return ok(null);
      },
    }),
    endpoint(baseUrl, { path: ALTCRAFT_PATHS.segmentsList, schema: listRequestSchema, handle: listSegments }),
    endpoint(baseUrl, {
      path: ALTCRAFT_PATHS.segmentsCounters,
      schema: wireCountersRequestSchema,
      handle: (body, backend) => {
        const segment = findSegment(backend, body.id);
        return isReply(segment) ? segment : ok(backend.evaluator.counters(segment));
      },
    }),
    endpoint(baseUrl, {
      path: ALTCRAFT_PATHS.segmentsRefreshCounters,
      write: true,
      schema: wireCountersRequestSchema,
      handle: (body, backend) => {
        const segment = findSegment(backend, body.id);
        if (isReply(segment)) return segment;
        const taskId = backend.nextTaskId++;
        backend.tasks.set(taskId, { segmentId: segment.id, startedAt: Date.now() });
        return ok({ task_id: taskId });
      },
    }),
    endpoint(baseUrl, {
      path: ALTCRAFT_PATHS.tasksStatus,
      schema: wireTaskStatusRequestSchema,
      handle: (body, backend) => taskStatus(backend, body.task_id),
    }),
    endpoint(baseUrl, {
      path: DEMO_ONLY_PATHS.estimate,
      schema: wireEstimateRequestSchema,
      handle: async (body, backend) => {
        const problems = segmentBodyProblems(body, backend.store, { requireName: false });
        return Object.keys(problems).length > 0 ? invalid(problems) : ok(await backend.evaluator.estimate(body));
      },
    }),
  ];
}
