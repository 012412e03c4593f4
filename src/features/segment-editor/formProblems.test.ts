import type { ResolverOptions } from 'react-hook-form';
import { newSegmentValues, type SegmentFormValues } from './segmentForm';
import {
  errorsOnly,
  fieldPathOf,
  inlineProblems,
  problemsOf,
  segmentResolver,
  toFieldErrors,
  type ValidationContext,
} from './formProblems';
import { CAPABILITIES, CATALOG, cond, group } from './testData';

const context: ValidationContext = { catalog: CATALOG, capabilities: CAPABILITIES };

function values(patch: Partial<SegmentFormValues> = {}): SegmentFormValues {
  return { ...newSegmentValues(CAPABILITIES, 1), ...patch };
}

function withTree(root: SegmentFormValues['blocks'][number]['root'], extra: Partial<SegmentFormValues> = {}) {
  const base = values({ name: 'VIP', ...extra });
  return { ...base, blocks: [{ ...base.blocks[0]!, root }] };
}

const resolverOptions = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<SegmentFormValues>;

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

  it('keeps unfinished parts quiet until the first save attempt', () => {
    const tree = withTree(
      group('r', 'and', [
        cond('c1', '_city', 'equals', { kind: 'one', value: '' }),
        cond('c2', 'orders', 'between', { kind: 'two', from: 9, to: 1 }),
      ]),
      { name: '' },
    );
    const problems = problemsOf(tree, context);
    expect(inlineProblems(problems, false).map((p) => p.code)).toEqual(['range_reversed']);
    expect(inlineProblems(problems, true)).toHaveLength(problems.length);
  });

  it('turns errors into field errors, one per field, and ignores warnings', () => {
    const tree = withTree(
      group('r', 'and', [
        cond('c1', '_city', 'equals', { kind: 'one', value: 'Moscow' }),
        cond('c2', '_city', 'equals', { kind: 'one', value: 'Moscow' }),
      ]),
    );
    const problems = problemsOf(tree, context);
    expect(problems.some((p) => p.severity === 'warning')).toBe(true);
    expect(errorsOnly(problems)).toEqual([]);
    expect(toFieldErrors(problems, tree)).toEqual({});

    const empty = values();
    const errors = toFieldErrors(problemsOf(empty, context), empty);
    expect(errors.name?.message).toMatch(/name/i);
    expect(errors.blocks?.[0]?.root?.message).toBeTruthy();
  });

  it('resolves valid values untouched (origin included) and blocks invalid ones', async () => {
    const tree = withTree(group('r', 'and', [cond('c', 'vip', 'is_true', { kind: 'none' })]));
    const withOrigin = { ...tree, origin: { vendor: 'altcraft', data: { x: 1 } } };
    const ok = await segmentResolver(withOrigin, context, resolverOptions);
    expect(ok.errors).toEqual({});
    expect(ok.values).toBe(withOrigin);

    const bad = await segmentResolver(values(), context, resolverOptions);
    expect(Object.keys(bad.errors)).toEqual(expect.arrayContaining(['name']));

    const malformed = await segmentResolver(
      { ...tree, kind: 'weekly' } as unknown as SegmentFormValues,
      context,
      resolverOptions,
    );
    expect(malformed.errors.kind).toBeDefined();
  });
});
