import { fromWire } from '@/api/altcraft/convert';
import { nodeIdsByPath } from '@/api/altcraft/nesting';
import { catalogFromWire } from '@/api/altcraft/resources';
import {
  wireCountersSchema,
  wireEstimateSchema,
  wireSegmentBodySchema,
  wireSegmentListItemSchema,
  wireSegmentRecordSchema,
  type AltcraftSegmentRecord,
} from '@/api/altcraft/wire';
import { count, countPerGroup } from '@/domain/evaluate';
import { currentBackend, resetStore } from '../backend';
import { resetMockBehavior } from '../behavior';
import { DATABASES } from '../seed/databases';
import { call } from '../testing/call';
import { REFRESH_DURATION_MS } from './segments';

const catalog = catalogFromWire(DATABASES[0]!.fields);
const profiles = () => currentBackend().store.profiles(1);

const query = (name: string, operator: string, type: string, value: unknown) => ({
  compo: 'default',
  name,
  operator,
  type,
  value: [{ name: 'default', value }],
});

const block = (queries: unknown[], extra: Record<string, unknown> = {}) => ({
  condition: 'and',
  limit: 0,
  list_id: 1,
  percent_from: 0,
  percent_to: 100,
  queries,
  ...extra,
});

const dynamicBody = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  is_static: false,
  segment: [block([query('_city', 'equal', 'unicode', 'Kazan'), query('_sex', 'equal', 'enum', 2)], extra)],
});

beforeEach(() => {
  resetStore();
  resetMockBehavior();
});

async function walkList(limit: number, filters: Record<string, unknown> = {}) {
  const ids: number[] = [];
  let from = 1;
  let total = -1;
  for (let pages = 0; pages < 100; pages++) {
    const { body } = await call<unknown[]>('segments/list/', { from_id: from, limit, ...filters });
    expect(body.error).toBe(0);
    total = body.total_count!;
    ids.push(...body.data.map((item) => wireSegmentListItemSchema.parse(item).id as number));
    if (!body.next_from_id) break;
    from = body.next_from_id;
  }
  return { ids, total };
}

describe('segments/list/', () => {
  it('pages through every segment with from_id / next_from_id', async () => {
    const all = currentBackend()
      .store.segments()
      .map((s) => s.id);
    const { ids, total } = await walkList(7);
    expect(ids).toEqual(all);
    expect(total).toBe(all.length);
  });

  it('answers items in the documented shape, with a count only once the segment has been counted', async () => {
    const first = async () => {
      const { body } = await call<unknown[]>('segments/list/', { limit: 3 });
      expect(body.data).toHaveLength(3);
      expect(body.next_from_id).toBe(4);
      return wireSegmentListItemSchema.parse(body.data[0]);
    };
    // A cold list does not wait for the profiles to be generated and counted.
    const cold = await first();
    expect(cold).toMatchObject({ id: 1, name: 'Women in Moscow', Groups: [], is_static: false, list_id: 1 });
    expect(cold).not.toHaveProperty('count');

    await call('segments/get/', { id: 1 });
    const record = currentBackend().store.segment(1)!;
    expect((await first()).count).toBe(count(profiles(), fromWire(record), catalog));

    // A new name keeps the count; new conditions make it unknown until the segment is read again.
    await call('segments/update/', { ...record, name: 'Women in Moscow, renamed' });
    expect((await first()).count).toBe(count(profiles(), fromWire(record), catalog));
    await call('segments/update/', { ...record, segment: dynamicBody('Kazan').segment });
    expect(await first()).not.toHaveProperty('count');
  });

  it('filters by ui_tags and by the demo-only name search', async () => {
    const byTag = await walkList(1000, { ui_tags: ['birthday'] });
    expect(byTag.total).toBe(2);
    const bySearch = await call<Array<{ name: string }>>('segments/list/', { search: 'MOBILE:' });
    expect(bySearch.body.data.map((s) => s.name)).toEqual([
      'Mobile: latest app version',
      'Mobile: Kazakhstan and Uzbekistan',
      'Mobile: push-ready users',
    ]);
    const none = await call<unknown[]>('segments/list/', { from_id: 10_000 });
    expect(none.body).toMatchObject({ data: [], next_from_id: 0 });
  });
});

describe('segments/get/', () => {
  it('answers the stored record in read form, with the evaluator count', async () => {
    const { status, body } = await call<AltcraftSegmentRecord>('segments/get/', { id: 22 });
    expect(status).toBe(200);
    const record = wireSegmentRecordSchema.parse(body.data);
    expect(record.name).toBe('Silver members drifting away');
    expect(record.segment?.[0]?.queries[0]).toMatchObject({ condition: '', child: [] });
    expect(record.count).toBe(count(profiles(), fromWire(record), catalog));
  });

  it('counts every seeded segment exactly as the domain evaluator does', async () => {
    const { store } = currentBackend();
    const answered: Record<string, number | null | undefined> = {};
    const expected: Record<string, number> = {};
    for (const record of store.segments()) {
      const { body } = await call<AltcraftSegmentRecord>('segments/get/', { id: String(record.id) });
      answered[record.name] = body.data.count;
      expected[record.name] =
        record.is_static && record.segment.length === 0
          ? store.members(record.id).size
          : count(
              store.profiles(record.list_id),
              fromWire(record),
              catalogFromWire(store.database(record.list_id)!.fields),
            );
    }
    expect(answered).toEqual(expected);
  });

  it('answers 404 for an unknown id, still with HTTP 200', async () => {
    const { status, body } = await call('segments/get/', { id: 9999 });
    expect(status).toBe(200);
    expect(body).toMatchObject({ error: 404, data: null });
    expect(body.error_text).toContain('9999');
  });
});

describe('segments/add/', () => {
  it('stores a dynamic segment and answers its new id', async () => {
    const { body } = await call<{ saved_id: number }>('segments/add/', dynamicBody('Women in Kazan'));
    expect(body).toMatchObject({ error: 0, error_text: 'Successful operation' });
    const id = body.data.saved_id;
    const got = await call<AltcraftSegmentRecord>('segments/get/', { id });
    expect(got.body.data).toMatchObject({ id, name: 'Women in Kazan', is_static: false, list_id: 1 });
    const expected = profiles().filter((p) => p['_city'] === 'Kazan' && p['_sex'] === 2).length;
    expect(got.body.data.count).toBe(expected);
  });

  it('stores a static segment with an empty member list', async () => {
    const { body } = await call<{ saved_id: number }>('segments/add/', {
      name: 'Manual list',
      is_static: true,
      list_id: 2,
    });
    const got = await call<AltcraftSegmentRecord>('segments/get/', { id: body.data.saved_id });
    expect(got.body.data).toMatchObject({ is_static: true, list_id: 2, count: 0, segment: [] });
  });

  it('keeps sample and limit in the count', async () => {
    const { body } = await call<{ saved_id: number }>(
      'segments/add/',
      dynamicBody('Kazan women, capped', { percent_from: 0, percent_to: 50, limit: 25 }),
    );
    const got = await call<AltcraftSegmentRecord>('segments/get/', { id: body.data.saved_id });
    expect(got.body.data.count).toBe(25);
  });

  it('answers 409 for a name another segment has', async () => {
    const { body } = await call('segments/add/', dynamicBody('  women IN moscow '));
    expect(body.error).toBe(409);
    expect(body.error_text).toContain('Women in Moscow');
  });

  it('answers 450 naming the fields that fail the wire schema', async () => {
    const { body } = await call('segments/add/', { segment: 'nope' });
    expect(body.error).toBe(450);
    expect(body.error_text).toMatch(/^Validation error: /);
    expect(body.error_text).toContain('name');
    expect(body.error_text).toContain('is_static');
    expect(Object.keys(body.data as object)).toEqual(expect.arrayContaining(['name', 'is_static', 'segment']));
  });

  it('answers 450 for values outside the documented rules', async () => {
    const bad = await call('segments/add/', dynamicBody('Bad', { percent_from: 60, percent_to: 40, limit: -1 }));
    expect(bad.body.error).toBe(450);
    expect(bad.body.data).toEqual({
      'segment.0.percent_to': 'must be greater than percent_from',
      'segment.0.limit': 'must be a whole number, 0 for no limit',
    });
    const noBlocks = await call('segments/add/', { name: 'Empty', is_static: false });
    expect(noBlocks.body.data).toHaveProperty('segment');
    const noDb = await call('segments/add/', { name: 'No database', is_static: true });
    expect(noDb.body.data).toHaveProperty('list_id');
    const unknownDb = await call('segments/add/', dynamicBody('Unknown db', { list_id: 77 }));
    expect(unknownDb.body.data).toEqual({ 'segment.0.list_id': 'database 77 does not exist' });
    const blank = await call('segments/add/', dynamicBody('   '));
    expect(blank.body.data).toEqual({ name: 'must not be empty' });
  });

  it('refuses groups nested deeper than Altcraft allows', async () => {
    const group = (child: unknown[]) => ({
      compo: '',
      name: '',
      operator: '',
      type: '',
      value: [],
      condition: 'or',
      child,
    });
    const leaf = query('_city', 'equal', 'unicode', 'Omsk');
    const deep = { name: 'Too deep', is_static: false, segment: [block([group([group([group([leaf])])])])] };
    const { body } = await call('segments/add/', deep);
    expect(body.error).toBe(450);
    expect(body.data).toHaveProperty(['segment.0.queries']);
  });
});

describe('segments/update/', () => {
  it('renames and rewrites conditions, keeping the database', async () => {
    const { body } = await call<{ saved_id: number }>('segments/update/', {
      id: 1,
      list_id: 1,
      ...dynamicBody('Women in Kazan'),
    });
    expect(body.data.saved_id).toBe(1);
    const got = await call<AltcraftSegmentRecord>('segments/get/', { id: 1 });
    expect(got.body.data.name).toBe('Women in Kazan');
    expect(got.body.data.ui_tags).toEqual(['geo', 'demographics']);
  });

  it('answers 404, 409 and 450 as the vendor does', async () => {
    expect((await call('segments/update/', { id: 999, ...dynamicBody('X') })).body.error).toBe(404);
    expect((await call('segments/update/', { id: 1, ...dynamicBody('Lapsed VIPs') })).body.error).toBe(409);
    const moved = await call('segments/update/', { id: 1, list_id: 2, ...dynamicBody('Women in Moscow') });
    expect(moved.body).toMatchObject({ error: 450, data: { list_id: "the database of a segment can't be changed" } });
    expect((await call('segments/update/', { name: 'no id', is_static: false })).body.error).toBe(450);
  });
});

describe('segments/delete/', () => {
  it('deletes, then the segment is gone', async () => {
    expect((await call('segments/delete/', { id: 3 })).body).toMatchObject({ error: 0, data: null });
    expect((await call('segments/get/', { id: 3 })).body.error).toBe(404);
    expect((await call('segments/delete/', { id: 3 })).body.error).toBe(404);
  });
});

describe('segments/get_counters and refresh_counters', () => {
  it('counts reachable members per channel and subscription status', async () => {
    const { body } = await call('segments/get_counters', { id: 1, db_id: 1 });
    const counters = wireCountersSchema.parse(body.data);
    expect(counters.map((c) => c.channel)).toEqual(['email', 'sms', 'push']);
    const members = currentBackend().evaluator.members(currentBackend().store.segment(1)!);
    const email = counters[0]!.status;
    expect(email.subscribed_sendable).toBe(members.filter((p) => p.email && p['_status'] === 0).length);
    expect(email.unconfirmed_sendable).toBe(members.filter((p) => p.email && p['_status'] === 1).length);
    expect(email.subscribed_sendable + email.unconfirmed_sendable).toBeLessThanOrEqual(members.length);
    expect((await call('segments/get_counters', { id: 404 })).body.error).toBe(404);
  });

  it('starts a recount task whose progress grows to completed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const started = await call<{ task_id: number }>('segments/refresh_counters', { id: 1 });
      const taskId = started.body.data.task_id;
      const status = async () =>
        (await call<{ status: string; progress: number }>('tasks/status', { task_id: taskId })).body.data;
      expect(await status()).toEqual({ status: 'processing', progress: 0 });
      vi.advanceTimersByTime(REFRESH_DURATION_MS / 2);
      expect(await status()).toEqual({ status: 'processing', progress: 50 });
      vi.advanceTimersByTime(REFRESH_DURATION_MS);
      expect(await status()).toEqual({ status: 'completed', progress: 100 });
    } finally {
      vi.useRealTimers();
    }
    expect((await call('tasks/status', { task_id: 12345 })).body.error).toBe(404);
    expect((await call('segments/refresh_counters', { id: 404 })).body.error).toBe(404);
  });
});

describe('segments/estimate/ (demo only)', () => {
  it('answers the total and a count per group keyed by wire path', async () => {
    const body = {
      name: '',
      is_static: false,
      segment: [
        block([
          query('_sex', 'equal', 'enum', 2),
          {
            compo: '',
            name: '',
            operator: '',
            type: '',
            value: [],
            condition: 'or',
            child: [query('_city', 'equal', 'unicode', 'Moscow'), query('_city', 'equal', 'unicode', 'Kazan')],
          },
        ]),
      ],
    };
    const { body: answer } = await call('segments/estimate/', body);
    const estimate = wireEstimateSchema.parse(answer.data);
    const segment = fromWire(wireSegmentBodySchema.parse(body));
    expect(estimate.total).toBe(count(profiles(), segment, catalog));
    const perGroup = countPerGroup(profiles(), segment.blocks[0]!, catalog);
    const ids = nodeIdsByPath(segment);
    expect(estimate.per_group).toEqual({ '0': perGroup.get(ids.get('0')!), '0.1': perGroup.get(ids.get('0.1')!) });
    expect(estimate.per_group['0.1']).toBeGreaterThan(estimate.total);
  });

  it('includes sample and limit, and checks the draft like a save (but not its name)', async () => {
    const limited = await call('segments/estimate/', {
      ...dynamicBody(''),
      segment: dynamicBody('', { limit: 10 }).segment,
    });
    expect(wireEstimateSchema.parse(limited.body.data).total).toBe(10);
    const half = await call('segments/estimate/', dynamicBody('', { percent_from: 0, percent_to: 50 }));
    const full = await call('segments/estimate/', dynamicBody(''));
    const [h, f] = [half, full].map((r) => wireEstimateSchema.parse(r.body.data).total);
    expect(h).toBeLessThan(f!);
    expect(h).toBeGreaterThan(0);
    const bad = await call('segments/estimate/', dynamicBody('', { percent_to: 0 }));
    expect(bad.body.error).toBe(450);
    const staticDraft = await call('segments/estimate/', { name: 'x', is_static: true, list_id: 1 });
    expect(staticDraft.body.data).toEqual({ total: 0, per_group: {} });
  });
});
