import { fromWire } from '@/api/altcraft/convert';
import { catalogFromWire } from '@/api/altcraft/resources';
import { maxDepth, walk } from '@/domain/tree';
import { DEMO_SEED } from '../store';
import { DATABASES } from './databases';
import { seededStore } from './index';
import { DATA_AS_OF, generateProfiles } from './profiles';
import { createRandom, mulberry32, weightedPicker } from './random';

const customers = DATABASES[0]!;

describe('PRNG', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('never picks a zero-weight item and keeps ints in range', () => {
    const rng = createRandom(7);
    const pick = weightedPicker(['never', 'often', 'rare'], [0, 9, 1]);
    const picks = new Set(Array.from({ length: 2000 }, () => pick(rng)));
    expect(picks).toEqual(new Set(['often', 'rare']));
    const ints = Array.from({ length: 2000 }, () => rng.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
  });

  it('refuses impossible inputs', () => {
    expect(() => createRandom(1).pick([])).toThrow('at least one item');
    expect(() => weightedPicker(['a'], [1, 2])).toThrow('one weight per item');
  });
});

describe('profiles', () => {
  const profiles = generateProfiles(DEMO_SEED, customers.id, customers.profileCount, customers.shape);

  it('are the same for the same seed and different for another', () => {
    const again = generateProfiles(DEMO_SEED, customers.id, customers.profileCount, customers.shape);
    expect(JSON.stringify(again)).toBe(JSON.stringify(profiles));
    const other = generateProfiles(DEMO_SEED + 1, customers.id, 100, customers.shape);
    expect(other.map((p) => p.email)).not.toEqual(profiles.slice(0, 100).map((p) => p.email));
  });

  it('have unique ids and unique e-mails', () => {
    expect(profiles).toHaveLength(50_000);
    expect(new Set(profiles.map((p) => p.id)).size).toBe(profiles.length);
    const emails = profiles.flatMap((p) => (p.email ? [p.email] : []));
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.length).toBeGreaterThan(45_000);
    expect(emails.every((email) => /^[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+$/.test(email))).toBe(true);
  });

  it('carry every catalog field with realistic values', () => {
    for (const p of profiles.slice(0, 2000)) {
      expect(p.id).toMatch(/^[0-9a-f]{24}$/);
      expect(p['_bdate'] >= '1950-01-01' && p['_bdate'] <= '2008-12-31').toBe(true);
      expect(p['_regdate'] >= '2015-01-01' && p['_regdate'] <= DATA_AS_OF).toBe(true);
      expect([1, 2]).toContain(p['_sex']);
      expect(p['_country']).toMatch(/^[A-Z]{2}$/);
      expect(p['_tz']).toMatch(/^[A-Za-z]+\/[A-Za-z_]+$/);
      expect(p.last_order_date === null || p.last_order_date >= p['_regdate']).toBe(true);
      expect(p.orders_count === 0).toBe(p.total_spent === 0);
      for (const phone of p.phones) expect(phone).toMatch(/^\+\d{11,12}$/);
    }
    const share = (test: (p: (typeof profiles)[number]) => boolean) => profiles.filter(test).length / profiles.length;
    expect(share((p) => p['_country'] === 'RU')).toBeGreaterThan(0.6);
    expect(share((p) => p['_country'] === 'RU')).toBeLessThan(0.95);
    expect(share((p) => p['_sex'] === 2)).toBeGreaterThan(0.45);
    expect(new Set(profiles.map((p) => p.loyalty_tier))).toEqual(
      new Set([null, 'bronze', 'silver', 'gold', 'platinum']),
    );
  });
});

describe('databases', () => {
  it('have the sizes of the demo account', () => {
    expect(DATABASES.map((db) => [db.id, db.name, db.profileCount])).toEqual([
      [1, 'Customers', 50_000],
      [2, 'Newsletter', 20_000],
      [3, 'Mobile app', 10_000],
    ]);
  });

  it('describe every field in a type the adapter understands', () => {
    for (const db of DATABASES) expect(catalogFromWire(db.fields)).toHaveLength(db.fields.length);
    const names = customers.fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['email', 'phones', '_fname', '_sex', '_bdate', '_tz', '_status']));
    expect(names).toEqual(expect.arrayContaining(['loyalty_tier', 'orders_count', 'total_spent', 'tags', 'is_vip']));
    expect(DATABASES[2]!.fields.filter((f) => f.category === 'custom').length).toBeLessThan(
      customers.fields.filter((f) => f.category === 'custom').length,
    );
  });
});

describe('seeded segments', () => {
  const store = seededStore();
  const segments = store.segments();
  const read = segments.map((record) => ({ record, segment: fromWire(record) }));

  it('are about forty, of every kind, with unique names', () => {
    expect(segments.length).toBeGreaterThanOrEqual(40);
    expect(new Set(read.map(({ segment }) => segment.kind))).toEqual(new Set(['static', 'dynamic', 'updatable']));
    expect(new Set(segments.map((s) => s.name.toLowerCase())).size).toBe(segments.length);
    expect(segments.map((s) => s.id)).toEqual(segments.map((_, index) => index + 1));
  });

  it('include nested groups, samples and limits', () => {
    const depths = read.flatMap(({ segment }) => segment.blocks.map((block) => maxDepth(block.root)));
    expect(Math.max(...depths)).toBe(3);
    expect(depths.filter((depth) => depth >= 2).length).toBeGreaterThanOrEqual(4);
    const blocks = segments.flatMap((s) => s.segment);
    expect(blocks.some((b) => (b.percent_from ?? 0) > 0 || (b.percent_to ?? 100) < 100)).toBe(true);
    expect(blocks.some((b) => (b.limit ?? 0) > 0)).toBe(true);
  });

  it('hold exactly one construct the builder does not model, which the adapter keeps opaque', () => {
    const opaque = read.flatMap(({ record, segment }) => {
      const found: string[] = [];
      for (const block of segment.blocks) walk(block.root, (node) => node.type === 'opaque' && found.push(record.name));
      return found;
    });
    expect(opaque).toEqual(['Lookalike: CRM high-LTV import']);
  });

  it('give static segments explicit, deterministic members', () => {
    const statics = segments.filter((s) => s.is_static && s.segment.length === 0);
    expect(statics.length).toBeGreaterThanOrEqual(3);
    const again = seededStore();
    for (const s of statics) {
      const members = [...store.members(s.id)];
      expect(members.length).toBeGreaterThan(0);
      expect([...again.members(s.id)]).toEqual(members);
      expect(members.every((id) => store.findProfile(s.list_id, id))).toBe(true);
    }
  });
});
