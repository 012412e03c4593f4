import { describe, expect, it } from 'vitest';
import type { Profile } from './model';
import { NOT_ASKED, ProfileTable } from './profileTable';
import { sampleBucket } from './sample';

const profiles: Profile[] = [
  { id: '1', city: 'Moscow', tags: ['a', 'b'] },
  { id: '2', city: 'Kazan', tags: ['a', 'b'] },
  { id: '3', city: 'Moscow', tags: [] },
  { id: '4', tags: ['b'] },
];

describe('ProfileTable', () => {
  it('encodes a field as codes into its distinct values, in order of first appearance', () => {
    const { codes, values } = new ProfileTable(profiles).column('city');
    expect(values).toEqual(['Moscow', 'Kazan', undefined]);
    expect([...codes]).toEqual([0, 1, 0, 2]);
  });

  it('tells lists apart by content, not by identity', () => {
    const { codes, values } = new ProfileTable(profiles).column('tags');
    expect(values).toEqual([['a', 'b'], [], ['b']]);
    expect([...codes]).toEqual([0, 0, 1, 2]);
  });

  it('keeps a list apart from a text that reads like it', () => {
    const { values } = new ProfileTable([
      { id: '1', v: ['x'] },
      { id: '2', v: '["x"]' },
    ]).column('v');
    expect(values).toEqual([['x'], '["x"]']);
  });

  it('reads a column once and keeps it', () => {
    const table = new ProfileTable(profiles);
    expect(table.column('city')).toBe(table.column('city'));
    expect(table.rowCount).toBe(4);
  });

  it("holds each profile's sample bucket", () => {
    const table = new ProfileTable(profiles);
    expect([...table.buckets()]).toEqual(profiles.map((p) => sampleBucket(p.id)));
    expect(table.buckets()).toBe(table.buckets());
  });

  it('keeps the distinct values as each reader normalises them, once per reader', () => {
    const table = new ProfileTable(profiles);
    const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : undefined);
    const keys = table.keys('city', lower);
    expect(keys).toEqual(['moscow', 'kazan', undefined]);
    expect(table.keys('city', lower)).toBe(keys);
    expect(table.keys('city', (value) => value)).toEqual(['Moscow', 'Kazan', undefined]);
  });

  it('shares the answers to the same question, one per distinct value, none asked yet', () => {
    const table = new ProfileTable(profiles);
    const answers = table.answers('city', 'is Moscow');
    expect([...answers]).toEqual([NOT_ASKED, NOT_ASKED, NOT_ASKED]);
    answers[0] = 1;
    expect(table.answers('city', 'is Moscow')).toBe(answers);
    expect(table.answers('city', 'is Kazan')).not.toBe(answers);
    expect(table.answers('tags', 'is Moscow')).not.toBe(answers);
  });

  it('forgets the least recently used answers beyond its budget', () => {
    // Three distinct cities: three bytes per question, six allowed.
    const table = new ProfileTable(profiles, { answerBudgetBytes: 6 });
    const first = table.answers('city', 'q1');
    const second = table.answers('city', 'q2');
    expect(table.answers('city', 'q1')).toBe(first); // q1 is now the most recent
    table.answers('city', 'q3'); // over budget: q2 goes
    expect(table.answers('city', 'q1')).toBe(first);
    expect(table.answers('city', 'q2')).not.toBe(second);
  });

  it('keeps the answers just asked for even when they alone exceed the budget', () => {
    const table = new ProfileTable(profiles, { answerBudgetBytes: 1 });
    const answers = table.answers('city', 'q');
    expect(table.answers('city', 'q')).toBe(answers);
  });
});
