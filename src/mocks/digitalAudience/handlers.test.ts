// Nothing in this file signs in: MSW's cookie jar would then carry the session into every later
// case. Login and the jar are covered in session.test.ts.
import { DA_PATHS } from '@/api/digitalAudience/endpoints';
import { DEMO_DA_AUDIENCE_ID, DEMO_DA_BASE_URL } from '@/api/demo';
import { resetStore } from '../backend';
import { resetMockBehavior, setMockBehavior } from '../behavior';
import { DA_FAULT_PATHS } from './routes';
import { DA_FIRST_ID, DA_FIRST_SEGMENT_ID, DA_STATUSES, type DaAudience, type DaSegment } from './seed';
import { SESSION_EXPIRED } from './session';
import { da } from './testing';

beforeEach(() => {
  resetStore();
  resetMockBehavior();
});

type Wrapped<T> = { data: T };
const list = (audience = DEMO_DA_AUDIENCE_ID) => da<Wrapped<DaSegment[]>>(DA_PATHS.listByAudience(audience));

describe('session', () => {
  it('answers 401 with the vendor-style message without a session or with a wrong one', async () => {
    expect(await da(DA_PATHS.listByAudience(DEMO_DA_AUDIENCE_ID), { session: null })).toMatchObject({
      status: 401,
      body: { message: SESSION_EXPIRED },
    });
    expect((await da(DA_PATHS.get(DA_FIRST_ID), { session: 'stale' })).status).toBe(401);
    expect(
      (await da(DA_PATHS.get(DA_FIRST_ID), { session: null, headers: { Cookie: 'digitalAudience=stale' } })).status,
    ).toBe(401);
  });

  it('takes the session from the cookie, or (in the browser demo) from the session header', async () => {
    const cookie = await da(DA_PATHS.get(DA_FIRST_ID), {
      session: null,
      headers: { Cookie: 'theme=dark; digitalAudience=demo-da-session' },
    });
    expect(cookie.status).toBe(200);
    expect((await da(DA_PATHS.get(DA_FIRST_ID))).status).toBe(200);
  });
});

describe('list by audience', () => {
  it('matches the literal colon of segment/audience:{id} and wraps the answer', async () => {
    const { status, body } = await list();
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['data']);
    expect(body.data).toHaveLength(15);
    expect(body.data.every((s) => s.audienceId === Number(DEMO_DA_AUDIENCE_ID))).toBe(true);
    // The same route with the colon percent-encoded, as some clients and proxies send it.
    const encoded = await fetch(`${DEMO_DA_BASE_URL}/segment/audience%3A${DEMO_DA_AUDIENCE_ID}`, {
      headers: { 'X-DA-Session': 'demo-da-session' },
    });
    expect(((await encoded.json()) as Wrapped<DaSegment[]>).data).toHaveLength(15);
  });

  it('answers every field of the vendor table, with consistent statuses', async () => {
    const first = (await list()).body.data[0]!;
    expect(Object.keys(first).sort()).toEqual(
      [
        'id',
        'segmentId',
        'segmentRefId',
        'name',
        'description',
        'categoryId',
        'accountId',
        'audienceId',
        'platformId',
        'userId',
        'userName',
        'extend',
        'active',
        'isRecurring',
        'isSystemGenerated',
        'country',
        'startDate',
        'endDate',
        'status',
        'statusId',
        'totalLogCount',
        'totalReadyCount',
        'totalProcessingCount',
        'totalPendingCount',
        'totalUploadCount',
        'totalFailedCount',
        'totalNoDataCount',
        'totalSegmentUploadCount',
        'created',
        'updated',
      ].sort(),
    );
    expect(first).toMatchObject({
      id: DA_FIRST_ID,
      segmentId: DA_FIRST_SEGMENT_ID,
      name: 'Site visitors, last 30 days',
      country: 643,
    });
    expect(first.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    for (const segment of (await list()).body.data) {
      expect(DA_STATUSES[segment.status as keyof typeof DA_STATUSES]).toBe(segment.statusId);
      expect(Date.parse(segment.endDate)).toBeGreaterThan(Date.parse(segment.startDate));
    }
  });

  it('answers an empty list for an audience without segments, and 404 for a non-numeric one', async () => {
    expect((await list('1002')).body.data).toHaveLength(3);
    expect(await list('4242')).toMatchObject({ status: 200, body: { data: [] } });
    expect((await list('abc')).status).toBe(404);
  });
});

describe('one segment', () => {
  it('loads a segment by id or by segmentId, and 404s otherwise', async () => {
    const byId = await da<Wrapped<DaSegment>>(DA_PATHS.get(DA_FIRST_ID + 1));
    expect(byId.body.data.name).toBe('Cart abandoners');
    const bySegmentId = await da<Wrapped<DaSegment>>(DA_PATHS.get(DA_FIRST_SEGMENT_ID + 1));
    expect(bySegmentId.body.data).toEqual(byId.body.data);
    expect(await da(DA_PATHS.get(99))).toMatchObject({
      status: 404,
      body: { message: expect.stringContaining('99') as string },
    });
    expect((await da(DA_PATHS.get('x'))).status).toBe(404);
  });

  it('updates the end date from an ISO 8601 UTC date, seven fractional digits included', async () => {
    const { status, body } = await da<Wrapped<DaSegment>>(DA_PATHS.updateEndDate, {
      method: 'POST',
      body: { segmentid: DA_FIRST_ID, endDate: '2027-03-31T11:36:10.6878666Z' },
    });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ id: DA_FIRST_ID, endDate: '2027-03-31T11:36:10.687Z' });
    const again = await da<Wrapped<DaSegment>>(DA_PATHS.get(DA_FIRST_ID));
    expect(again.body.data.endDate).toBe('2027-03-31T11:36:10.687Z');
    expect(Date.parse(again.body.data.updated)).toBeGreaterThan(Date.parse('2026-11-20'));
    const asString = await da(DA_PATHS.updateEndDate, {
      method: 'POST',
      body: { segmentid: String(DA_FIRST_ID), endDate: '2027-04-01T00:00:00+03:00' },
    });
    expect(asString.body).toMatchObject({ data: { endDate: '2027-03-31T21:00:00.000Z' } });
  });

  it('refuses a missing or malformed end date, and an unknown segment', async () => {
    const post = (body: unknown) => da<{ message: string }>(DA_PATHS.updateEndDate, { method: 'POST', body });
    for (const endDate of ['tomorrow', '2027-02-30T00:00:00Z', '2027-03-31', '2027-03-31T10:00:00']) {
      const refused = await post({ segmentid: DA_FIRST_ID, endDate });
      expect({ endDate, status: refused.status }).toEqual({ endDate, status: 400 });
      expect(refused.body.message).toContain('ISO 8601');
    }
    expect((await post({ endDate: '2027-03-31T10:00:00Z' })).status).toBe(400);
    expect((await post({ segmentid: 12, endDate: '2027-03-31T10:00:00Z' })).status).toBe(404);
  });

  it('deletes a segment: {data: true}, then 404', async () => {
    const id = DA_FIRST_ID + 14;
    expect(await da(DA_PATHS.remove(id), { method: 'DELETE' })).toMatchObject({ status: 200, body: { data: true } });
    expect((await da(DA_PATHS.get(id))).status).toBe(404);
    expect((await list()).body.data).toHaveLength(14);
    expect((await da(DA_PATHS.remove(id), { method: 'DELETE' })).status).toBe(404);
  });
});

describe('audiences', () => {
  it('creates an audience in a campaign', async () => {
    const { status, body } = await da<Wrapped<DaAudience>>(DA_PATHS.createAudience, {
      method: 'POST',
      body: { name: 'Holiday buyers', description: 'From the test', campaignId: 77 },
    });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      id: 1003,
      name: 'Holiday buyers',
      description: 'From the test',
      campaignId: 77,
      campaignName: 'Black Friday 2026',
    });
    const quoted = await da<Wrapped<DaAudience>>(DA_PATHS.createAudience, {
      method: 'POST',
      body: { name: 'Quoted', campaignId: '12' },
    });
    expect(quoted.body.data).toMatchObject({
      id: 1004,
      campaignId: 12,
      campaignName: 'Campaign 12',
      description: null,
    });
  });

  it('answers 400 when the name or campaignId is missing', async () => {
    const post = (body: unknown) => da<{ message: string }>(DA_PATHS.createAudience, { method: 'POST', body });
    expect(await post({ campaignId: 77 })).toMatchObject({ status: 400, body: { message: 'name is required' } });
    expect(await post({ name: 'x' })).toMatchObject({ status: 400, body: { message: 'campaignId is required' } });
    expect((await post({})).body.message).toBe('name and campaignId are required');
    expect((await post({ name: 'x', campaignId: 'abc' })).status).toBe(400);
  });
});

describe('fault injection and other routes', () => {
  it('fails the named route with the armed status, then recovers', async () => {
    setMockBehavior({ failNext: { path: DA_FAULT_PATHS.listByAudience, status: 503 } });
    expect((await da(DA_PATHS.get(DA_FIRST_ID))).status).toBe(200);
    expect(await list()).toMatchObject({ status: 503, body: { message: 'Injected fault' } });
    expect((await list()).status).toBe(200);
    setMockBehavior({ failNext: { path: DA_FAULT_PATHS.get, status: 401 } });
    expect(await da(DA_PATHS.get(DA_FIRST_ID))).toMatchObject({ status: 401, body: { message: SESSION_EXPIRED } });
  });

  it('names each route for fault injection', () => {
    expect(DA_FAULT_PATHS).toEqual({
      login: 'da/account/login',
      listByAudience: 'da/segment/audience',
      get: 'da/Segment/loadsegmentbyid',
      updateEndDate: 'da/api/segment/updateenddate',
      remove: 'da/segment',
      createAudience: 'da/audience/create/api/audience/createcrmaudience',
    });
  });

  it('goes offline, and answers 404 with a message for routes it does not have', async () => {
    expect(await da('segment/append')).toMatchObject({ status: 404, body: { message: 'Not found' } });
    setMockBehavior({ offline: true });
    await expect(list()).rejects.toThrow(TypeError);
  });
});
