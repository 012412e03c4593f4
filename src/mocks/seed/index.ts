/** Builds the demo account: the seeded segments go through the Altcraft adapter's own `toWire`. */
import { toWire } from '@/api/altcraft/convert';
import { recordFromBody } from '../records';
import { DEMO_SEED, DemoStore } from '../store';
import { DATABASES } from './databases';
import { SEED_SEGMENTS, type MemberPick } from './segments';

/** Seeded static segments' member picks, by segment id (ids are given 1, 2, 3 ... in seed order). */
export const SEED_PICKS: ReadonlyMap<number, MemberPick> = new Map(
  SEED_SEGMENTS.flatMap((seeded, index) => (seeded.members ? [[index + 1, seeded.members] as const] : [])),
);

function wireTypes(databaseId: number): (field: string) => string | undefined {
  const fields = DATABASES.find((db) => db.id === databaseId)?.fields ?? [];
  return (field) => fields.find((f) => f.name === field)?.type;
}

export function seededStore(seed: number = DEMO_SEED): DemoStore {
  const segments = SEED_SEGMENTS.map(({ segment }, index) => {
    const body = toWire(segment, { mode: 'create', wireTypeOf: wireTypes(segment.databaseId) });
    return recordFromBody(index + 1, {
      ...body,
      ...(segment.description ? { description: segment.description } : {}),
      ui_tags: segment.tags,
    });
  });
  const members = new Map([...SEED_PICKS].map(([id, pick]) => [id, { pick }] as const));
  return new DemoStore({ seed, nextId: segments.length + 1, segments, members });
}
