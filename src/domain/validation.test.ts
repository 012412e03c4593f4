import * as fc from 'fast-check';
import { en } from './locale/en';
import { block, c, g, segment } from './testing/builders';
import type { DomainLocale } from './locale/types';
import type { Condition, Group, TreeNode } from './model';
import type { Problem } from './problems';
import { buildLargeTree, segmentArb, TEST_CATALOG } from './testing/arbitraries';
import { LIMITS } from './limits';
import { hasErrors, validateSegment, type ValidationLimits } from './validation';

function problemsOf(root: Group, limits?: ValidationLimits): Problem[] {
  return validateSegment(
    segment([block(root)]),
    limits ? { catalog: TEST_CATALOG, limits } : { catalog: TEST_CATALOG },
  );
}
const codes = (problems: Problem[]) => problems.map((p) => `${p.severity}:${p.code}@${p.nodeId ?? p.path}`);

describe('segment-level checks', () => {
  it('accepts a sound segment', () => {
    expect(problemsOf(g('and', [c('age', 'gte', 18)]))).toEqual([]);
  });

  it('requires a name', () => {
    const problems = validateSegment(segment([block(g('and', [c('vip', 'is_true')]))], { name: '  ' }), {
      catalog: TEST_CATALOG,
    });
    expect(problems).toEqual([
      { nodeId: null, path: 'name', severity: 'error', code: 'name_required', message: 'Give the segment a name.' },
    ]);
  });

  it('wants no conditions in static segments and some in the others', () => {
    const staticOk = segment([block(g('and', []), { limit: -1 })], { kind: 'static' });
    expect(validateSegment(staticOk, { catalog: TEST_CATALOG })).toEqual([]);
    const staticWithRules = segment([block(g('and', [c('vip', 'is_true')]))], { kind: 'static' });
    expect(codes(validateSegment(staticWithRules, { catalog: TEST_CATALOG }))).toEqual([
      'error:static_has_conditions@kind',
    ]);
    for (const kind of ['dynamic', 'updatable'] as const) {
      const empty = validateSegment(segment([block(g('and', []))], { kind }), { catalog: TEST_CATALOG });
      expect(codes(empty)).toEqual(['error:conditions_required@conditions']);
      expect(empty[0]!.message).toBe(`A ${kind} segment needs at least one condition.`);
      expect(codes(validateSegment(segment([], { kind }), { catalog: TEST_CATALOG }))).toEqual([
        'error:conditions_required@conditions',
      ]);
    }
  });

  it('checks sample and limit per block', () => {
    const root = () => g('and', [c('vip', 'is_true')]);
    const bad = [
      { from: 50, to: 50 },
      { from: -1, to: 10 },
      { from: 0, to: 101 },
      { from: 1.5, to: 10 },
      { from: 0, to: 9.5 },
    ];
    for (const sample of bad) {
      const problems = validateSegment(segment([block(root(), { sample })]), { catalog: TEST_CATALOG });
      expect(problems).toMatchObject([{ code: 'sample_invalid', path: 'sample', blockIndex: 0, nodeId: null }]);
    }
    for (const limit of [-1, 2.5]) {
      const problems = validateSegment(segment([block(root()), block(root(), { limit })]), { catalog: TEST_CATALOG });
      expect(problems).toMatchObject([{ code: 'limit_invalid', path: 'limit', blockIndex: 1 }]);
    }
  });

  it('reports an empty root when another block has conditions', () => {
    const empty = g('and', []);
    const problems = validateSegment(segment([block(g('and', [c('vip', 'is_true')])), block(empty)]), {
      catalog: TEST_CATALOG,
    });
    expect(codes(problems)).toEqual([`error:empty_group@${empty.id}`]);
  });

  it('tells errors from warnings', () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors(problemsOf(g('and', [c('vip', 'is_true'), c('vip', 'is_true')])))).toBe(false);
    expect(hasErrors(problemsOf(g('and', [c('nope', 'is_true')])))).toBe(true);
  });
});

describe('condition checks', () => {
  it('flags unknown fields and operators the field type does not offer', () => {
    const unknown = c('nope', 'equals', 'x');
    const wrongOp = c('vip', 'contains', 'x');
    expect(problemsOf(g('and', [unknown, wrongOp]))).toEqual([
      {
        nodeId: unknown.id,
        path: 'field',
        severity: 'error',
        code: 'field_unknown',
        message: 'The field "nope" does not exist in this database.',
      },
      {
        nodeId: wrongOp.id,
        path: 'operator',
        severity: 'error',
        code: 'operator_not_allowed',
        message: '"contains" cannot be used with VIP.',
      },
    ]);
  });

  it('flags missing values', () => {
    for (const condition of [
      c('name', 'equals', ' '),
      c('age', 'between', { from: 1, to: '' }),
      c('name', 'in_list', []),
    ]) {
      expect(problemsOf(g('and', [condition]))).toMatchObject([
        { nodeId: condition.id, path: 'value', code: 'value_missing', severity: 'error' },
      ]);
    }
  });

  it('flags values of the wrong shape or type', () => {
    const cases: [Condition, string][] = [
      [c('age', 'between', 5), 'The value for Age must be a number.'],
      [c('age', 'gt', 'five'), 'The value for Age must be a number.'],
      [c('birthday', 'on', '15.06.2024'), 'The value for Birthday must be a date.'],
      [c('birthday', 'in_last_days', -3), 'The value for Birthday must be a whole number of days, 0 or more.'],
      [c('appVersion', 'gt', 'v2'), 'The value for App version must be a version such as 1.2.3.'],
      [c('name', 'equals', 5), 'The value for Name must be text.'],
    ];
    for (const [condition, message] of cases) {
      expect(problemsOf(g('and', [condition]))).toEqual([
        { nodeId: condition.id, path: 'value', severity: 'error', code: 'value_type', message },
      ]);
    }
  });

  it('flags ranges that start after they end, equal ends allowed', () => {
    const reversed = c('birthday', 'date_between', { from: '2024-02-01', to: '2024-01-01' });
    expect(codes(problemsOf(g('and', [reversed])))).toEqual([`error:range_reversed@${reversed.id}`]);
    expect(problemsOf(g('and', [c('age', 'between', { from: 5, to: 5 })]))).toEqual([]);
  });

  it('warns about values that are not among the options', () => {
    const odd = c('sex', 'is_any_of', ['female', 'robot']);
    const group = c('email', 'domain_group_is', 'Hotmail');
    expect(problemsOf(g('or', [odd, group, c('sex', 'is', '3'), c('email', 'domain_group_is', 'Gmail')]))).toEqual([
      {
        nodeId: odd.id,
        path: 'value',
        severity: 'warning',
        code: 'unknown_option',
        message: '"robot" is not one of the options of Gender.',
      },
      expect.objectContaining({ nodeId: group.id, code: 'unknown_option' }),
    ]);
  });

  it('accepts enum values when the field lists no options, and text on fields with options', () => {
    const catalog = [
      { name: 'tier', label: 'Tier', type: 'enum' as const, category: 'custom' as const },
      { name: 'city', label: 'City', type: 'string' as const, category: 'custom' as const, options: [] },
    ];
    const root = g('and', [c('tier', 'is', 'gold'), c('city', 'equals', 'Kazan')]);
    expect(validateSegment(segment([block(root)]), { catalog })).toEqual([]);
  });

  it('never flags opaque conditions', () => {
    const opaque: TreeNode = { type: 'opaque', id: 'o', vendor: 'altcraft', label: 'x', raw: { anything: true } };
    expect(problemsOf(g('and', [opaque]))).toEqual([]);
  });
});

describe('structure checks', () => {
  it('flags empty nested groups', () => {
    const empty = g('or', []);
    expect(codes(problemsOf(g('and', [c('vip', 'is_true'), empty])))).toEqual([`error:empty_group@${empty.id}`]);
  });

  it('flags the first group nested deeper than allowed', () => {
    const deepest = g('and', [c('vip', 'is_true')]);
    const middle = g('and', [deepest]);
    const root = g('and', [middle]);
    expect(problemsOf(root, { maxDepth: 3 })).toEqual([]);
    expect(problemsOf(root, { maxDepth: 1 })).toEqual([
      {
        nodeId: middle.id,
        severity: 'error',
        code: 'depth_exceeded',
        message: 'Groups can be nested at most 1 levels deep here.',
      },
    ]);
  });

  it('flags groups with more children than allowed', () => {
    const root = g('or', [c('vip', 'is_true'), c('age', 'gt', 3), c('age', 'lt', 1)]);
    expect(problemsOf(root, { maxConditionsPerGroup: 3 })).toEqual([]);
    expect(problemsOf(root, { maxConditionsPerGroup: 2 })).toEqual([
      {
        nodeId: root.id,
        path: 'conditions',
        severity: 'error',
        code: 'too_many_children',
        message: 'A group can hold at most 2 conditions here.',
      },
    ]);
    // Nested groups are not conditions: Push0 caps each group's constraints, not its groups.
    const groups = g('and', [g('or', [c('vip', 'is_true')]), g('or', [c('vip', 'is_false')]), c('age', 'gt', 3)]);
    expect(problemsOf(groups, { maxConditionsPerGroup: 1 })).toEqual([]);
  });
});

describe('size limits', () => {
  it('refuses a name, description, tags and lists beyond the limits, and numbers past the safe range', () => {
    const long = 'x'.repeat(LIMITS.nameLength + 1);
    const tooMany = segment([block(g('and', [c('age', 'gte', 18)]))], {
      name: long,
      description: 'd'.repeat(LIMITS.descriptionLength + 1),
      tags: Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`),
    });
    expect(codes(validateSegment(tooMany, { catalog: TEST_CATALOG }))).toEqual([
      'error:name_too_long@name',
      'error:description_too_long@description',
      'error:too_many_tags@tags',
    ]);
    const longTag = segment([block(g('and', [c('age', 'gte', 18)]))], { tags: ['t'.repeat(LIMITS.tagLength + 1)] });
    expect(codes(validateSegment(longTag, { catalog: TEST_CATALOG }))).toEqual(['error:tag_too_long@tags']);

    const values = Array.from({ length: LIMITS.listValues + 1 }, (_, i) => `v${i}`);
    const list = c('name', 'in_list', values);
    expect(codes(problemsOf(g('and', [list])))).toEqual([`error:too_many_values@${list.id}`]);
    const huge = c('age', 'gte', 2 ** 60);
    expect(codes(problemsOf(g('and', [huge])))).toEqual([`error:number_unsafe@${huge.id}`]);
    const limitBlock = segment([block(g('and', [c('age', 'gte', 18)]), { limit: 2 ** 60 })]);
    expect(codes(validateSegment(limitBlock, { catalog: TEST_CATALOG }))).toEqual(['error:limit_invalid@limit']);
  });
});

describe('what the backend cannot store', () => {
  it('reports a negated group where NOT is not stored, and allows it where it is', () => {
    const inner = { ...g('or', [c('age', 'gte', 18)]), not: true };
    const root = g('and', [inner]);
    expect(codes(problemsOf(root, { not: false }))).toEqual([`error:not_unsupported@${inner.id}`]);
    expect(problemsOf(root, { not: true })).toEqual([]);
  });

  it('reports a root combinator the backend fixes', () => {
    const root = g('or', [c('age', 'gte', 18)]);
    expect(codes(problemsOf(root, { rootCombinator: 'and' }))).toEqual([`error:root_combinator_fixed@${root.id}`]);
    expect(problemsOf(g('and', [c('age', 'gte', 18)]), { rootCombinator: 'and' })).toEqual([]);
  });

  it('reports an operator the backend cannot store for the field type, with its words', () => {
    const condition = c('age', 'gte', 18);
    const problems = problemsOf(g('and', [condition]), { operators: { number: ['gt', 'lt'] } });
    expect(codes(problems)).toEqual([`error:operator_not_stored@${condition.id}`]);
    expect(problems[0]!.message).toMatch(/cannot store/);
    expect(problemsOf(g('and', [condition]), { operators: { string: ['equals'] } })).toEqual([]);
  });

  it('reports a segment type the backend does not store', () => {
    const updatable = segment([block(g('and', [c('age', 'gte', 18)]))], { kind: 'updatable' });
    const problems = validateSegment(updatable, { catalog: TEST_CATALOG, limits: { kinds: ['dynamic'] } });
    expect(codes(problems)).toEqual(['error:kind_unsupported@kind']);
    expect(problems[0]!.message).toContain('updatable');
  });
});

describe('warnings', () => {
  const contradiction = (...children: Condition[]) => {
    const root = g('and', children);
    return codes(problemsOf(root)).filter((code) => code === `warning:contradiction@${root.id}`).length === 1;
  };

  it('spots contradictions inside AND groups', () => {
    expect(contradiction(c('name', 'equals', 'Moscow'), c('name', 'equals', 'Kazan'))).toBe(true);
    expect(contradiction(c('name', 'equals', 'Moscow'), c('name', 'equals', 'moscow'))).toBe(false);
    expect(contradiction(c('sex', 'is', 'female'), c('sex', 'is_not', 'female'))).toBe(true);
    expect(contradiction(c('sex', 'is_any_of', ['female', 'male']), c('sex', 'is_none_of', ['female']))).toBe(false);
    expect(contradiction(c('name', 'in_list', ['a', 'b']), c('name', 'not_in_list', ['a', 'b']))).toBe(true);
    expect(contradiction(c('age', 'gt', 10), c('age', 'lt', 5))).toBe(true);
    expect(contradiction(c('age', 'gt', 5), c('age', 'lt', 10))).toBe(false);
    expect(contradiction(c('age', 'gte', 5), c('age', 'lte', 5))).toBe(false);
    expect(contradiction(c('age', 'gt', 5), c('age', 'lte', 5))).toBe(true);
    expect(contradiction(c('age', 'equals', 3), c('age', 'between', { from: 5, to: 9 }))).toBe(true);
    expect(contradiction(c('age', 'equals', 5), c('age', 'between', { from: 5, to: 9 }))).toBe(false);
    expect(contradiction(c('age', 'equals', 9), c('age', 'lt', 9))).toBe(true);
    expect(contradiction(c('age', 'equals', 10), c('age', 'gt', 10))).toBe(true);
    expect(contradiction(c('age', 'equals', 10), c('age', 'gte', 10))).toBe(false);
    expect(contradiction(c('birthday', 'before', '2020-01-01'), c('birthday', 'after', '2021-01-01'))).toBe(true);
    expect(contradiction(c('birthday', 'on', '2020-01-01'), c('birthday', 'on', '2020-01-02'))).toBe(true);
    expect(contradiction(c('appVersion', 'gt', '1.10'), c('appVersion', 'lt', '1.9'))).toBe(true);
    expect(contradiction(c('vip', 'is_true'), c('vip', 'is_false'))).toBe(true);
    expect(contradiction(c('name', 'is_empty'), c('name', 'is_not_empty'))).toBe(true);
    expect(contradiction(c('name', 'is_empty'), c('name', 'contains', 'a'))).toBe(true);
    expect(contradiction(c('name', 'is_empty'), c('name', 'exists'))).toBe(false);
    expect(contradiction(c('name', 'not_exists'), c('name', 'exists'))).toBe(true);
    expect(contradiction(c('name', 'not_exists'), c('name', 'is_empty'))).toBe(false);
    expect(contradiction(c('tags', 'list_contains', 'a'), c('tags', 'list_contains', 'b'))).toBe(false);
    expect(contradiction(c('birthday', 'in_last_days', 3), c('birthday', 'more_than_days_ago', 9))).toBe(false);
    expect(contradiction(c('age', 'not_between', { from: 1, to: 2 }), c('age', 'equals', 1))).toBe(false);
  });

  it('names the field and leaves OR groups and unsound conditions alone', () => {
    const root = g('and', [c('age', 'gt', 10), c('age', 'lt', 5)]);
    expect(problemsOf(root)).toContainEqual({
      nodeId: root.id,
      severity: 'warning',
      code: 'contradiction',
      message: 'No profile can match this group: the conditions on Age contradict each other.',
    });
    expect(problemsOf(g('or', [c('age', 'gt', 10), c('age', 'lt', 5)]))).toEqual([]);
    expect(codes(problemsOf(g('and', [c('age', 'gt', 10), c('age', 'lt', 'x')])))).toEqual([
      expect.stringContaining('value_type'),
    ]);
  });

  it('spots duplicate conditions in one group, list order aside', () => {
    const first = c('sex', 'is_any_of', ['female', 'male']);
    const again = c('sex', 'is_any_of', ['male', 'female']);
    const days = c('birthday', 'in_last_days', 7);
    expect(codes(problemsOf(g('or', [first, again, days, c('birthday', 'in_last_days', 14)])))).toEqual([
      `warning:duplicate_condition@${again.id}`,
    ]);
    expect(codes(problemsOf(g('or', [c('name', 'equals', 'A'), c('name', 'equals', 'a')])))).toHaveLength(1);
    expect(problemsOf(g('or', [c('name', 'equals', 'A'), g('and', [c('name', 'equals', 'A')])]))).toEqual([]);
  });

  it('spots negated groups that can never match, and not the ones merely containing such', () => {
    const negatedEmpty = g('and', [], true);
    expect(codes(problemsOf(g('or', [c('vip', 'is_true'), negatedEmpty])))).toEqual([
      `error:empty_group@${negatedEmpty.id}`,
      `warning:never_matches@${negatedEmpty.id}`,
    ]);
    const alwaysInside = g('or', [c('vip', 'is_true'), g('and', [g('or', [])])], true);
    expect(codes(problemsOf(g('and', [alwaysInside])))).toContain(`warning:never_matches@${alwaysInside.id}`);
    const notOfNever = g('and', [c('vip', 'is_true'), c('vip', 'is_false')], true);
    expect(codes(problemsOf(g('and', [notOfNever])))).toEqual([`warning:contradiction@${notOfNever.id}`]);
    const notOfMaybe = g('and', [c('vip', 'is_true')], true);
    expect(problemsOf(g('and', [notOfMaybe]))).toEqual([]);
    const allNever = g(
      'or',
      [g('and', [c('vip', 'is_true'), c('vip', 'is_false')]), g('and', [c('age', 'gt', 3), c('age', 'lt', 1)])],
      true,
    );
    expect(codes(problemsOf(g('and', [allNever]))).filter((code) => code.includes('never_matches'))).toEqual([]);
    const alwaysAnd = g('and', [g('or', []), g('and', [])], true);
    expect(codes(problemsOf(g('and', [alwaysAnd])))).toContain(`warning:never_matches@${alwaysAnd.id}`);
  });
});

describe('locales and scale', () => {
  it('takes messages from the locale passed in', () => {
    const shouting: DomainLocale = {
      ...en,
      problems: { ...en.problems, name_required: () => 'NAME!' },
    };
    const problems = validateSegment(segment([block(g('and', [c('vip', 'is_true')]))], { name: '' }), {
      catalog: TEST_CATALOG,
      locale: shouting,
    });
    expect(problems[0]!.message).toBe('NAME!');
  });

  it('finds no errors in a valid 1,000-condition tree', () => {
    const problems = validateSegment(segment([block(buildLargeTree(1000))]), { catalog: TEST_CATALOG });
    expect(hasErrors(problems)).toBe(false);
  });

  it('finds no errors besides empty groups and reversed ranges in random well-typed segments', () => {
    fc.assert(
      fc.property(segmentArb({ maxDepth: 3 }), (s) => {
        const errors = validateSegment(s, { catalog: TEST_CATALOG }).filter((p) => p.severity === 'error');
        for (const p of errors) expect(['empty_group', 'range_reversed', 'conditions_required']).toContain(p.code);
      }),
      { numRuns: 200 },
    );
  });
});
