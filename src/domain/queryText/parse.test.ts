import type { Capabilities, Condition, FieldCatalog, OpaqueCondition, OperatorId } from '../model';
import { catalog, isGroup, newId, strip } from './fixtures/catalog';
import { MAX_NESTING, opaqueNodesOf, parseQuery, type ParseOptions, type ParseResult } from './parse';
import { printGroup } from './print';

const parse = (text: string, extra: Partial<ParseOptions> = {}): ParseResult =>
  parseQuery(text, { catalog, newId, ...extra });

function ok(text: string, extra: Partial<ParseOptions> = {}) {
  const result = parse(text, extra);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

function errors(text: string, extra: Partial<ParseOptions> = {}) {
  const result = parse(text, extra);
  if (result.ok) throw new Error(`parsed: ${text}`);
  return result.errors;
}

/** The one condition a text holds. */
function condition(text: string, extra: Partial<ParseOptions> = {}): Omit<Condition, 'id'> {
  const { root } = ok(text, extra);
  const [only] = root.children;
  if (root.children.length !== 1 || only?.type !== 'condition') throw new Error(`not one condition: ${text}`);
  return strip(only) as Omit<Condition, 'id'>;
}

const c = (field: string, operator: OperatorId, value: Condition['value']) => ({
  type: 'condition',
  field,
  operator,
  value,
});
const one = (value: string | number | boolean) => ({ kind: 'one' as const, value });
const A = c('city', 'equals', one('A'));
const B = c('city', 'equals', one('B'));
const C = c('city', 'equals', one('C'));
const grp = (combinator: 'and' | 'or', children: unknown[], not?: boolean) => ({
  type: 'group',
  combinator,
  ...(not ? { not } : {}),
  children,
});
const tree = (text: string) => strip(ok(text).root);

const OPAQUE: OpaqueCondition = {
  type: 'opaque',
  id: 'o1',
  vendor: 'altcraft',
  label: 'In data',
  raw: { op: 'in_data' },
};
const opaque = new Map([[OPAQUE.id, OPAQUE]]);

/** One example per operator: the text the printer writes for it, on the fixture catalog. */
const EXAMPLES: Record<OperatorId, string> = {
  equals: 'city = "Moscow"',
  not_equals: 'city != "Moscow"',
  contains: 'city contains "osc"',
  not_contains: 'city not contains "osc"',
  begins_with: 'city begins with "Mos"',
  ends_with: 'city ends with "cow"',
  is_empty: 'phone is empty',
  is_not_empty: 'phone is not empty',
  exists: 'phone exists',
  not_exists: 'phone not exists',
  in_list: 'city in ["Moscow", "Kazan"]',
  not_in_list: 'city not in ["Moscow"]',
  domain_is: 'email domain "gmail.com"',
  domain_group_is: 'email domain group "Gmail"',
  gt: 'age > 18',
  gte: 'app >= 1.10.3',
  lt: 'age < -5',
  lte: 'age <= 2.5',
  between: 'age between 18 and 30',
  not_between: 'age not between 18 and 30',
  on: 'birthday on 2000-02-29',
  before: 'last_order before 2026-01-01',
  after: 'last_order after 2026-01-31',
  date_between: 'last_order between 2026-01-01 and 2026-01-31',
  in_last_days: 'last_order in last 30 days',
  more_than_days_ago: 'last_order more than 1 day ago',
  anniversary_within_days: 'birthday anniversary within 7 days',
  age_between: 'birthday age between 25 and 40',
  at_least_years_ago: 'birthday at least 18 years ago',
  less_than_years_ago: 'last_order less than 1 year ago',
  is_true: 'subscribed is true',
  is_false: 'subscribed is false',
  is: 'tier = "gold"',
  is_not: 'tier != 7',
  is_any_of: 'tier in ["gold", "platinum"]',
  is_none_of: 'tier not in ["gold"]',
  list_contains: 'tags has "vip"',
  list_not_contains: 'tags not has "vip"',
};

describe('parseQuery: operators', () => {
  it.each(Object.entries(EXAMPLES))('reads %s as written, and prints it back the same', (op, text) => {
    const { root } = ok(text);
    expect(root.children).toHaveLength(1);
    expect(root.children[0]).toMatchObject({ type: 'condition', operator: op });
    expect(printGroup(root, catalog)).toBe(text);
  });

  it('reads values of every shape', () => {
    expect(condition('age between 18 and 30').value).toEqual({ kind: 'two', from: 18, to: 30 });
    expect(condition('tier in ["gold", "platinum",]').value).toEqual({ kind: 'list', values: ['gold', 'platinum'] });
    expect(condition('city not in []').value).toEqual({ kind: 'list', values: [] });
    expect(condition('phone is empty').value).toEqual({ kind: 'none' });
    expect(condition('last_order in last 30 days').value).toEqual(one(30));
    expect(condition('app >= 1.10.3').value).toEqual(one('1.10.3'));
  });

  it('reads date symbols as the date operators, and operator words in any case or joined by underscores', () => {
    expect(condition('birthday = 2000-01-01').operator).toBe('on');
    expect(condition('birthday < 2000-01-01').operator).toBe('before');
    expect(condition('`Last order date` > 2026-01-01')).toEqual(c('last_order', 'after', one('2026-01-01')));
    expect(condition('last_order IN_LAST 30 DAYS').operator).toBe('in_last_days');
    expect(condition('last_order more_than 30 days_ago').operator).toBe('more_than_days_ago');
    expect(condition('last_order more than 30 Day Ago').operator).toBe('more_than_days_ago');
    expect(condition('city Begins_With "M"').operator).toBe('begins_with');
    expect(condition('phone is_not empty').operator).toBe('is_not_empty');
    expect(condition('email domain_group "Gmail"').operator).toBe('domain_group_is');
  });
});

describe('parseQuery: groups', () => {
  it('reads an empty text as an empty root, and one condition as a root of one', () => {
    expect(tree('')).toEqual(grp('and', []));
    expect(tree('  \n ')).toEqual(grp('and', []));
    expect(tree('city = "A"')).toEqual(grp('and', [A]));
  });

  it('binds not tighter than and, and and tighter than or', () => {
    expect(tree('city = "A" and city = "B" or city = "C"')).toEqual(grp('or', [grp('and', [A, B]), C]));
    expect(tree('city = "A" or city = "B" and city = "C"')).toEqual(grp('or', [A, grp('and', [B, C])]));
    expect(tree('not city = "A" and city = "B"')).toEqual(grp('and', [grp('and', [A], true), B]));
    expect(tree('city = "A" AND city = "B" Or city = "C"')).toEqual(grp('or', [grp('and', [A, B]), C]));
  });

  it('makes brackets around a chain that chain, and brackets around anything else a group of one', () => {
    expect(tree('(city = "A" or city = "B")')).toEqual(grp('or', [A, B]));
    expect(tree('city = "A" and (city = "B")')).toEqual(grp('and', [A, grp('and', [B])]));
    expect(tree('((city = "A" or city = "B"))')).toEqual(grp('and', [grp('or', [A, B])]));
    expect(tree('(city = "A")')).toEqual(grp('and', [A]));
    expect(tree('()')).toEqual(grp('and', []));
    expect(tree('city = "A" and ()')).toEqual(grp('and', [A, grp('and', [])]));
  });

  it('reads all(…) and any(…) as groups of their comma-separated items', () => {
    expect(tree('any()')).toEqual(grp('or', []));
    expect(tree('ALL()')).toEqual(grp('and', []));
    expect(tree('any(city = "A")')).toEqual(grp('or', [A]));
    expect(tree('any(city = "A", city = "B" and city = "C")')).toEqual(grp('or', [A, grp('and', [B, C])]));
    expect(tree('all(city = "A" or city = "B")')).toEqual(grp('and', [grp('or', [A, B])]));
    expect(tree('city = "C" or any(city = "A")')).toEqual(grp('or', [C, grp('or', [A])]));
  });

  it('negates a bracketed group in place and wraps anything else in a negated group', () => {
    expect(tree('not (city = "A" and city = "B")')).toEqual(grp('and', [A, B], true));
    expect(tree('not city = "A"')).toEqual(grp('and', [A], true));
    expect(tree('not (city = "A")')).toEqual(grp('and', [A], true));
    expect(tree('not not city = "A"')).toEqual(grp('and', [grp('and', [A], true)], true));
    expect(tree('not (not (city = "A"))')).toEqual(grp('and', [grp('and', [A], true)], true));
    expect(tree('not any(city = "A")')).toEqual(grp('or', [A], true));
    expect(tree('not all()')).toEqual(grp('and', [], true));
    expect(strip(ok('NOT ⟦x #o1⟧', { opaque }).root)).toEqual(grp('and', [OPAQUE], true));
  });

  it('reads the example of the issue', () => {
    const text = 'city = "Moscow" and (age > 18 or tier in ["gold", "platinum"]) and not (email domain_group "Gmail")';
    expect(tree(text)).toEqual(
      grp('and', [
        c('city', 'equals', one('Moscow')),
        grp('or', [c('age', 'gt', one(18)), c('tier', 'is_any_of', { kind: 'list', values: ['gold', 'platinum'] })]),
        grp('and', [c('email', 'domain_group_is', one('Gmail'))], true),
      ]),
    );
  });

  it('gives every created node a fresh id from newId', () => {
    let k = 0;
    const { root } = ok('city = "A" and (city = "B")', { newId: () => `id${k++}` });
    expect(root.id).toBe('id3');
    expect(root.children.map((child) => child.id)).toEqual(['id0', 'id2']);
    expect(isGroup(root.children[1]) && root.children[1].children[0]!.id).toBe('id1');
  });
});

describe('parseQuery: opaque conditions', () => {
  it('restores them verbatim by id, whatever the label says now', () => {
    const { root } = ok('city = "A" and ⟦anything #o1⟧', { opaque });
    expect(root.children[1]).toBe(OPAQUE);
    const printed = printGroup({ type: 'group', id: 'r', combinator: 'or', children: [OPAQUE] }, catalog);
    expect(printed).toBe('any(⟦In data #o1⟧)');
    expect(ok(printed, { opaque }).root.children[0]).toBe(OPAQUE);
  });

  it('refuses unknown ids, repeated ids and broken tokens', () => {
    expect(errors('⟦x #nope⟧ and ⟦x #o1⟧ or ⟦y #o1⟧', { opaque })).toMatchObject([
      { code: 'opaque_unknown', from: 0, to: 9, params: { id: 'nope' } },
      { code: 'opaque_duplicate', from: 25, params: { id: 'o1' } },
    ]);
    expect(errors('⟦x #o1⟧')).toMatchObject([{ code: 'opaque_unknown' }]);
    expect(errors('⟦x o1⟧', { opaque })).toMatchObject([{ code: 'opaque_malformed', from: 0, to: 6 }]);
    expect(errors('⟦x #o1', { opaque })).toMatchObject([{ code: 'unterminated_opaque' }]);
  });

  it('are collected from a tree by opaqueNodesOf', () => {
    const root = ok('city = "A" and (⟦x #o1⟧)', { opaque }).root;
    expect(opaqueNodesOf(root)).toEqual(opaque);
  });
});

describe('parseQuery: fields', () => {
  it('finds a field by name, by label in backticks or double quotes, and ignoring case', () => {
    expect(condition('`Last order date` on 2026-01-01').field).toBe('last_order');
    expect(condition('"Last order date" on 2026-01-01').field).toBe('last_order');
    expect(condition('"last ORDER date" on 2026-01-01').field).toBe('last_order');
    expect(condition('CITY = "x"').field).toBe('city');
    expect(condition('`city` = "x"').field).toBe('city');
  });

  it('prefers a name to a label, the first of duplicates, and no guess when the case fits two fields', () => {
    const tricky: FieldCatalog = [
      { name: 'code', label: 'Code', type: 'string', category: 'custom' },
      { name: 'Code', label: 'Other', type: 'number', category: 'custom' },
      { name: 'x', label: 'code', type: 'date', category: 'custom' },
      { name: 'x', label: 'Second x', type: 'number', category: 'custom' },
    ];
    expect(condition('Code = 5', { catalog: tricky })).toMatchObject({
      field: 'Code',
      operator: 'equals',
      value: one(5),
    });
    expect(condition('x on 2026-01-01', { catalog: tricky }).operator).toBe('on');
    const result = parse('CODE = "a"', { catalog: tricky });
    expect(result).toMatchObject({ ok: true, warnings: [{ code: 'field_unknown', params: { field: 'CODE' } }] });
  });

  it('still reads an unknown field, warning where it is and guessing its type from the operator and value', () => {
    const result = ok('city = "A" and\n  zip = "1"');
    expect(result.warnings).toEqual([
      { code: 'field_unknown', from: 17, to: 20, line: 2, column: 3, params: { field: 'zip' } },
    ]);
    const guess = (text: string) => {
      const { field: _f, ...rest } = condition(text, { catalog: [] });
      return rest;
    };
    expect(guess('x = "a"')).toMatchObject({ operator: 'equals', value: one('a') });
    expect(guess('x = 5')).toMatchObject({ operator: 'equals', value: one(5) });
    expect(guess('x = 2026-01-01')).toMatchObject({ operator: 'on', value: one('2026-01-01') });
    expect(guess('x > 5')).toMatchObject({ operator: 'gt', value: one(5) });
    expect(guess('x >= 1.2.3')).toMatchObject({ operator: 'gte', value: one('1.2.3') });
    expect(guess('x between ? and 2026-01-01')).toMatchObject({ operator: 'date_between' });
    expect(guess('x in [1, "a"]')).toMatchObject({ operator: 'in_list', value: { kind: 'list', values: ['1', 'a'] } });
    expect(guess('x has "a"')).toMatchObject({ operator: 'list_contains' });
    expect(guess('x domain group "Gmail"')).toMatchObject({ operator: 'domain_group_is', value: one('Gmail') });
    expect(errors('x > "a"', { catalog: [] })).toMatchObject([{ code: 'value_type', params: { expected: 'number' } }]);
  });
});

describe('parseQuery: values', () => {
  it('reads ? and "" as a value not filled in yet, on any field', () => {
    expect(condition('age > ?').value).toEqual(one(''));
    expect(condition('age > ""').value).toEqual(one(''));
    expect(condition('birthday on ?').value).toEqual(one(''));
    expect(condition('age between ? and 5').value).toEqual({ kind: 'two', from: '', to: 5 });
  });

  it('reads any literal on a text field as its text', () => {
    expect(condition('city = 12345').value).toEqual(one('12345'));
    expect(condition('city = 007').value).toEqual(one('007'));
    expect(condition('city = TRUE').value).toEqual(one('true'));
    expect(condition('city = 2026-01-01').value).toEqual(one('2026-01-01'));
  });

  it('reads numbers, quoted numbers and whole days, and -0 as 0', () => {
    expect(condition('age > "42"').value).toEqual(one(42));
    expect(condition('age > 1e3').value).toEqual(one(1000));
    expect(Object.is((condition('age > -0').value as { value: number }).value, 0)).toBe(true);
    expect(condition('last_order in last "30" days').value).toEqual(one(30));
    expect(condition('app = "1.2"').value).toEqual(one('1.2'));
    expect(condition('birthday on "2026-01-01"').value).toEqual(one('2026-01-01'));
  });

  it('reports values that do not fit the field at the value', () => {
    const at = (text: string) => errors(text).map(({ code, from, to, params }) => ({ code, from, to, params }));
    expect(at('age > "abc"')).toEqual([
      { code: 'value_type', from: 6, to: 11, params: { expected: 'number', found: '"abc"', field: 'age' } },
    ]);
    for (const bad of ['age > 1.2.3', 'age > 1e999', 'age > 2026-01-01', 'age > true', 'Age > " 4"'])
      expect(errors(bad)).toMatchObject([{ code: 'value_type', params: { expected: 'number' } }]);
    for (const bad of ['last_order in last -1 days', 'last_order in last 1.5 days', 'last_order in last 1e20 days'])
      expect(errors(bad)).toMatchObject([{ code: 'value_type', params: { expected: 'days' } }]);
    for (const bad of ['birthday on 5', 'birthday on "x"', 'birthday on true'])
      expect(errors(bad)).toMatchObject([{ code: 'value_type', params: { expected: 'date' } }]);
    for (const bad of ['app > "1.2-beta"', 'app > true', 'app > 2026-01-01', 'app > -1'])
      expect(errors(bad)).toMatchObject([{ code: 'value_type', params: { expected: 'version' } }]);
    expect(errors('birthday on 2026-02-30')).toMatchObject([
      { code: 'date_invalid', from: 12, to: 22, params: { value: '2026-02-30' } },
    ]);
    expect(errors('age between "a" and "b"')).toHaveLength(2);
  });

  it('matches enum values to options by value, then by value or label ignoring case, else warns', () => {
    expect(condition('tier = "Gold"').value).toEqual(one('gold'));
    expect(condition('tier = "PLATINUM"').value).toEqual(one('platinum'));
    expect(condition('tier = "seven"').value).toEqual(one(7));
    expect(condition('tier = 7').value).toEqual(one(7));
    expect(condition('tier = "7"').value).toEqual(one('7'));
    expect(condition('tier = -0').value).toEqual(one(0));
    expect(condition('tier in ["gold", ?]').value).toEqual({ kind: 'list', values: ['gold', ''] });
    expect(condition('email domain group "gmail"').value).toEqual(one('Gmail'));
    const result = ok('tier = "bronze" or tier = true or tier = 1.2.3');
    expect(result.warnings).toMatchObject([
      { code: 'unknown_option', from: 7, to: 15, params: { value: 'bronze', field: 'tier' } },
      { code: 'unknown_option', params: { value: 'true' } },
      { code: 'unknown_option', params: { value: '1.2.3' } },
    ]);
    expect(strip(result.root.children[1]!)).toMatchObject({ value: one(true) });
  });
});

describe('parseQuery: syntax errors', () => {
  const first = (text: string, extra: Partial<ParseOptions> = {}) => errors(text, extra)[0]!;

  it('say where, with offsets and a 1-based line and column', () => {
    expect(first('city = "x"\nand age >')).toEqual({
      code: 'expected_value',
      from: 20,
      to: 20,
      line: 2,
      column: 10,
      params: { found: '' },
    });
    expect(first('city = "x" city = "y"')).toMatchObject({
      code: 'expected_connective',
      from: 11,
      to: 15,
      params: { found: 'city', closing: '' },
    });
  });

  it.each([
    ['(city = "x"', 'expected_connective', { found: '', closing: ')' }],
    ['all(city = "x" x', 'expected_connective', { found: 'x', closing: ', )' }],
    ['city = "x")', 'expected_connective', { found: ')' }],
    ['any city = "x"', 'expected', { expected: '(', found: 'city' }],
    ['city = "x" and', 'expected_condition', { found: '' }],
    ['and city = "x"', 'expected_condition', { found: 'and' }],
    ['city = "x" or or', 'expected_condition', { found: 'or' }],
    ['5 = 5', 'expected_condition', { found: '5' }],
    ['all(city = "x",)', 'expected_condition', { found: ')' }],
    ['city', 'unknown_operator', { found: '', field: 'city', allowed: expect.stringContaining('begins with') }],
    ['city is maybe "x"', 'unknown_operator', { found: 'is maybe' }],
    ['city not_in_x ["a"]', 'unknown_operator', { found: 'not_in_x' }],
    ['zzz 5', 'unknown_operator', { found: '5', field: 'zzz', allowed: '' }],
    ['city ! "x"', 'unexpected_character', { char: '!' }],
    ['city = Moscow', 'unquoted_text', { found: 'Moscow' }],
    ['age > and', 'expected_value', { found: 'and' }],
    ['age > )', 'expected_value', { found: ')' }],
    ['age between 1 5', 'expected', { expected: 'and', found: '5' }],
    ['age between ) and 5', 'expected_value', { found: ')' }],
    ['tier in "gold"', 'expected', { expected: '[', found: '"gold"' }],
    ['tier in ["gold" "x"]', 'expected', { expected: ']', found: '"x"' }],
    ['tier in ["gold", and]', 'expected_value', { found: 'and' }],
    ['last_order in last 30', 'expected', { expected: 'days', found: '' }],
    ['last_order in last 30 weeks', 'expected', { expected: 'days', found: 'weeks' }],
    ['last_order more than 30 days', 'expected', { expected: 'ago', found: '' }],
    ['last_order more than 30 days_ago_x', 'expected', { expected: 'days', found: 'days_ago_x' }],
    ['city = "a\\qb"', 'bad_escape', { sequence: '\\q' }],
    ['city = "abc', 'unterminated_string', {}],
    ['`Last order', 'unterminated_field', {}],
    ['app > 1.2-beta', 'unexpected_character', { char: '-' }],
  ])('%s → %s', (text, code, params) => {
    expect(first(text)).toMatchObject({ code, params });
  });

  it('stops at brackets nested deeper than MAX_NESTING', () => {
    const nested = (depth: number) => `${'('.repeat(depth)}city = "x"${')'.repeat(depth)}`;
    expect(parse(nested(MAX_NESTING)).ok).toBe(true);
    expect(first(nested(MAX_NESTING + 1))).toMatchObject({
      code: 'nesting_too_deep',
      from: MAX_NESTING,
      params: { limit: MAX_NESTING },
    });
    expect(first(`${'not '.repeat(5000)}city = "x" and all(`.concat('('.repeat(200)))).toMatchObject({
      code: 'nesting_too_deep',
    });
  });

  it('does not judge a value against an operator that does not apply, and lists errors in text order', () => {
    expect(errors('subscribed = "x"')).toEqual([
      {
        code: 'operator_not_for_type',
        from: 11,
        to: 12,
        line: 1,
        column: 12,
        params: { operator: '=', field: 'subscribed', type: 'boolean', allowed: 'is true, is false' },
      },
    ]);
    const result = parse('age > "a" and zzz = 1 and tier = "x" and birthday >= 2026-01-01');
    expect(result).toMatchObject({
      ok: false,
      errors: [
        { code: 'value_type', from: 6 },
        { code: 'operator_not_for_type', from: 50 },
      ],
      warnings: [{ code: 'field_unknown' }, { code: 'unknown_option' }],
    });
  });
});

describe('parseQuery: capabilities', () => {
  // A backend's whole Capabilities object is accepted as it is; only the tree-shaped parts matter.
  const full = {
    kinds: ['dynamic'],
    conditions: true,
    maxDepth: 2,
    not: false,
    maxConditionsPerGroup: 2,
    fixedRootCombinator: 'and',
    operators: { string: ['equals', 'in_list'] },
  } as Capabilities;

  it('reports what the backend cannot store where it is written', () => {
    const text = 'not city = "A" and (city contains "x" or (age > 1)) and age < 2';
    expect(errors(text, { capabilities: full })).toMatchObject([
      { code: 'not_supported', from: 0, to: 3 },
      { code: 'operator_not_supported', from: 25, to: 33, params: { operator: 'contains', type: 'string' } },
      { code: 'depth_exceeded', from: 41, to: 50, params: { limit: 2 } },
      { code: 'too_many_conditions', from: 56, to: 63, params: { limit: 2 } },
    ]);
  });

  it('reports a root joined by another combinator than the backend fixes, at its first joint', () => {
    const fixed = { capabilities: { fixedRootCombinator: 'and' as const } };
    expect(errors('city = "A" and city = "B" or city = "C"', fixed)).toMatchObject([
      { code: 'root_combinator_fixed', from: 26, to: 28, params: { combinator: 'and' } },
    ]);
    expect(errors('not (city = "A" or city = "B")', fixed)).toMatchObject([
      { code: 'root_combinator_fixed', from: 16 },
    ]);
    expect(errors('any(city = "A")', fixed)).toMatchObject([{ code: 'root_combinator_fixed', from: 0, to: 15 }]);
    expect(parse('city = "A" and (city = "B" or city = "C")', fixed).ok).toBe(true);
    expect(parse('', { capabilities: { fixedRootCombinator: null } }).ok).toBe(true);
  });

  it('explains a group made by mixing and with or', () => {
    expect(errors('city = "A" and city = "B" or city = "C"', { capabilities: { maxDepth: 1 } })).toMatchObject([
      { code: 'depth_exceeded_mixed', from: 0, to: 25, params: { limit: 1 } },
    ]);
    expect(errors('city = "A"', { capabilities: { maxDepth: 0 } })).toMatchObject([
      { code: 'depth_exceeded', from: 0 },
    ]);
  });

  it('reports only the first extra child of a group and the first level too deep', () => {
    const result = parse('(((city = "A"))) and city = "B" and city = "C" and city = "D"', {
      capabilities: { maxDepth: 2, maxConditionsPerGroup: 3 },
    });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ code: 'depth_exceeded', from: 1 }, { code: 'too_many_conditions' }],
    });
    expect((result as { errors: unknown[] }).errors).toHaveLength(2);
  });

  it('allows what is not limited', () => {
    const capabilities = { maxDepth: Number.POSITIVE_INFINITY, maxConditionsPerGroup: null, not: true, operators: {} };
    expect(parse('not (city contains "A" and (age > 1 or age < 0))', { capabilities }).ok).toBe(true);
    expect(parse('city = "A" and city = "B"', { capabilities: { maxConditionsPerGroup: 2 } }).ok).toBe(true);
  });

  it('refuses conditions at all when the backend stores none, once', () => {
    expect(errors('⟦x #o1⟧ and city = "A"', { opaque, capabilities: { conditions: false } })).toMatchObject([
      { code: 'conditions_not_supported', from: 0, to: 7 },
    ]);
    expect(parse('', { capabilities: { conditions: false } }).ok).toBe(true);
  });
});
