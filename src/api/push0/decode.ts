/**
 * Push0's answers → data. Failures are a non-2xx status with `{message}` (../rest.ts maps them:
 * 400, 401/403, 408, 429 with Retry-After, 5xx); a 2xx body that is not the documented shape is an
 * ApiError 'bad_response'. Every decoder throws ApiError and nothing else, whatever the body.
 */
import { z } from 'zod';
import { ApiError } from '../errors';
import type { Decode } from '../http';
import type { SegmentPage, SegmentSummary } from '../provider';
import { decodeRest } from '../rest';
import { isoOf } from './convert';
import {
  push0CreatedSchema,
  push0GetSchema,
  push0ListSchema,
  type Push0Id,
  type Push0ListItem,
  type Push0Segment,
} from './wire';

export function summaryFromWire(item: Push0ListItem): SegmentSummary {
  const summary: SegmentSummary = { id: item.id, name: item.name, tags: [], kind: 'dynamic' };
  // Never edited: last changed when it was created.
  const updatedAt = isoOf(item.updatedAt ?? item.createdAt);
  const createdAt = isoOf(item.createdAt);
  if (updatedAt) summary.updatedAt = updatedAt;
  if (createdAt) summary.createdAt = createdAt;
  return summary;
}

/** A page of the list: one shorter than `limit` is the last (documented); the total is unknown. */
export function decodeListPage(page: number, limit: number): Decode<SegmentPage> {
  const decode = decodeRest(push0ListSchema);
  return (answer) => {
    const items = decode(answer);
    return { items: items.map(summaryFromWire), nextCursor: items.length < limit ? null : page + 1, total: null };
  };
}

/**
 * The one segment of a get answer (a bare array of zero or one). It must carry the id asked for:
 * a server that ignored `?id=` and answered a list page must not open some other segment.
 */
export function decodeGet(id: Push0Id): Decode<Push0Segment> {
  const decode = decodeRest(push0GetSchema);
  return (answer) => {
    const found = decode(answer).find((segment) => String(segment.id) === String(id));
    if (!found) throw new ApiError({ code: 404, status: answer.status });
    return found;
  };
}

/** The new id from a create answer: `"sg_…"`, `{"id": "sg_…"}` or the whole segment (200 or 201). */
export const decodeCreated: Decode<{ id: Push0Id }> = (answer) => {
  const created = decodeRest(push0CreatedSchema)(answer);
  return { id: typeof created === 'string' ? created : created.id };
};

/** Update and delete: any 2xx answer will do, an empty one (204) included. */
export const decodeAccepted: Decode<unknown> = decodeRest(z.unknown());
