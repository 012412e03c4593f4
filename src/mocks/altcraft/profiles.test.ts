import { wireProfileCheckSchema, type AltcraftSegmentRecord } from '@/api/altcraft/wire';
import { currentBackend, resetStore } from '../backend';
import { explanationLanguage } from '../evaluation';
import { call } from '../testing/call';

beforeEach(() => resetStore());

const store = () => currentBackend().store;
const staticSegment = () =>
  store()
    .segments()
    .find((s) => s.is_static && s.segment.length === 0 && s.list_id === 1)!;
const countOf = async (id: number) => (await call<AltcraftSegmentRecord>('segments/get/', { id })).body.data.count;

describe('profiles/segstatic/add and remove', () => {
  it('adds and removes one profile at a time, idempotently', async () => {
    const segment = staticSegment();
    const outsider = store()
      .profiles(1)
      .find((p) => !store().members(segment.id).has(p.id))!;
    const before = await countOf(segment.id);
    const body = { segment_id: segment.id, db_id: 1, profile_id: outsider.id };

    expect((await call('profiles/segstatic/add', body)).body).toMatchObject({ error: 0 });
    expect(await countOf(segment.id)).toBe(before! + 1);
    expect((await call('profiles/segstatic/add', { ...body, skip_triggers: true })).body.error).toBe(0);
    expect(await countOf(segment.id)).toBe(before! + 1);

    expect((await call('profiles/segstatic/remove', body)).body.error).toBe(0);
    expect(await countOf(segment.id)).toBe(before);
    expect((await call('profiles/segstatic/remove', body)).body.error).toBe(0);
  });

  it('answers 404 for an unknown segment or profile, 413 for another database, 400 for a dynamic segment', async () => {
    const segment = staticSegment();
    const profileId = store().profiles(1)[0]!.id;
    expect(
      (await call('profiles/segstatic/add', { segment_id: 9999, db_id: 1, profile_id: profileId })).body.error,
    ).toBe(404);
    const unknown = await call('profiles/segstatic/add', { segment_id: segment.id, db_id: 1, profile_id: 'nobody' });
    expect(unknown.body.error).toBe(404);
    const otherDb = await call('profiles/segstatic/add', { segment_id: segment.id, db_id: 2, profile_id: profileId });
    expect(otherDb.body.error).toBe(413);
    const dynamic = await call('profiles/segstatic/add', { segment_id: 1, db_id: 1, profile_id: profileId });
    expect(dynamic.body.error).toBe(400);
    const invalid = await call('profiles/segstatic/add', { segment_id: segment.id, profile_id: 5 });
    expect(invalid.body.error).toBe(450);
    expect(invalid.body.error_text).toContain('db_id');
    expect(invalid.body.error_text).toContain('profile_id');
  });
});

describe('profiles/check/ (demo only)', () => {
  it('explains a match part by part, found by e-mail', async () => {
    const member = store()
      .profiles(1)
      .find((p) => p['_city'] === 'Moscow' && p['_sex'] === 2 && p.email)!;
    const { body } = await call('profiles/check/', { segment_id: 1, profile: member.email!.toUpperCase() });
    const check = wireProfileCheckSchema.parse(body.data);
    expect(check.profile_id).toBe(member.id);
    expect(check.in_segment).toBe(true);
    expect(check.explain.map((line) => [line.path, line.matched])).toEqual([
      ['0', true],
      ['0.0', true],
      ['0.1', true],
    ]);
    expect(check.explain[1]!.text).toBe('Gender is Female');
  });

  it('names the failing part, the sample and the limit', async () => {
    const outsider = store()
      .profiles(1)
      .find((p) => p.loyalty_tier !== 'gold' && p['_city'] === 'Moscow')!;
    const { body } = await call('profiles/check/', { segment_id: 28, profile: outsider.id });
    const check = wireProfileCheckSchema.parse(body.data);
    expect(check.in_segment).toBe(false);
    expect(check.explain.find((line) => line.path === '0.0')).toMatchObject({
      matched: false,
      text: 'Loyalty tier is Gold',
    });
    expect(check.explain.map((line) => line.path)).toEqual(expect.arrayContaining(['0.sample', '0.limit']));
  });

  it('explains in Russian when the reader asks for it (Accept-Language)', async () => {
    const outsider = store()
      .profiles(1)
      .find((p) => p.loyalty_tier !== 'gold' && p['_city'] === 'Moscow')!;
    const headers = { 'Accept-Language': 'ru-RU,ru;q=0.9,en;q=0.8' };
    const { body } = await call('profiles/check/', { segment_id: 28, profile: outsider.id }, { headers });
    const check = wireProfileCheckSchema.parse(body.data);
    const text = (path: string) => check.explain.find((line) => line.path === path)?.text;
    expect(text('0.0')).toBe('Loyalty tier — Gold');
    expect(text('0.sample')).toMatch(/^В выборке \d+–\d+%$/);
    expect(text('0.limit')).toMatch(/^Среди первых \d+ профил(я|ей), оставленных лимитом$/);
    expect(explanationLanguage('en-US,ru;q=0.5')).toBe('en');
    expect(explanationLanguage('ru')).toBe('ru');
    expect(explanationLanguage(null)).toBe('en');
  });

  it('marks an opaque part as undecided', async () => {
    const vip = store()
      .profiles(1)
      .find((p) => p.is_vip)!;
    const { body } = await call('profiles/check/', { segment_id: 32, profile: vip.id });
    const check = wireProfileCheckSchema.parse(body.data);
    expect(check.in_segment).toBe(true);
    expect(check.explain.find((line) => line.path === '0.0')).toMatchObject({ matched: false, outcome: 'unknown' });
  });

  it('checks static membership and answers 404 for unknown parts', async () => {
    const segment = staticSegment();
    const member = [...store().members(segment.id)][0]!;
    const { body } = await call('profiles/check/', { segment_id: segment.id, profile: member });
    expect(body.data).toEqual({ profile_id: member, in_segment: true, explain: [] });
    expect((await call('profiles/check/', { segment_id: 9999, profile: member })).body.error).toBe(404);
    expect((await call('profiles/check/', { segment_id: 1, profile: 'nobody@nowhere' })).body.error).toBe(404);
  });
});
