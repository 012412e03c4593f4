import * as fc from 'fast-check';
import { countConditions, maxDepth } from '../tree';
import { buildLargeTree, deepFreeze, generateProfiles, profileArb, TEST_CATALOG, treeArb } from './arbitraries';

describe('test data builders', () => {
  it('build large balanced trees of the requested size', () => {
    const tree = buildLargeTree(1000);
    expect(countConditions(tree)).toBe(1000);
    expect(maxDepth(tree)).toBe(3);
    expect(buildLargeTree(4).children).toHaveLength(4);
  });

  it('generate the same profiles for the same seed, with sequential ids', () => {
    const profiles = generateProfiles(50, 7);
    expect(profiles).toEqual(generateProfiles(50, 7));
    expect(profiles).not.toEqual(generateProfiles(50, 8));
    expect(profiles.map((p) => p.id).slice(0, 3)).toEqual(['1', '2', '3']);
    expect(Object.keys(profiles[0]!).sort()).toEqual(['id', ...TEST_CATALOG.map((f) => f.name)].sort());
  });

  it('respect the requested tree shape', () => {
    fc.assert(
      fc.property(treeArb({ maxDepth: 2, maxChildren: 2 }), profileArb(), (tree, profile) => {
        expect(maxDepth(tree)).toBeLessThanOrEqual(2);
        expect(tree.children.length).toBeLessThanOrEqual(2);
        expect(typeof profile.id).toBe('string');
      }),
      { numRuns: 30 },
    );
  });

  it('freeze deeply, tolerating shared and already frozen parts', () => {
    const shared = Object.freeze({ x: 1 });
    const value = deepFreeze({ a: { b: [1, 2] }, s: shared, t: shared, n: null });
    expect(Object.isFrozen(value.a.b)).toBe(true);
    expect(() => {
      (value.a.b as number[]).push(3);
    }).toThrow(TypeError);
  });
});
