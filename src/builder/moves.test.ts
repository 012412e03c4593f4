import type { Group } from '@/domain/model';
import { UNLIMITED_CAPABILITIES, type BuilderCapabilities } from './capabilities';
import { condition, group, one } from './fixtures/trees';
import {
  availableMoves,
  canAddGroupIn,
  canUngroupInto,
  conditionsIn,
  dropBeside,
  fitsIn,
  hasRoom,
  planMove,
} from './moves';

const c = (id: string) => condition(id, '_city', 'contains', one(id));

// root: c1, g1 [c2, g2 [c3]], c4
const tree = (): Group =>
  group('root', 'and', [c('c1'), group('g1', 'or', [c('c2'), group('g2', 'and', [c('c3')])]), c('c4')]);
const caps = (patch: Partial<BuilderCapabilities> = {}): BuilderCapabilities => ({
  ...UNLIMITED_CAPABILITIES,
  ...patch,
});

describe('planMove', () => {
  it('steps up and down within the group, and stops at its ends', () => {
    expect(planMove(tree(), 'c4', 'up', caps())).toEqual({ groupId: 'root', index: 1 });
    expect(planMove(tree(), 'c1', 'down', caps())).toEqual({ groupId: 'root', index: 1 });
    expect(planMove(tree(), 'c1', 'up', caps())).toBeNull();
    expect(planMove(tree(), 'c4', 'down', caps())).toBeNull();
  });

  it('moves into the group just above, at its end', () => {
    expect(planMove(tree(), 'c4', 'into', caps())).toEqual({ groupId: 'g1', index: 2 });
    expect(planMove(tree(), 'c1', 'into', caps())).toBeNull();
  });

  it('moves out of a group to just after it', () => {
    expect(planMove(tree(), 'c3', 'out', caps())).toEqual({ groupId: 'g1', index: 2 });
    expect(planMove(tree(), 'c1', 'out', caps())).toBeNull();
  });

  it('refuses moves the backend could not store', () => {
    // c4 into g1 would give g1 a second condition (its nested group does not count).
    expect(planMove(tree(), 'c4', 'into', caps({ maxConditionsPerGroup: 1 }))).toBeNull();
    expect(planMove(tree(), 'c4', 'into', caps({ maxConditionsPerGroup: 2 }))).toEqual({ groupId: 'g1', index: 2 });
    // A group moved into a group one level deeper would exceed three levels.
    const root = group('root', 'and', [group('a', 'and', [c('x')]), group('b', 'and', [group('b1', 'and', [c('y')])])]);
    expect(planMove(root, 'b', 'into', caps({ maxDepth: 3 }))).toBeNull();
    expect(planMove(root, 'b', 'into', caps({ maxDepth: 4 }))).toEqual({ groupId: 'a', index: 1 });
  });

  it('returns null for the root or an unknown node', () => {
    expect(planMove(tree(), 'root', 'up', caps())).toBeNull();
    expect(planMove(tree(), 'nope', 'down', caps())).toBeNull();
  });
});

describe('availableMoves', () => {
  it('lists what the row menu may offer', () => {
    expect(availableMoves(tree(), 'c4', caps())).toEqual({ up: true, down: false, into: true, out: false });
  });
});

describe('capability checks', () => {
  it('knows when a group is full and when it may nest another group', () => {
    const root = tree();
    const g1 = root.children[1] as Group;
    // g1 holds one condition and one group: the limit counts the condition only.
    expect(conditionsIn(g1)).toBe(1);
    expect(hasRoom(g1, caps({ maxConditionsPerGroup: 1 }))).toBe(false);
    expect(hasRoom(g1, caps({ maxConditionsPerGroup: 2 }))).toBe(true);
    expect(hasRoom(g1, caps())).toBe(true);
    expect(fitsIn(root, root.children[1]!, root.children[1] as Group, caps({ maxConditionsPerGroup: 1 }))).toBe(true);
    expect(canAddGroupIn(root, g1, caps({ maxDepth: 2 }))).toBe(false);
    expect(canAddGroupIn(root, root, caps({ maxDepth: 2 }))).toBe(true);
  });

  it('dissolves a group only where its conditions fit', () => {
    const root = tree();
    const g1 = root.children[1] as Group;
    const g2 = g1.children[1] as Group;
    expect(canUngroupInto(g1, g2, caps({ maxConditionsPerGroup: 2 }))).toBe(true);
    expect(canUngroupInto(g1, g2, caps({ maxConditionsPerGroup: 1 }))).toBe(false);
    expect(canUngroupInto(g1, g2, caps())).toBe(true);
  });

  it('lets a node stay in its own full group', () => {
    const root = tree();
    expect(fitsIn(root, root.children[0]!, root, caps({ maxConditionsPerGroup: 3 }))).toBe(true);
  });
});

describe('dropBeside', () => {
  it('gives the final index, allowing for the dragged node leaving the same group', () => {
    expect(dropBeside(tree(), 'c1', 'c4', false)).toEqual({ groupId: 'root', index: 1 });
    expect(dropBeside(tree(), 'c1', 'c4', true)).toEqual({ groupId: 'root', index: 2 });
    expect(dropBeside(tree(), 'c4', 'c1', false)).toEqual({ groupId: 'root', index: 0 });
    expect(dropBeside(tree(), 'c1', 'c3', true)).toEqual({ groupId: 'g2', index: 1 });
    expect(dropBeside(tree(), 'c1', 'root', true)).toBeNull();
  });
});
