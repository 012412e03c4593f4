import {
  compile,
  compileTruth,
  count,
  countPerGroup,
  daysToAnniversary,
  explain,
  matches,
  select,
  selectBlock,
  toOutcome,
} from './evaluate';
import type { Block, Condition, ConditionValue, Group, OperatorId, Profile, Scalar, Segment, TreeNode } from './model';
import { ProfileTable } from './profileTable';
import { sampleBucket } from './sample';
import { TEST_CATALOG, TEST_TODAY } from './testing/arbitraries';
import { toDay } from './values';

const options = { catalog: TEST_CATALOG, today: TEST_TODAY };

function value(v?: Scalar | Scalar[] | [Scalar, Scalar, 'two']): ConditionValue {
  if (v === undefined) return { kind: 'none' };
  if (!Array.isArray(v)) return { kind: 'one', value: v };
  if (v[2] === 'two') return { kind: 'two', from: v[0], to: v[1] };
  return { kind: 'list', values: v };
}

let next = 0;
const c = (field: string, operator: OperatorId, v?: Scalar | Scalar[] | [Scalar, Scalar, 'two']): Condition => ({
  type: 'condition',
  id: `c${next++}`,
  field,
  operator,
  value: value(v),
});
const g = (combinator: Group['combinator'], children: TreeNode[], not?: boolean): Group => ({
  type: 'group',
  id: `g${next++}`,
  combinator,
  children,
  ...(not ? { not } : {}),
});
const opaque: TreeNode = { type: 'opaque', id: 'o', vendor: 'altcraft', label: 'in data', raw: {} };

/** Which of the values of a field a condition keeps. */
function keeps(condition: Condition, values: unknown[]): unknown[] {
  return values.filter((v) => matches({ id: '1', [condition.field]: v }, condition, options));
}

describe('operators', () => {
  it('compares text ignoring case; negations keep missing values', () => {
    const values = ['Moscow', 'moscow', 'MOSCOW region', 'Kazan', '', null, undefined];
    expect(keeps(c('name', 'equals', 'moscow'), values)).toEqual(['Moscow', 'moscow']);
    expect(keeps(c('name', 'not_equals', 'moscow'), values)).toEqual(['MOSCOW region', 'Kazan', '', null, undefined]);
    expect(keeps(c('name', 'contains', 'OSC'), values)).toEqual(['Moscow', 'moscow', 'MOSCOW region']);
    expect(keeps(c('name', 'not_contains', 'osc'), values)).toEqual(['Kazan', '', null, undefined]);
    expect(keeps(c('name', 'begins_with', 'mos'), values)).toEqual(['Moscow', 'moscow', 'MOSCOW region']);
    expect(keeps(c('name', 'ends_with', 'REGION'), values)).toEqual(['MOSCOW region']);
    expect(keeps(c('name', 'in_list', ['kazan', 'moscow']), values)).toEqual(['Moscow', 'moscow', 'Kazan']);
    expect(keeps(c('name', 'not_in_list', ['kazan', 'moscow']), values)).toEqual([
      'MOSCOW region',
      '',
      null,
      undefined,
    ]);
  });

  it('tells empty from missing', () => {
    const values = ['', null, undefined, [], 'x', 0];
    expect(keeps(c('name', 'is_empty'), values)).toEqual(['', null, undefined, []]);
    expect(keeps(c('name', 'is_not_empty'), values)).toEqual(['x', 0]);
    expect(keeps(c('name', 'exists'), values)).toEqual(['', [], 'x', 0]);
    expect(keeps(c('name', 'not_exists'), values)).toEqual([null, undefined]);
  });

  it('matches email domains and domain groups', () => {
    const values = ['anna@GMAIL.com', 'ivan@inbox.ru', 'x@corp.example', 'broken', null];
    expect(keeps(c('email', 'domain_is', '@Gmail.com'), values)).toEqual(['anna@GMAIL.com']);
    expect(keeps(c('email', 'domain_is', 'corp.example'), values)).toEqual(['x@corp.example']);
    expect(keeps(c('email', 'domain_group_is', 'Mail.ru'), values)).toEqual(['ivan@inbox.ru']);
    expect(keeps(c('email', 'domain_group_is', 'No such group'), values)).toEqual([]);
  });

  it('compares numbers, numeric strings included', () => {
    const values = [5, '10', 15, 'n/a', '', null];
    expect(keeps(c('age', 'equals', 10), values)).toEqual(['10']);
    expect(keeps(c('age', 'not_equals', 10), values)).toEqual([5, 15, 'n/a', '', null]);
    expect(keeps(c('age', 'gt', 10), values)).toEqual([15]);
    expect(keeps(c('age', 'gte', 10), values)).toEqual(['10', 15]);
    expect(keeps(c('age', 'lt', 10), values)).toEqual([5]);
    expect(keeps(c('age', 'lte', 10), values)).toEqual([5, '10']);
    expect(keeps(c('age', 'between', [5, 10, 'two']), values)).toEqual([5, '10']);
    expect(keeps(c('age', 'not_between', [5, 10, 'two']), values)).toEqual([15, 'n/a', '', null]);
    expect(keeps(c('age', 'between', [10, 5, 'two']), values)).toEqual([]);
  });

  it('compares dates by calendar day', () => {
    const values = ['2024-06-14', '2024-06-15T22:00:00Z', Date.UTC(2024, 5, 16), new Date('2024-06-17'), 'soon', null];
    expect(keeps(c('birthday', 'on', '2024-06-15'), values)).toEqual(['2024-06-15T22:00:00Z']);
    expect(keeps(c('birthday', 'before', '2024-06-15'), values)).toEqual(['2024-06-14']);
    expect(keeps(c('birthday', 'after', '2024-06-15'), values)).toHaveLength(2);
    expect(keeps(c('birthday', 'date_between', ['2024-06-15', '2024-06-16', 'two']), values)).toEqual([
      '2024-06-15T22:00:00Z',
      Date.UTC(2024, 5, 16),
    ]);
  });

  it('counts relative days from today', () => {
    const values = ['2024-06-15', '2024-06-08', '2024-06-07', '2024-06-16', '2020-01-01', null];
    expect(keeps(c('birthday', 'in_last_days', 7), values)).toEqual(['2024-06-15', '2024-06-08']);
    expect(keeps(c('birthday', 'in_last_days', 0), values)).toEqual(['2024-06-15']);
    expect(keeps(c('birthday', 'more_than_days_ago', 7), values)).toEqual(['2024-06-07', '2020-01-01']);
  });

  it('counts whole years from today for ages and "years ago" (today is 2024-06-15)', () => {
    // Ages 25 (today's birthday), 24, 40 (41 tomorrow), 41, and a date still to come.
    const births = ['1999-06-15', '1999-06-16', '1983-06-16', '1983-06-15', '2024-06-16', 'soon', null];
    expect(keeps(c('birthday', 'age_between', [25, 40, 'two']), births)).toEqual(['1999-06-15', '1983-06-16']);
    expect(keeps(c('birthday', 'at_least_years_ago', 40), births)).toEqual(['1983-06-16', '1983-06-15']);
    expect(keeps(c('birthday', 'less_than_years_ago', 25), births)).toEqual(['1999-06-16']);
    // A bound that is no number leaves the condition unknown, so it keeps nobody.
    expect(keeps(c('birthday', 'age_between', [25, 'forty', 'two']), births)).toEqual([]);
  });

  it('finds anniversaries in the next N days, across the new year', () => {
    const birthdays = ['1990-06-15', '1985-06-22', '1985-06-23', '2000-06-14', null];
    expect(keeps(c('birthday', 'anniversary_within_days', 7), birthdays)).toEqual(['1990-06-15', '1985-06-22']);
    const atYearEnd = { catalog: TEST_CATALOG, today: '2023-12-30' };
    expect(matches({ id: '1', birthday: '1999-01-02' }, c('birthday', 'anniversary_within_days', 3), atYearEnd)).toBe(
      true,
    );
  });

  it('computes days to the next anniversary, Feb 29 falling on Mar 1', () => {
    const day = (iso: string) => toDay(iso)!;
    expect(daysToAnniversary(day('2000-06-15'), day('2024-06-15'))).toBe(0);
    expect(daysToAnniversary(day('2000-06-14'), day('2024-06-15'))).toBe(364);
    expect(daysToAnniversary(day('2000-02-29'), day('2023-02-27'))).toBe(2);
    expect(daysToAnniversary(day('2000-02-29'), day('2024-02-27'))).toBe(2);
  });

  it('reads booleans loosely', () => {
    const values = [true, 'true', 1, false, '0', null, 'maybe'];
    expect(keeps(c('vip', 'is_true'), values)).toEqual([true, 'true', 1]);
    expect(keeps(c('vip', 'is_false'), values)).toEqual([false, '0']);
  });

  it('compares enum options by their written form', () => {
    const values = ['female', 'male', 3, '3', null];
    expect(keeps(c('sex', 'is', 3), values)).toEqual([3, '3']);
    expect(keeps(c('sex', 'is_not', 'male'), values)).toEqual(['female', 3, '3', null]);
    expect(keeps(c('sex', 'is_any_of', ['female', 3]), values)).toEqual(['female', 3, '3']);
    expect(keeps(c('sex', 'is_none_of', ['female', 3]), values)).toEqual(['male', null]);
  });

  it('compares dotted versions', () => {
    const values = ['1.2', '1.2.0', '1.10', '1.9.9', '', null];
    expect(keeps(c('appVersion', 'equals', '1.2.0'), values)).toEqual(['1.2', '1.2.0']);
    expect(keeps(c('appVersion', 'gt', '1.9'), values)).toEqual(['1.10', '1.9.9']);
    expect(keeps(c('appVersion', 'lte', '1.2'), values)).toEqual(['1.2', '1.2.0']);
  });

  it('looks inside lists, a lone scalar counting as a one-item list', () => {
    const values = [['VIP', 'new'], ['old'], 'vip', [], null];
    expect(keeps(c('tags', 'list_contains', 'vip'), values)).toEqual([['VIP', 'new'], 'vip']);
    expect(keeps(c('tags', 'list_not_contains', 'vip'), values)).toEqual([['old'], [], null]);
  });

  it('infers the field type when the catalog does not know the field', () => {
    const profile = { id: '1', score: '42', build: '1.10' };
    expect(matches(profile, c('score', 'equals', 42))).toBe(true);
    expect(matches(profile, c('build', 'gt', '1.9'), [])).toBe(true);
  });
});

describe('unknowns and logic', () => {
  const profile: Profile = { id: '1', name: 'Anna', age: 30 };
  const yes = () => c('name', 'equals', 'anna');
  const no = () => c('age', 'gt', 40);
  const truth = (node: TreeNode) => compileTruth(node, options)(profile);

  it('treats opaque, unfinished and unreadable conditions as unknown', () => {
    expect(truth(opaque)).toBeUndefined();
    expect(truth(c('name', 'equals', ' '))).toBeUndefined();
    expect(truth(c('name', 'in_list', []))).toBeUndefined();
    expect(truth({ ...c('age', 'between', 1), value: { kind: 'one', value: 1 } })).toBeUndefined();
    expect(truth(c('age', 'gt', 'forty'))).toBeUndefined();
    expect(truth(c('age', 'between', ['x', 5, 'two']))).toBeUndefined();
    expect(truth(c('age', 'between', [5, 'x', 'two']))).toBeUndefined();
    expect(truth(c('age', 'equals', 'thirty'))).toBeUndefined();
    expect(truth(c('birthday', 'in_last_days', 'week'))).toBeUndefined();
    expect(matches(profile, opaque, options)).toBe(false);
    expect(matches(profile, c('age', 'not_equals', 'thirty'), options)).toBe(false);
  });

  it('combines with Kleene logic', () => {
    expect(truth(g('and', [yes(), opaque]))).toBeUndefined();
    expect(truth(g('and', [opaque, no()]))).toBe(false);
    expect(truth(g('or', [opaque, yes()]))).toBe(true);
    expect(truth(g('or', [no(), opaque]))).toBeUndefined();
    expect(truth(g('and', [opaque], true))).toBeUndefined();
    expect(truth(g('or', [no(), opaque], true))).toBeUndefined();
    expect(truth(g('or', [yes(), opaque], true))).toBe(false);
  });

  it('uses plain boolean logic when nothing can be unknown', () => {
    expect(truth(g('and', [yes(), yes()]))).toBe(true);
    expect(truth(g('and', [yes(), no()]))).toBe(false);
    expect(truth(g('or', [no(), yes()]))).toBe(true);
    expect(truth(g('or', [no(), no()]))).toBe(false);
    expect(truth(g('or', [no()], true))).toBe(true);
    expect(compile(g('and', [yes()]), options)(profile)).toBe(true);
    expect(compile(g('and', [yes(), opaque]), options)(profile)).toBe(false);
  });

  it('lets an empty group impose nothing, and NOT of it keep nothing', () => {
    expect(truth(g('and', []))).toBe(true);
    expect(truth(g('or', []))).toBe(true);
    expect(truth(g('or', [], true))).toBe(false);
  });

  it('explains every node, evaluating past the deciding child', () => {
    const a = no();
    const b = yes();
    const inner = g('or', [b, opaque]);
    const root = g('and', [a, inner]);
    expect(explain(profile, root, options)).toEqual(
      new Map([
        [a.id, 'fail'],
        [b.id, 'pass'],
        ['o', 'unknown'],
        [inner.id, 'pass'],
        [root.id, 'fail'],
      ]),
    );
    const undecided = g('and', [opaque, yes(), no()]);
    expect(explain(profile, undecided, options).get(undecided.id)).toBe('fail');
    expect(explain(profile, g('and', [opaque, yes()]), TEST_CATALOG).get('o')).toBe('unknown');
  });

  it('maps truth to outcomes', () => {
    expect([true, false, undefined].map(toOutcome)).toEqual(['pass', 'fail', 'unknown']);
  });

  it('counts relative days from the real today by default, and rejects a bad today', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(matches({ id: '1', birthday: today }, c('birthday', 'in_last_days', 0), TEST_CATALOG)).toBe(true);
    expect(matches({ id: '1', birthday: today }, c('birthday', 'in_last_days', 0), { today: new Date() })).toBe(true);
    expect(() => compile(c('birthday', 'on', today), { today: 'yesterday' })).toThrow(RangeError);
  });
});

describe('counting', () => {
  const profiles: Profile[] = Array.from({ length: 400 }, (_, i) => ({ id: String(i + 1), age: i % 100 }));
  const adults = () => g('and', [c('age', 'gte', 18)]);
  const block = (root: Group, sample = { from: 0, to: 100 }, limit = 0): Block => ({
    databaseId: 1,
    sample,
    limit,
    root,
  });
  const segment = (blocks: Block[], kind: Segment['kind'] = 'dynamic'): Segment => ({
    name: 's',
    tags: [],
    kind,
    refreshDaily: false,
    databaseId: 1,
    blocks,
  });

  it('counts birthdays shared by many profiles once per day', () => {
    const born = (id: string, birthday: string): Profile => ({ id, birthday });
    const people = [born('1', '1990-06-15'), born('2', '1990-06-15'), born('3', '1990-01-01')];
    const soon = g('and', [c('birthday', 'anniversary_within_days', 7)]);
    expect(count(people, segment([block(soon)]), options)).toBe(2);
  });

  it('applies conditions, then the sample, then the limit, keeping input order', () => {
    const all = selectBlock(profiles, block(adults()), options);
    expect(all).toHaveLength(4 * 82);
    const sampled = selectBlock(profiles, block(adults(), { from: 10, to: 50 }), options);
    expect(sampled.every((p) => sampleBucket(p.id) >= 10 && sampleBucket(p.id) < 50)).toBe(true);
    expect(sampled.length).toBeGreaterThan(80);
    expect(sampled.length).toBeLessThan(180);
    const limited = selectBlock(profiles, block(adults(), { from: 10, to: 50 }, 25), options);
    expect(limited).toEqual(sampled.slice(0, 25));
    // Column by column over a kept table, the same profiles.
    expect(selectBlock(new ProfileTable(profiles), block(adults(), { from: 10, to: 50 }, 25), options)).toEqual(
      limited,
    );
  });

  it('unites blocks', () => {
    const young = g('and', [c('age', 'lt', 10)]);
    const old = g('and', [c('age', 'gt', 89)]);
    const both = select(profiles, segment([block(young), block(old, { from: 0, to: 100 }, 5)]), options);
    const firstFiveOld = ['91', '92', '93', '94', '95'];
    expect(both).toEqual(profiles.filter((p) => (p.age as number) < 10 || firstFiveOld.includes(p.id)));
    expect(count(profiles, segment([block(young), block(young)]), options)).toBe(40);
  });

  it('selects nothing for static segments and segments without blocks', () => {
    expect(count(profiles, segment([block(adults())], 'static'), options)).toBe(0);
    expect(count(profiles, segment([]), options)).toBe(0);
    expect(count(profiles, segment([block(adults())]), options)).toBe(328);
  });

  it('counts per group within the sample, ignoring ancestors and the limit', () => {
    const teens = g('and', [c('age', 'between', [13, 19, 'two'])]);
    const root = g('or', [c('age', 'lt', 5), teens]);
    const perGroup = countPerGroup(profiles, block(root, { from: 0, to: 100 }, 3), options);
    expect(perGroup).toEqual(
      new Map([
        [root.id, 4 * 12],
        [teens.id, 4 * 7],
      ]),
    );
    const sampled = countPerGroup(profiles, block(root, { from: 0, to: 50 }), options);
    expect(sampled.get(root.id)).toBeLessThan(4 * 12);
  });
});
