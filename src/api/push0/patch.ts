/**
 * The PATCH body of an update: `{id, ...only the changed fields}` (documented: only the fields
 * sent are updated). Changes are found against the wire segment kept on `origin`; without one,
 * everything is sent. Unchanged constraints are not resent.
 */
import type { Segment } from '@/domain/model';
import { unsupported } from '../errors';
import { jsonEqual } from '../json';
import { constraintsOf } from './convert';
import { PUSH0_UNCONFIRMED } from './endpoints';
import { indexOrigin, readOrigin } from './origin';
import type { Push0UpdateBody } from './wire';

/** No description, an empty one and null all mean the same: none. */
const descriptionOf = (text: string | null | undefined): string | undefined => text || undefined;

export function updateBody(segment: Segment): Push0UpdateBody {
  if (segment.id === undefined || segment.id === '') throw unsupported({ code: 'no_id' });
  const read = readOrigin(segment.origin);
  const constraints = constraintsOf(segment, indexOrigin(read));
  // An origin of another segment (a copy, say) tells nothing about what this one holds.
  const origin = read && String(read.id) === String(segment.id) ? read : null;
  const description = descriptionOf(segment.description);
  if (!origin) {
    return { id: segment.id, name: segment.name, ...(description ? { description } : {}), constraints };
  }
  const body: Push0UpdateBody = { id: segment.id };
  if (segment.name !== origin.name) body.name = segment.name;
  if (description !== descriptionOf(origin.description)) {
    body.description = description ?? PUSH0_UNCONFIRMED.clearedDescription;
  }
  if (!jsonEqual(constraints, origin.constraints)) body.constraints = constraints;
  return body;
}
