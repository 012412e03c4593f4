import { DEMO_PUSH0_BASE_URL, DEMO_PUSH0_KEY } from '@/api/demo';
import { resetStore } from '../backend';
import { resetMockBehavior, setMockBehavior } from '../behavior';
import { PUSH0_FAULT_PATH } from './guard';
import { push0Id, PUSH0_SEED_TIME, type Push0Segment } from './seed';
import { push0 } from './testing';

beforeEach(() => {
  resetStore();
  resetMockBehavior();
});

const deviceGroup = { type: 'AND', constraints: [{ field: 'deviceManufacturer', relation: '==', value: 'Xiaomi' }] };
const newSegment = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  constraints: [deviceGroup],
  ...extra,
});

describe('request rules', () => {
  it('needs Content-Type: application/json on every method, GET and DELETE included', async () => {
    for (const method of ['GET', 'DELETE', 'POST', 'PATCH'] as const) {
      const missing = await push0<{ message: string }>('', { method, contentType: null });
      expect(missing).toEqual({ status: 400, body: { message: 'Content-Type must be application/json' } });
    }
    expect((await push0('', { contentType: 'text/plain' })).status).toBe(400);
    expect((await push0('', { contentType: 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('answers 401 without a key and 403 with a wrong one', async () => {
    const missing = await push0<{ message: string }>('', { key: null });
    expect(missing.status).toBe(401);
    expect(missing.body.message).toMatch(/Bearer/);
    const wrong = await push0<{ message: string }>('', { key: 'stolen' });
    expect(wrong).toEqual({ status: 403, body: { message: 'Invalid API key' } });
    const notBearer = await fetch(`${DEMO_PUSH0_BASE_URL}/segments`, {
      headers: { 'Content-Type': 'application/json', Authorization: DEMO_PUSH0_KEY },
    });
    expect(notBearer.status).toBe(401);
  });

  it('answers 400 for a body that is not a JSON object, 404 elsewhere, 405 for other methods', async () => {
    expect((await push0('', { method: 'POST', body: '{"name": ' })).status).toBe(400);
    expect((await push0('', { method: 'POST', body: [1] })).status).toBe(400);
    expect((await push0('', { method: 'PUT', body: {} })).status).toBe(405);
    const other = await fetch(`${DEMO_PUSH0_BASE_URL}/devices`);
    expect(other.status).toBe(404);
  });
});

describe('seeded account', () => {
  it('lists 25 deterministic segments in the vendor shape, oldest first', async () => {
    const { status, body } = await push0<Push0Segment[]>('?limit=100');
    expect(status).toBe(200);
    expect(body).toHaveLength(25);
    expect(body[0]).toMatchObject({ id: push0Id(0), name: 'Moscow time zone, active this week' });
    expect(body[0]!.id).toMatch(/^sg_[0-9a-z]{12}$/);
    expect(new Set(body.map((s) => s.id)).size).toBe(25);
    const times = body.map((s) => s.createdAt);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(body.every((s) => s.createdAt < PUSH0_SEED_TIME)).toBe(true);
    expect(body.some((s) => s.updatedAt === null)).toBe(true);
    // The vendor's own spelling of equals is in the data, for the adapter to read.
    expect(JSON.stringify(body)).toContain('"relation":"EQUALS"');
    expect(body.some((s) => s.constraints.some((g) => g.type === 'OR'))).toBe(true);
  });
});

describe('list and get', () => {
  it('pages with page and limit (default 50) and stops on a short page', async () => {
    const all = (await push0<Push0Segment[]>('')).body;
    expect(all).toHaveLength(25);
    const first = await push0<Push0Segment[]>('?page=1&limit=10');
    const third = await push0<Push0Segment[]>('?page=3&limit=10');
    expect(first.body.map((s) => s.id)).toEqual(all.slice(0, 10).map((s) => s.id));
    expect(third.body.map((s) => s.id)).toEqual(all.slice(20).map((s) => s.id));
    expect((await push0<Push0Segment[]>('?page=4&limit=10')).body).toEqual([]);
  });

  it('refuses malformed paging', async () => {
    for (const query of ['?page=0', '?page=x', '?limit=0', '?limit=101', '?limit=2.5']) {
      const { status, body } = await push0<{ message: string }>(query);
      expect({ query, status }).toEqual({ query, status: 400 });
      expect(body.message).toMatch(/page|limit/);
    }
    expect((await push0<Push0Segment[]>('?limit=100')).status).toBe(200);
  });

  it('filters by a case-insensitive part of the name, on the server', async () => {
    const { body } = await push0<Push0Segment[]>('?name=MOSCOW');
    expect(body.map((s) => s.name)).toEqual(['Moscow time zone, active this week', 'Cart abandoners in Moscow time']);
    expect((await push0<Push0Segment[]>('?name=moscow&limit=1&page=2')).body.map((s) => s.name)).toEqual([
      'Cart abandoners in Moscow time',
    ]);
  });

  it('gets one segment by id as an array of zero or one', async () => {
    const id = push0Id(3);
    const { body } = await push0<Push0Segment[]>(`?id=${id}`);
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({ id, name: 'Tablets in Germany' });
    expect((await push0<Push0Segment[]>('?id=sg_nothere')).body).toEqual([]);
  });
});

describe('create, update, delete', () => {
  it('creates a segment and answers 201 with the whole object', async () => {
    const before = Date.now();
    const { status, body } = await push0<Push0Segment>('', {
      method: 'POST',
      body: newSegment('Xiaomi owners', { description: 'From the test' }),
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      name: 'Xiaomi owners',
      description: 'From the test',
      constraints: [deviceGroup],
      updatedAt: null,
    });
    expect(body.id).toMatch(/^sg_/);
    expect(body.createdAt).toBeGreaterThanOrEqual(before);
    expect((await push0<Push0Segment[]>(`?id=${body.id}`)).body).toEqual([body]);
    // The vendor documents no unique names.
    expect((await push0('', { method: 'POST', body: newSegment('Xiaomi owners') })).status).toBe(201);
  });

  it('draws the same ids after a reset', async () => {
    const first = (await push0<Push0Segment>('', { method: 'POST', body: newSegment('A') })).body.id;
    resetStore();
    const again = (await push0<Push0Segment>('', { method: 'POST', body: newSegment('A') })).body.id;
    expect(again).toBe(first);
  });

  it('updates only the fields sent', async () => {
    const id = push0Id(3);
    const original = (await push0<Push0Segment[]>(`?id=${id}`)).body[0]!;
    const { status, body } = await push0<Push0Segment>('', { method: 'PATCH', body: { id, name: 'Tablets in DE' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ ...original, name: 'Tablets in DE', updatedAt: expect.any(Number) as number });
    expect(body.updatedAt).toBeGreaterThan(PUSH0_SEED_TIME);

    const cleared = await push0<Push0Segment>('', { method: 'PATCH', body: { id, description: null } });
    expect(cleared.body).toMatchObject({ name: 'Tablets in DE', description: null, constraints: original.constraints });
    const regrouped = await push0<Push0Segment>('', { method: 'PATCH', body: { id, constraints: [deviceGroup] } });
    expect(regrouped.body.constraints).toEqual([deviceGroup]);
  });

  it('answers 404 for an unknown id and 400 for a bad patch', async () => {
    const unknown = await push0<{ message: string }>('', { method: 'PATCH', body: { id: 'sg_none', name: 'x' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain('sg_none');
    expect((await push0('', { method: 'PATCH', body: { name: 'no id' } })).status).toBe(400);
    const badGroups = await push0('', { method: 'PATCH', body: { id: push0Id(0), constraints: [{ type: 'XOR' }] } });
    expect(badGroups.status).toBe(400);
    const blank = await push0('', { method: 'PATCH', body: { id: push0Id(0), name: '  ' } });
    expect(blank.status).toBe(400);
  });

  it('deletes with ?id= and answers 204, then 404', async () => {
    const id = push0Id(5);
    const deleted = await push0(`?id=${id}`, { method: 'DELETE' });
    expect(deleted).toEqual({ status: 204, body: null });
    expect((await push0<Push0Segment[]>(`?id=${id}`)).body).toEqual([]);
    expect((await push0(`?id=${id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await push0('', { method: 'DELETE' })).status).toBe(400);
  });
});

describe('validation on create', () => {
  const refused = async (body: unknown) => {
    const result = await push0<{ message: string }>('', { method: 'POST', body });
    expect(result.status).toBe(400);
    return result.body.message;
  };

  it('needs a name and constraints', async () => {
    expect(await refused({ constraints: [] })).toMatch(/^name: /);
    expect(await refused({ name: '', constraints: [] })).toMatch(/^name: /);
    expect(await refused({ name: 'No constraints' })).toBe('constraints: is required');
    expect(await refused({ name: 'Bad description', description: 5, constraints: [] })).toMatch(/^description: /);
  });

  it('names the problem with the constraints', async () => {
    const one = (constraint: unknown) => ({ name: 'x', constraints: [{ type: 'AND', constraints: [constraint] }] });
    expect(await refused({ name: 'x', constraints: {} })).toMatch(/array of groups/);
    expect(await refused(one({ field: 'shoeSize', relation: '==', value: '42' }))).toMatch(/unknown field "shoeSize"/);
    expect(await refused(one({ field: 'email', relation: '>', value: 'a' }))).toMatch(
      /constraints\[0\]\.constraints\[0\]: relation ">" is not supported for field "email"/,
    );
    expect(await refused(one({ field: 'type', relation: 'contains', value: 'pho' }))).toMatch(/relation "contains"/);
    expect(await refused(one({ field: 'type', relation: '==', value: 'fridge' }))).toMatch(/phone, tablet/);
    expect(await refused(one({ field: 'sessionCount', relation: '>=', value: 'many' }))).toMatch(/integer/);
    expect(await refused(one({ field: 'country', relation: '==', value: 'Russia' }))).toMatch(/alpha-2/);
    expect(await refused(one({ field: 'language', relation: '==', value: 'ru' }))).toMatch(/alpha-3/);
    expect(await refused(one({ field: 'email', relation: '==' }))).toMatch(/field, relation and value/);
    expect(await refused(one({ type: 'OR', constraints: [] }))).toMatch(/cannot be nested/);
  });

  it('allows at most 10 constraints per group', async () => {
    const many = (count: number) => ({
      name: 'Many',
      constraints: [
        {
          type: 'OR',
          constraints: Array.from({ length: count }, (_, i) => ({
            field: 'appVersion',
            relation: '==',
            value: `1.${i}`,
          })),
        },
      ],
    });
    expect((await push0('', { method: 'POST', body: many(10) })).status).toBe(201);
    expect(await refused(many(11))).toMatch(/at most 10/);
  });

  it('accepts EQUALS and keeps it as sent', async () => {
    const body = {
      name: 'Vendor spelling',
      constraints: [{ type: 'AND', constraints: [{ field: 'osVersion', relation: 'EQUALS', value: '13' }] }],
    };
    const created = await push0<Push0Segment>('', { method: 'POST', body });
    expect(created.status).toBe(201);
    expect(created.body.constraints[0]!.constraints[0]!.relation).toBe('EQUALS');
  });
});

describe('fault injection', () => {
  it('answers an armed fault with its status and a message, then recovers', async () => {
    setMockBehavior({ failNext: { path: PUSH0_FAULT_PATH, status: 429 } });
    expect(await push0('')).toEqual({ status: 429, body: { message: 'Too many requests (injected fault)' } });
    expect((await push0('')).status).toBe(200);
  });

  it('turns a fault without a status into a 500, and ignores faults for other paths', async () => {
    setMockBehavior({ failNext: { path: 'segments/list/' } });
    expect((await push0('')).status).toBe(200);
    setMockBehavior({ failNext: { path: PUSH0_FAULT_PATH } });
    expect((await push0('')).status).toBe(500);
  });

  it('fails at the network level when offline', async () => {
    setMockBehavior({ offline: true });
    await expect(push0('')).rejects.toThrow(TypeError);
  });
});
