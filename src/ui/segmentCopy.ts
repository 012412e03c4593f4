import type { Segment } from '@/domain/model';

/**
 * A clone's content: everything that defines the audience, vendor parts the builder does not
 * model included (`origin`), without what belongs to the original: its id, size and dates.
 */
export function copyOf(segment: Segment, name: string): Segment {
  const { id: _id, count: _count, updatedAt: _updatedAt, ...rest } = segment;
  return { ...rest, name };
}
