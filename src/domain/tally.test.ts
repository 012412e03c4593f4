import { describe, expect, it } from 'vitest';
import type { Profile, Segment } from './model';
import { ProfileTable } from './profileTable';
import { tally } from './tally';
import { block, c, g, segment } from './testing/builders';

const profiles: Profile[] = Array.from({ length: 30 }, (_, i) => ({
  id: String(i + 1),
  age: i,
  city: i % 3 ? 'Kazan' : 'Moscow',
}));
function tallied(seg: Segment, stepRows = profiles.length) {
  const run = tally(new ProfileTable(profiles), seg, { today: '2024-06-15' });
  for (let start = 0; start < run.rowCount; start += stepRows)
    run.step(start, Math.min(run.rowCount, start + stepRows));
  return run;
}

describe('tally', () => {
  it('gives the same counts whether the rows come in one step or many', () => {
    const inner = g('or', [c('city', 'equals', 'Moscow'), c('age', 'lt', 5)]);
    const root = g('and', [c('age', 'lt', 20), inner]);
    const whole = tallied(segment([block(root)])).result();
    expect(whole).toEqual({
      total: 10, // under 20 and in Moscow (0, 3, ..., 18: 7), or under 5 elsewhere (1, 2, 4)
      perGroup: new Map([
        [root.id, 10],
        [inner.id, 13],
      ]),
    });
    expect(tallied(segment([block(root)]), 7).result()).toEqual(whole);
  });

  it('treats an unfinished condition as unknown: it never invents members', () => {
    const unfinished = c('age', 'lt', '');
    const anyOf = g('or', [unfinished, c('city', 'equals', 'Moscow')]);
    const allOf = g('and', [unfinished, c('city', 'equals', 'Moscow')]);
    expect(tallied(segment([block(anyOf)])).result().total).toBe(10);
    expect(tallied(segment([block(allOf)])).result().total).toBe(0);
    expect(tallied(segment([block(g('and', [g('or', [unfinished])], true))])).result().total).toBe(0);
  });

  it('selects the rows of united blocks in input order, each block within its limit', () => {
    const young = block(g('and', [c('age', 'lt', 3)]));
    const old = block(g('and', [c('age', 'gte', 25)]), { limit: 2 });
    expect(tallied(segment([old, young])).selectedRows()).toEqual([0, 1, 2, 25, 26]);
  });

  it('selects nothing for a static segment', () => {
    const run = tallied(segment([block(g('and', []))], { kind: 'static' }));
    expect(run.result()).toEqual({ total: 0, perGroup: new Map() });
    expect(run.selectedRows()).toEqual([]);
  });
});
