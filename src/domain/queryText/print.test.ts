import type { Condition, FieldCatalog, Group, OpaqueCondition, TreeNode } from '../model';
import { catalog } from './fixtures/catalog';
import { fieldText, opaqueText, printGroup } from './print';

let k = 0;
const cond = (field: string, operator: Condition['operator'], value: Condition['value']): Condition => ({
  type: 'condition',
  id: `c${k++}`,
  field,
  operator,
  value,
});
const one = (value: string | number | boolean) => ({ kind: 'one' as const, value });
const group = (combinator: Group['combinator'], children: TreeNode[], not?: boolean): Group => ({
  type: 'group',
  id: `g${k++}`,
  combinator,
  children,
  ...(not ? { not } : {}),
});
const A = cond('city', 'equals', one('A'));
const B = cond('city', 'equals', one('B'));
const print = (root: Group, width?: number) => printGroup(root, catalog, width === undefined ? {} : { width });

describe('printGroup', () => {
  it('leaves the root bare when that reads back as the same root', () => {
    expect(print(group('and', []))).toBe('');
    expect(print(group('and', [A]))).toBe('city = "A"');
    expect(print(group('or', [A, B]))).toBe('city = "A" or city = "B"');
    expect(print(group('and', [A, group('or', [A, B])]))).toBe('city = "A" and (city = "A" or city = "B")');
  });

  it('brackets the root when bare text would read as another root', () => {
    expect(print(group('or', []))).toBe('any()');
    expect(print(group('or', [A]))).toBe('any(city = "A")');
    expect(print(group('and', [], true))).toBe('not all()');
    expect(print(group('and', [A, B], true))).toBe('not (city = "A" and city = "B")');
    expect(print(group('and', [group('or', [A, B])]))).toBe('((city = "A" or city = "B"))');
    expect(print(group('and', [group('and', [A], true)]))).toBe('(not (city = "A"))');
  });

  it('always brackets nested groups, by how many children they have', () => {
    const nested = (inner: Group) => print(group('and', [A, inner]));
    expect(nested(group('and', []))).toBe('city = "A" and all()');
    expect(nested(group('or', []))).toBe('city = "A" and any()');
    expect(nested(group('and', [B]))).toBe('city = "A" and (city = "B")');
    expect(nested(group('or', [B]))).toBe('city = "A" and any(city = "B")');
    expect(nested(group('or', [B], true))).toBe('city = "A" and not any(city = "B")');
    expect(nested(group('and', [B, B], true))).toBe('city = "A" and not (city = "B" and city = "B")');
  });

  it('breaks long groups over lines, one child per line with its combinator first', () => {
    const root = group('and', [A, group('or', [B, group('and', [A, B], true)]), B]);
    expect(print(root, 40)).toBe(
      ['city = "A"', 'and (', '  city = "B"', '  or not (city = "A" and city = "B")', ')', 'and city = "B"'].join('\n'),
    );
    expect(print(group('or', [group('and', [A, B])], true), 10)).toBe(
      ['not any(', '  (', '    city = "A"', '    and city = "B"', '  )', ')'].join('\n'),
    );
    expect(print(root, Number.POSITIVE_INFINITY)).not.toContain('\n');
  });

  it('writes a value by the editor its operator uses on the field', () => {
    const text = (condition: Condition, fields: FieldCatalog = catalog) =>
      printGroup(group('and', [condition]), fields);
    expect(text(cond('age', 'gt', one(Number.NaN)))).toBe('age > "NaN"');
    expect(text(cond('age', 'gt', one(-Infinity)))).toBe('age > "-Infinity"');
    expect(text(cond('age', 'gt', one(1e21)))).toBe('age > 1e+21');
    expect(text(cond('age', 'gt', one('')))).toBe('age > ?');
    expect(text(cond('tier', 'is', one(true)))).toBe('tier = true');
    expect(text(cond('birthday', 'on', one('2026-02-30')))).toBe('birthday on "2026-02-30"');
    expect(text(cond('app', 'gt', one('1.2-beta')))).toBe('app > "1.2-beta"');
    expect(text(cond('app', 'gt', one(2)))).toBe('app > 2');
    expect(text(cond('city', 'equals', one('line\nbreak\t"q"')))).toBe('city = "line\\nbreak\\t\\"q\\""');
    expect(text(cond('last_order', 'in_last_days', one(1)))).toBe('last_order in last 1 day');
    expect(text(cond('last_order', 'more_than_days_ago', one(1)))).toBe('last_order more than 1 day ago');
    expect(text(cond('last_order', 'more_than_days_ago', one(2)))).toBe('last_order more than 2 days ago');
    // A value of the wrong shape is written as it is; parsing then says what is missing.
    expect(text(cond('age', 'gt', { kind: 'none' }))).toBe('age >');
  });

  it('writes conditions on unknown fields by the type their operator and value suggest', () => {
    const text = (condition: Condition) => printGroup(group('and', [condition]), []);
    expect(text(cond('x', 'gt', one('1.2')))).toBe('x > 1.2');
    expect(text(cond('x', 'on', one('2026-01-01')))).toBe('x on 2026-01-01');
    expect(text(cond('x', 'equals', one('2026-01-01')))).toBe('x = "2026-01-01"');
  });

  it('looks fields up by name, the first of duplicates winning', () => {
    const fields: FieldCatalog = [
      { name: 'd', label: 'D', type: 'date', category: 'custom' },
      { name: 'd', label: 'D2', type: 'string', category: 'custom' },
    ];
    expect(printGroup(group('and', [cond('d', 'on', one('2026-01-01'))]), fields)).toBe('d on 2026-01-01');
  });
});

describe('fieldText', () => {
  it('writes identifiers bare and anything else in backticks', () => {
    expect(fieldText('city')).toBe('city');
    expect(fieldText('_sex')).toBe('_sex');
    expect(fieldText('data.city')).toBe('data.city');
    expect(fieldText('Город')).toBe('Город');
    expect(fieldText('is')).toBe('is');
    expect(fieldText('Last order date')).toBe('`Last order date`');
    expect(fieldText('and')).toBe('`and`');
    expect(fieldText('ANY')).toBe('`ANY`');
    expect(fieldText('1st')).toBe('`1st`');
    expect(fieldText('a.')).toBe('`a.`');
    expect(fieldText('')).toBe('``');
    expect(fieldText('a`b')).toBe('`a\\`b`');
  });
});

describe('opaqueText', () => {
  it('writes the label for people and the id for the parser, escaping the marks', () => {
    const node: OpaqueCondition = { type: 'opaque', id: 'n#1⟧', vendor: 'v', label: 'In data \\ #2', raw: null };
    expect(opaqueText(node)).toBe('⟦In data \\\\ \\#2 #n\\#1\\⟧⟧');
  });
});
