/**
 * databases/field_values/ of the embedded backend (demo only, like segments/estimate/): the values
 * a text field holds in a database, most frequent first, so the builder can suggest them and say
 * when a typed value matches no profile. Real Altcraft documents no such method.
 */
import type { HttpHandler } from 'msw';
import { DEMO_ONLY_PATHS } from '@/api/altcraft/endpoints';
import { wireFieldValuesRequestSchema } from '@/api/altcraft/wire';
import type { Profile } from '@/domain/model';
import { endpoint, ok, refuse } from './endpoint';

/** Values answered at most; a field with more distinct values answers `complete: false`. */
export const FIELD_VALUES_LIMIT = 200;

type Tally = ReadonlyArray<{ value: string; count: number }>;

/** Per profile list (generated once and immutable) and field: every text value with its count. */
const tallies = new WeakMap<readonly Profile[], Map<string, Tally>>();

function tallyOf(profiles: readonly Profile[], field: string): Tally {
  let byField = tallies.get(profiles);
  if (!byField) {
    byField = new Map();
    tallies.set(profiles, byField);
  }
  let tally = byField.get(field);
  if (!tally) {
    const counts = new Map<string, number>();
    for (const profile of profiles) {
      const value = profile[field];
      if (typeof value === 'string' && value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    tally = [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    byField.set(field, tally);
  }
  return tally;
}

/** The values of `field` that start with `prefix` (ignoring case), most frequent first. */
export function knownValues(profiles: readonly Profile[], field: string, prefix = '', limit = FIELD_VALUES_LIMIT) {
  const start = prefix.trim().toLocaleLowerCase();
  const tally = tallyOf(profiles, field);
  const matching = start === '' ? tally : tally.filter((entry) => entry.value.toLocaleLowerCase().startsWith(start));
  const size = Math.max(1, Math.min(limit, FIELD_VALUES_LIMIT));
  return { values: matching.slice(0, size), complete: matching.length <= size };
}

export function fieldValueHandlers(baseUrl: string): HttpHandler[] {
  return [
    endpoint(baseUrl, {
      path: DEMO_ONLY_PATHS.fieldValues,
      schema: wireFieldValuesRequestSchema,
      handle: (body, backend) => {
        if (!backend.store.database(body.id)) return refuse(404, `database ${body.id} does not exist`);
        return ok(knownValues(backend.store.profiles(body.id), body.field, body.prefix, body.limit));
      },
    }),
  ];
}
