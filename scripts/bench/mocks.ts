/**
 * Embedded-backend benchmarks (ms unless named otherwise):
 * - building the 50,000 Customers profiles from the seed (cold, one run: the browser pays it once);
 * - the first segments/list/ page of the seeded account, cold (every seeded count evaluated);
 * - listing 10,000 extra segments page by page through the real handlers (1,000 per page), cold
 *   (the distinct condition sets are evaluated once: duplicates share a count) and warm;
 * - counting a 20-condition segment over the 50,000 profiles: the domain `count` on the stored
 *   record (its first count, then the median of warm runs; target < 50 ms) and the
 *   segments/estimate/ method around it.
 * Run: npx tsx -e "import('./scripts/bench/mocks.ts').then(m=>m.benchMocks()).then(console.log)"
 */
import { getResponse } from 'msw';
import { fromWire } from '../../src/api/altcraft/convert';
import { catalogFromWire } from '../../src/api/altcraft/resources';
import { DEMO_BASE_URL, DEMO_TOKEN } from '../../src/api/demo';
import { count } from '../../src/domain/evaluate';
import { installStore, resetStore } from '../../src/mocks/backend';
import { createHandlers } from '../../src/mocks/handlers';
import { recordFromBody } from '../../src/mocks/records';
import { DATABASES } from '../../src/mocks/seed/databases';
import { seededStore } from '../../src/mocks/seed';
import { generateProfiles } from '../../src/mocks/seed/profiles';
import { DEMO_SEED } from '../../src/mocks/store';

const EXTRA_SEGMENTS = 10_000;
const PAGE = 1000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function time<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: Number((performance.now() - start).toFixed(2)), value };
}

async function measure(run: () => unknown, runs = 9, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(run)).ms);
  return Number(median(times).toFixed(2));
}

const handlers = createHandlers(DEMO_BASE_URL);

/** One Altcraft call through the real handlers, without any network or interception layer. */
async function post<T>(path: string, body: unknown): Promise<{ error: number; data: T; next_from_id?: number }> {
  const request = new Request(`${DEMO_BASE_URL}/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${DEMO_TOKEN}` },
    body: JSON.stringify(body),
  });
  const response = await getResponse(handlers, request);
  if (!response) throw new Error(`No handler answered ${path}`);
  const answer = (await response.json()) as { error: number; data: T; next_from_id?: number };
  if (answer.error !== 0) throw new Error(`${path} answered error ${answer.error}`);
  return answer;
}

const q = (name: string, operator: string, type: string, values: unknown[] = []) => ({
  compo: 'default',
  name,
  operator,
  type,
  value: values.map((value) => ({ name: 'default', value })),
});
const orGroup = (child: unknown[]) => ({
  compo: '',
  name: '',
  operator: '',
  type: '',
  value: [],
  condition: 'or',
  child,
});

/** Twenty conditions that most profiles pass, so nothing short-circuits early: a worst case. */
export const TWENTY_CONDITIONS = {
  name: 'Benchmark: 20 conditions',
  is_static: false,
  segment: [
    {
      condition: 'and',
      limit: 0,
      list_id: 1,
      percent_from: 0,
      percent_to: 100,
      queries: [
        q('_status', 'not_equal', 'enum', [2]),
        q('email', 'not_empty', 'email'),
        q('_country', 'not_in_list', 'unicode', ['XX', 'YY']),
        q('_bdate', 'less', 'date', ['2008-06-01']),
        q('_regdate', 'greater', 'date', ['2015-01-02']),
        q('orders_count', 'greater_or_equal', 'int', [0]),
        q('total_spent', 'less', 'float', [10_000_000]),
        q('tags', 'not_contains', 'array', ['wholesale']),
        q('_city', 'not_equal', 'unicode', ['Atlantis']),
        orGroup([
          q('_sex', 'equal', 'enum', [1]),
          q('_sex', 'equal', 'enum', [2]),
          q('loyalty_tier', 'in_list', 'enum', ['gold']),
        ]),
        orGroup([
          q('email', 'contains', 'email', ['@']),
          q('phones', 'not_empty', 'array'),
          q('_fname', 'begins', 'unicode', ['A']),
        ]),
        q('_lname', 'not_contains', 'unicode', ['zzz']),
        q('_tz', 'not_equal', 'tz', ['Mars/Base']),
        q('_region', 'not_in_list', 'unicode', ['Nowhere']),
        q('_bdate', 'anniversary', 'date', [366]),
        q('is_vip', 'equal', 'bool', [false]),
      ],
    },
  ],
};

export async function benchMocks(): Promise<Record<string, number>> {
  const customers = DATABASES[0]!;
  const profiles50k = await time(() =>
    generateProfiles(DEMO_SEED + 1, customers.id, customers.profileCount, customers.shape),
  );

  // The seeded account, cold: profiles are built and every seeded count is evaluated once.
  resetStore();
  const firstPage = await time(() => post<unknown[]>('segments/list/', { from_id: 1, limit: 50 }));

  // 10,000 more segments, as an account that duplicated its seeded ones many times.
  const store = seededStore();
  const seeded = store.segments();
  for (let i = 0; i < EXTRA_SEGMENTS; i++) {
    const source = seeded[i % seeded.length]!;
    store.add((id) => recordFromBody(id, { ...source, name: `${source.name} #${i + 1}` }));
  }
  installStore(store);
  const walk = async () => {
    let from = 1;
    let pages = 0;
    let items = 0;
    for (;;) {
      const answer = await post<unknown[]>('segments/list/', { from_id: from, limit: PAGE });
      pages += 1;
      items += answer.data.length;
      if (!answer.next_from_id) return { pages, items };
      from = answer.next_from_id;
    }
  };
  // Cold: the new backend evaluates each distinct condition set once; warm: counts are cached.
  const listing = await time(walk);
  const listingWarm = await time(walk);

  // 20 conditions over 50,000 profiles: the count the backend answers with, and an estimate.
  const saved = await post<{ saved_id: number }>('segments/add/', TWENTY_CONDITIONS);
  const record = store.segment(saved.data.saved_id)!;
  const segment = fromWire(record);
  const catalog = catalogFromWire(customers.fields);
  // Over the store's table, as the backend counts: its columns exist once the list has been
  // counted; the first count of a new segment still asks each of its conditions afresh.
  const table = store.profileTable(1);
  const first = await time(() => count(table, segment, { catalog }));
  const matches = first.value;
  const countMs = await measure(() => count(table, segment, { catalog }));
  // Estimates are cached per draft, so each run asks about a different sample range.
  let to = 100;
  const estimateMs = await measure(() =>
    post('segments/estimate/', {
      ...TWENTY_CONDITIONS,
      segment: [{ ...TWENTY_CONDITIONS.segment[0], percent_to: to-- }],
    }),
  );

  resetStore();
  return {
    profiles50kMs: profiles50k.ms,
    listFirstPageColdMs: firstPage.ms,
    list10kSegmentsColdMs: listing.ms,
    list10kSegmentsWarmMs: listingWarm.ms,
    list10kPages: listing.value.pages,
    list10kItems: listing.value.items,
    count20Conditions50kFirstMs: first.ms,
    count20Conditions50kMs: countMs,
    count20ConditionsMatches: matches,
    estimate20Conditions50kMs: estimateMs,
  };
}
