import { newSegmentValues, type SegmentFormValues } from './segmentForm';
import { fieldPathOf, problemsOf, type ValidationContext } from './formProblems';
import { CAPABILITIES, CATALOG, cond, group } from './testData';

const context: ValidationContext = { catalog: CATALOG, capabilities: CAPABILITIES };

function values(patch: Partial<SegmentFormValues> = {}): SegmentFormValues {
  return { ...newSegmentValues(CAPABILITIES, 1), ...patch };
}

function withTree(root: SegmentFormValues['blocks'][number]['root'], extra: Partial<SegmentFormValues> = {}) {
  const base = values({ name: 'VIP', ...extra });
  return { ...base, blocks: [{ ...base.blocks[0]!, root }] };
}

describe('form problems', () => {
  it('finds the problems of the segment as it will be saved', () => {
    const problems = problemsOf(values(), context);
    expect(problems.map((p) => p.code)).toEqual(['name_required', 'conditions_required']);
    // A static segment sends no conditions, so a half-built tree left in the form is no problem.
    const staticOne = withTree(group('r', 'and', [cond('c', '_city', 'equals', { kind: 'one', value: '' })]), {
      kind: 'static',
    });
    expect(problemsOf(staticOne, context)).toEqual([]);
  });

  it('does not judge conditions while the catalog is loading', () => {
    const tree = withTree(group('r', 'and', [cond('c', 'unknown', 'equals', { kind: 'one', value: 'x' })]));
    expect(problemsOf(tree, context).map((p) => p.code)).toEqual(['field_unknown']);
    expect(problemsOf(tree, { ...context, catalog: undefined })).toEqual([]);
  });

  it('passes the backend limits to the validator', () => {
    const deep = withTree(
      group('r', 'and', [
        group('g1', 'and', [group('g2', 'and', [group('g3', 'and', [cond('c', 'vip', 'is_true', { kind: 'none' })])])]),
      ]),
    );
    expect(problemsOf(deep, context).map((p) => p.code)).toContain('depth_exceeded');
    const unlimited = { ...context, capabilities: { maxDepth: Number.POSITIVE_INFINITY, maxConditionsPerGroup: null } };
    expect(problemsOf(deep, unlimited).map((p) => p.code)).not.toContain('depth_exceeded');
  });

  it('places each problem on its form field', () => {
    const tree = withTree(group('r', 'and', [cond('c', '_city', 'equals', { kind: 'one', value: '' })]));
    const broken = { ...tree, name: '', blocks: [{ ...tree.blocks[0]!, limit: -1, sample: { from: 60, to: 20 } }] };
    const problems = problemsOf(broken, context);
    expect(problems.map((p) => fieldPathOf(p, broken))).toEqual([
      'name',
      'blocks.0.sample',
      'blocks.0.limit',
      'blocks.0.root',
    ]);
  });
});
