import { builtInConnections, createProvider } from '@/api/connections';
import { inSample } from '@/domain/sample';
import { selectBlock } from '@/domain/evaluate';
import { fromWire } from './convert';
import { currentBackend, resetStore } from '@/mocks/backend';
import { profileCheckReason } from './profileCheck';

const HALF = { sample: { from: 0, to: 50 }, limit: 500 };
const WHOLE = { sample: { from: 0, to: 100 }, limit: 0 };

describe('profileCheckReason', () => {
  it('says nothing for members and for answers without parts (static segments)', () => {
    expect(profileCheckReason(true, [{ path: '0', matched: true }], [HALF])).toBeUndefined();
    expect(profileCheckReason(false, [], [HALF])).toBeUndefined();
  });

  it('blames the conditions when no block passes them', () => {
    const explain = [
      { path: '0', matched: false },
      { path: '0.0', matched: false },
      { path: '0.sample', matched: false },
    ];
    expect(profileCheckReason(false, explain, [HALF])).toEqual({ kind: 'conditions' });
  });

  it('names the sample of a block whose conditions all pass, before its limit', () => {
    const explain = [
      { path: '0', matched: true },
      { path: '0.0', matched: true },
      { path: '0.sample', matched: false },
      { path: '0.limit', matched: false },
    ];
    expect(profileCheckReason(false, explain, [HALF])).toEqual({ kind: 'sample', block: 0, from: 0, to: 50 });
  });

  it('names the limit when the sample lets the profile in', () => {
    const explain = [
      { path: '0', matched: false },
      { path: '1', matched: true },
      { path: '1.sample', matched: true },
      { path: '1.limit', matched: false },
    ];
    expect(profileCheckReason(false, explain, [WHOLE, HALF])).toEqual({ kind: 'limit', block: 1, limit: 500 });
  });

  it('gives no reason it cannot back: a passing block with no failing line, or no numbers for it', () => {
    expect(profileCheckReason(false, [{ path: '0', matched: true }], [WHOLE])).toBeUndefined();
    const explain = [
      { path: '0', matched: true },
      { path: '0.sample', matched: false },
    ];
    expect(profileCheckReason(false, explain, [])).toBeUndefined();
  });
});

describe('checkProfile and listMembers over the embedded backend', () => {
  const provider = createProvider(builtInConnections(true)[0]!);
  beforeEach(() => resetStore());

  /** "Gold members in Moscow — pilot": gold tier in Moscow, the 0–50 % sample, at most 500. */
  const pilot = () =>
    currentBackend()
      .store.segments()
      .find((s) => s.name === 'Gold members in Moscow — pilot')!;

  it('says a profile that matches every condition is outside the 0–50 % sample', async () => {
    const record = pilot();
    const outsider = currentBackend()
      .store.profiles(1)
      .find((p) => p.loyalty_tier === 'gold' && p['_city'] === 'Moscow' && !inSample(p.id, { from: 0, to: 50 }))!;
    // Without the segment passed in, the adapter reads it for the sample's numbers.
    const check = await provider.checkProfile!(record.id, outsider.id);
    expect(check.inSegment).toBe(false);
    expect(check.reason).toEqual({ kind: 'sample', block: 0, from: 0, to: 50 });
  });

  it('says a profile in the sample that matches is past the member limit', async () => {
    const record = currentBackend()
      .store.segments()
      .find((s) => s.name === 'Top 1,000 spenders')!;
    const segment = fromWire(record);
    const { store } = currentBackend();
    const kept = new Set(
      selectBlock(store.profileTable(1), segment.blocks[0]!, { catalog: [], today: '2026-01-01' }).map((p) => p.id),
    );
    const past = store.profiles(1).find((p) => Number(p.total_spent) >= 50_000 && !kept.has(p.id))!;
    expect(past).toBeDefined();
    const check = await provider.checkProfile!(record.id, past.id, { segment });
    expect(check.reason).toEqual({ kind: 'limit', block: 0, limit: 1000 });
  });

  it('lists the first members with their size and when they were counted', async () => {
    const record = pilot();
    const before = Date.now();
    const sample = await provider.listMembers!(record.id, { limit: 5 });
    const members = currentBackend().evaluator.members(record);
    expect(sample.total).toBe(members.length);
    expect(sample.profiles.map((p) => p.id)).toEqual(members.slice(0, 5).map((p) => p.id));
    expect(sample.profiles[0]!.fields).toMatchObject({ loyalty_tier: 'gold' });
    expect(Date.parse(sample.countedAt!)).toBeGreaterThanOrEqual(before - 1000);
    expect(provider.capabilities.listMembers).toBe(true);
  });
});
