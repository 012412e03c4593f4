/**
 * Domain benchmarks: tree operations and validation on a 1,000-condition tree, and `count` over
 * 50,000 profiles with a 20-condition segment. Each figure is the median of several runs, in ms.
 * Run: npx tsx -e "import('./scripts/bench/domain.ts').then(m=>m.benchDomain()).then(console.log)"
 */
import { count } from '../../src/domain/evaluate';
import { ProfileTable } from '../../src/domain/profileTable';
import type { Group, Segment } from '../../src/domain/model';
import { addNode, cloneNode, moveNode, newCondition, updateCondition } from '../../src/domain/tree';
import { buildLargeTree, generateProfiles, TEST_CATALOG } from '../../src/domain/testing/arbitraries';
import { measure } from '../../src/domain/testing/timing';
import { hasErrors, validateSegment } from '../../src/domain/validation';

function segmentOf(root: Group): Segment {
  return {
    name: 'Benchmark',
    tags: [],
    kind: 'dynamic',
    refreshDaily: false,
    databaseId: 1,
    blocks: [{ databaseId: 1, sample: { from: 0, to: 100 }, limit: 0, root }],
  };
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`Benchmark setup failed: ${what}`);
}

export async function benchDomain(): Promise<Record<string, number>> {
  const tree = buildLargeTree(1000);
  const firstGroup = tree.children[0]!;
  const lastGroup = tree.children.at(-1)!;
  // A leaf deep in the first branch and a group deep in the last one, so each op walks far.
  const leafId = 'c0';
  const targetId = lastGroup.id;

  const treeOps: Record<string, () => boolean> = {
    add: () => addNode(tree, targetId, newCondition('age', 'number')).ok,
    move: () => moveNode(tree, leafId, targetId, 0).ok,
    update: () => updateCondition(tree, 'c999', { value: { kind: 'one', value: 'x' } }).ok,
    clone: () => cloneNode(tree, firstGroup.id).ok,
  };
  const perOp: Record<string, number> = {};
  for (const [name, run] of Object.entries(treeOps)) {
    check(run(), name);
    perOp[name] = measure(() => void run(), 51);
  }

  const validate = () => validateSegment(segmentOf(tree), { catalog: TEST_CATALOG });
  check(!hasErrors(validate()), 'the large tree should be free of errors');

  const profiles = generateProfiles(50_000);
  const segment20 = segmentOf(buildLargeTree(20, 5));
  const counted = count(profiles, segment20, { catalog: TEST_CATALOG, today: '2024-06-15' });
  const table = new ProfileTable(profiles);
  check(counted > 0 && counted < profiles.length, `count should be selective, got ${counted}`);

  return {
    treeOpMs_1000: Math.max(...Object.values(perOp)),
    treeAddMs_1000: perOp.add!,
    treeMoveMs_1000: perOp.move!,
    treeUpdateMs_1000: perOp.update!,
    treeCloneMs_1000: perOp.clone!,
    validateMs_1000: measure(validate),
    // A one-off count over a plain array, and over a kept table (how the embedded backend counts).
    count50kMs: measure(() => count(profiles, segment20, { catalog: TEST_CATALOG, today: '2024-06-15' }), 9, 3),
    count50kTableMs: measure(() => count(table, segment20, { catalog: TEST_CATALOG, today: '2024-06-15' }), 9, 3),
    count50kMatches: counted,
  };
}
