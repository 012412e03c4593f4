import * as fc from 'fast-check';
import {
  compile,
  compileTruth,
  count,
  countPerGroup,
  daysToAnniversary,
  explain,
  matches,
  select,
  yearsSince,
} from './evaluate';
import type { Condition, FieldType, Group, Profile, Scalar, Segment, TreeNode } from './model';
import { ProfileTable } from './profileTable';
import { sampleBucket } from './sample';
import { tally } from './tally';
import { walk } from './tree';
import { profileArb, segmentArb, TEST_CATALOG, TEST_TODAY, treeArb } from './testing/arbitraries';

/*
 * A naive reference evaluator: one straightforward switch, written independently of the compiled
 * evaluator, following the semantics documented at the top of evaluate.ts.
 */

const DAY = 86_400_000;
const TYPES = new Map(TEST_CATALOG.map((f) => [f.name, f.type]));
const TODAY = Date.UTC(2024, 5, 15) / DAY;

type Ref = boolean | undefined;

function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}
function day(v: unknown): number | undefined {
  if (typeof v === 'number') return Math.floor(v / DAY);
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v)) return undefined;
  return Date.UTC(+v.slice(0, 4), +v.slice(5, 7) - 1, +v.slice(8, 10)) / DAY;
}
function version(v: unknown): number[] | undefined {
  if (typeof v === 'number') return String(v).split('.').map(Number);
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  return v.split('.').map((p) => parseInt(p, 10) || 0);
}
function cmpVersion(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
function lower(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).toLowerCase() : undefined;
}
function bool(v: unknown): boolean | undefined {
  if ([true, 1, 'true', '1'].includes(v as never)) return true;
  if ([false, 0, 'false', '0'].includes(v as never)) return false;
  return undefined;
}

/** Compare a profile value with a condition scalar: a number, undefined if unreadable. */
function compare(type: FieldType, a: unknown, b: Scalar): number | undefined {
  if (type === 'version') {
    const x = version(a);
    const y = version(b);
    return x && y ? cmpVersion(x, y) : undefined;
  }
  const read = type === 'date' ? day : num;
  const x = read(a);
  const y = read(b);
  return x === undefined || y === undefined ? undefined : x - y;
}

function same(type: FieldType, a: unknown, b: Scalar): boolean {
  if (type === 'number' || type === 'date' || type === 'version') return compare(type, a, b) === 0;
  if (type === 'enum') return ['string', 'number', 'boolean'].includes(typeof a) && String(a) === String(b);
  const x = lower(a);
  return x !== undefined && x === lower(b);
}

function domainOf(v: unknown): string {
  const s = String(v ?? '');
  return s.includes('@')
    ? s
        .slice(s.lastIndexOf('@') + 1)
        .trim()
        .toLowerCase()
    : '';
}

const GROUPS: Record<string, string[]> = {
  Gmail: ['gmail.com', 'googlemail.com'],
  'Yahoo! (US)': ['yahoo.com', 'ymail.com', 'rocketmail.com'],
  'Mail.ru': ['mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru'],
  Yandex: ['yandex.ru', 'ya.ru', 'yandex.com', 'narod.ru'],
  Microsoft: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com'],
  iCloud: ['icloud.com', 'me.com', 'mac.com'],
};

function nextAnniversary(d: number): number {
  const date = new Date(d * DAY);
  const now = new Date(TODAY * DAY);
  let candidate = Date.UTC(now.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / DAY;
  if (candidate < TODAY) candidate = Date.UTC(now.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate()) / DAY;
  return candidate - TODAY;
}

/** Age by Date objects: the years turn on the birthday, Feb 29 on Mar 1 of a common year. */
function ageByDates(d: number, today = TODAY): number {
  const born = new Date(d * DAY);
  const now = new Date(today * DAY);
  const birthday = Date.UTC(now.getUTCFullYear(), born.getUTCMonth(), born.getUTCDate()) / DAY;
  return now.getUTCFullYear() - born.getUTCFullYear() - (birthday > today ? 1 : 0);
}

function refCondition(c: Condition, p: Profile): Ref {
  const type = TYPES.get(c.field)!;
  const v = p[c.field];
  const val = c.value;
  const one = val.kind === 'one' ? val.value : undefined;
  const blank = (s: Scalar) => typeof s === 'string' && s.trim() === '';
  if (one !== undefined && blank(one)) return undefined;
  if (val.kind === 'two' && (blank(val.from) || blank(val.to))) return undefined;
  if (val.kind === 'list' && (val.values.length === 0 || val.values.some(blank))) return undefined;
  const empty = v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  const orderOf = (op: 'gt' | 'gte' | 'lt' | 'lte', t: FieldType): Ref => {
    const d = compare(t, v, one!);
    if (compare(t, one!, one!) === undefined) return undefined;
    if (d === undefined) return false;
    return { gt: d > 0, gte: d >= 0, lt: d < 0, lte: d <= 0 }[op];
  };
  const between = (t: FieldType): Ref => {
    if (val.kind !== 'two') return undefined;
    if (compare(t, val.from, val.from) === undefined || compare(t, val.to, val.to) === undefined) return undefined;
    const lo = compare(t, v, val.from);
    const hi = compare(t, v, val.to);
    return lo !== undefined && hi !== undefined && lo >= 0 && hi <= 0;
  };
  const not = (r: Ref): Ref => (r === undefined ? undefined : !r);
  const anyOf = (t: FieldType): Ref => val.kind === 'list' && val.values.some((s) => same(t, v, s));
  const days = (test: (d: number, n: number) => boolean): Ref => {
    const d = day(v);
    return d !== undefined && test(d, one as number);
  };
  switch (c.operator) {
    case 'equals':
      return same(type, v, one!);
    case 'not_equals':
      return !same(type, v, one!);
    case 'contains':
      return lower(v)?.includes(lower(one)!) ?? false;
    case 'not_contains':
      return !(lower(v)?.includes(lower(one)!) ?? false);
    case 'begins_with':
      return lower(v)?.startsWith(lower(one)!) ?? false;
    case 'ends_with':
      return lower(v)?.endsWith(lower(one)!) ?? false;
    case 'is_empty':
      return empty;
    case 'is_not_empty':
      return !empty;
    case 'exists':
      return v !== undefined && v !== null;
    case 'not_exists':
      return v === undefined || v === null;
    case 'in_list':
      return anyOf(type);
    case 'not_in_list':
      return not(anyOf(type));
    case 'domain_is':
      return domainOf(v) === lower(one)!.replace(/^@/, '');
    case 'domain_group_is':
      return (GROUPS[String(one)] ?? []).includes(domainOf(v));
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return orderOf(c.operator, type);
    case 'between':
      return between(type);
    case 'not_between':
      return not(between(type));
    case 'on':
      return same('date', v, one!);
    case 'before':
      return orderOf('lt', 'date');
    case 'after':
      return orderOf('gt', 'date');
    case 'date_between':
      return between('date');
    case 'in_last_days':
      return days((d, n) => d <= TODAY && d >= TODAY - n);
    case 'more_than_days_ago':
      return days((d, n) => d < TODAY - n);
    case 'anniversary_within_days':
      return days((d, n) => nextAnniversary(d) <= n);
    case 'age_between': {
      const d = day(v);
      if (val.kind !== 'two') return undefined;
      return d !== undefined && ageByDates(d) >= (val.from as number) && ageByDates(d) <= (val.to as number);
    }
    case 'at_least_years_ago':
      return days((d, n) => ageByDates(d) >= n);
    case 'less_than_years_ago':
      return days((d, n) => d <= TODAY && ageByDates(d) < n);
    case 'is_true':
      return bool(v) === true;
    case 'is_false':
      return bool(v) === false;
    case 'is':
      return same('enum', v, one!);
    case 'is_not':
      return !same('enum', v, one!);
    case 'is_any_of':
      return anyOf('enum');
    case 'is_none_of':
      return not(anyOf('enum'));
    case 'list_contains':
    case 'list_not_contains': {
      const items = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
      const found = items.some((item) => same('list', item, one!));
      return c.operator === 'list_contains' ? found : !found;
    }
  }
}

function reference(node: TreeNode, p: Profile): Ref {
  if (node.type === 'opaque') return undefined;
  if (node.type === 'condition') return refCondition(node, p);
  let result: Ref;
  if (node.children.length === 0) result = true;
  else {
    const results = node.children.map((child) => reference(child, p));
    if (node.combinator === 'and')
      result = results.includes(false) ? false : results.includes(undefined) ? undefined : true;
    else result = results.includes(true) ? true : results.includes(undefined) ? undefined : false;
  }
  if (!node.not) return result;
  return result === undefined ? undefined : !result;
}

function referenceCount(profiles: Profile[], segment: Segment): number {
  const chosen = new Set<Profile>();
  for (const block of segment.blocks) {
    let kept = 0;
    for (const p of profiles) {
      const bucket = sampleBucket(p.id);
      if (reference(block.root, p) !== true || bucket < block.sample.from || bucket >= block.sample.to) continue;
      chosen.add(p);
      kept += 1;
      if (block.limit > 0 && kept >= block.limit) break;
    }
  }
  return chosen.size;
}

const options = { catalog: TEST_CATALOG, today: TEST_TODAY };

/** Trees with some blank values, to exercise "unfinished" conditions as well. */
const treeWithBlanks = treeArb({ opaqueWeight: 1 }).chain((tree) =>
  fc.boolean().map((blank) => (blank ? blankFirstValue(tree) : tree)),
);

function blankFirstValue(tree: Group): Group {
  let done = false;
  const visit = (node: TreeNode): TreeNode => {
    if (node.type === 'group') return { ...node, children: node.children.map(visit) };
    if (done || node.type !== 'condition' || node.value.kind !== 'one') return node;
    done = true;
    return { ...node, value: { kind: 'one', value: '' } };
  };
  return visit(tree) as Group;
}

describe('evaluator against a naive reference', () => {
  it('agrees on every node of random trees for random profiles', () => {
    fc.assert(
      fc.property(treeWithBlanks, fc.array(profileArb(), { minLength: 1, maxLength: 8 }), (tree, profiles) => {
        const truth = compileTruth(tree, options);
        const test = compile(tree, options);
        for (const p of profiles) {
          const expected = reference(tree, p);
          expect(truth(p)).toBe(expected);
          expect(test(p)).toBe(expected === true);
        }
        const p = profiles[0]!;
        const outcomes = explain(p, tree, options);
        const walkAll = (node: TreeNode): void => {
          const r = reference(node, p);
          expect(outcomes.get(node.id)).toBe(r === undefined ? 'unknown' : r ? 'pass' : 'fail');
          if (node.type === 'group') node.children.forEach(walkAll);
        };
        walkAll(tree);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees on counts with sample and limit across blocks', () => {
    fc.assert(
      fc.property(segmentArb({ maxDepth: 2 }), fc.array(profileArb(), { maxLength: 60 }), (segment, profiles) => {
        expect(count(profiles, segment, options)).toBe(referenceCount(profiles, segment));
      }),
      { numRuns: 150 },
    );
  });

  it('counts the same over a shared table (answers carried from segment to segment) as row by row', () => {
    fc.assert(
      fc.property(
        fc.array(profileArb(), { maxLength: 40 }),
        fc.array(segmentArb({ maxDepth: 2 }), { maxLength: 6 }),
        (profiles, segments) => {
          const table = new ProfileTable(profiles);
          for (const segment of segments) {
            expect(count(table, segment, options)).toBe(referenceCount(profiles, segment));
            expect(select(table, segment, options)).toEqual(select(profiles, segment, options));
            for (const block of segment.blocks)
              expect(countPerGroup(table, block, options)).toEqual(countPerGroup(profiles, block, options));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('counts every group within its sample, whatever ranges the rows are stepped in', () => {
    const splits = fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        segmentArb({ maxDepth: 3, opaqueWeight: 1 }),
        fc.array(profileArb(), { maxLength: 50 }),
        splits,
        (segment, profiles, sizes) => {
          const run = tally(new ProfileTable(profiles), segment, options);
          for (let start = 0, i = 0; start < profiles.length; i++) {
            const end = Math.min(profiles.length, start + sizes[i % sizes.length]!);
            run.step(start, end);
            start = end;
          }
          const expected = new Map<string, number>();
          for (const block of segment.blocks) {
            const sampled = profiles.filter((p) => {
              const bucket = sampleBucket(p.id);
              return block.sample.from <= bucket && bucket < block.sample.to;
            });
            walk(block.root, (node) => {
              if (node.type === 'group')
                expected.set(node.id, sampled.filter((p) => reference(node, p) === true).length);
            });
          }
          const { total, perGroup } = run.result();
          expect(perGroup).toEqual(expected);
          expect(total).toBe(referenceCount(profiles, segment));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('anniversaries by calendar arithmetic', () => {
  /** The next anniversary by Date objects: Feb 29 rolls over to Mar 1 in a common year. */
  function byDates(birthDay: number, today: number): number {
    const born = new Date(birthDay * DAY);
    const now = new Date(today * DAY);
    const on = (year: number) => Math.floor(Date.UTC(year, born.getUTCMonth(), born.getUTCDate()) / DAY);
    const thisYear = on(now.getUTCFullYear());
    return (thisYear >= today ? thisYear : on(now.getUTCFullYear() + 1)) - today;
  }

  it('agrees with Date objects across centuries, leap days included', () => {
    // 1800-01-01 to 2200-12-31, as day numbers.
    const days = fc.integer({ min: -62_091, max: 84_005 });
    fc.assert(
      fc.property(days, days, (birthDay, today) => {
        expect(daysToAnniversary(birthDay, today)).toBe(byDates(birthDay, today));
      }),
      { numRuns: 2_000 },
    );
    const feb29 = Date.UTC(2000, 1, 29) / DAY;
    for (let today = Date.UTC(2099, 0, 1) / DAY; today < Date.UTC(2105, 0, 1) / DAY; today += 1)
      expect(daysToAnniversary(feb29, today)).toBe(byDates(feb29, today));
  });
});

describe('age by calendar arithmetic', () => {
  // 1800-01-01 to 2200-12-31, as day numbers.
  const days = fc.integer({ min: -62_091, max: 84_005 });
  const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
  const birth = (d: number, op: Condition['operator'], value: Condition['value']): boolean =>
    matches(
      { id: 'p', bdate: iso(d) },
      { type: 'condition', id: 'c', field: 'bdate', operator: op, value },
      {
        catalog: [{ name: 'bdate', label: 'Birth date', type: 'date', category: 'system' }],
        today: iso(TODAY),
      },
    );

  it('agrees with Date objects across centuries, leap days included', () => {
    fc.assert(
      fc.property(days, days, (birthDay, today) => {
        expect(yearsSince(birthDay, today)).toBe(ageByDates(birthDay, today));
      }),
      { numRuns: 2_000 },
    );
  });

  it('age_between(a, b) holds exactly when a ≤ age ≤ b', () => {
    const years = fc.integer({ min: 0, max: 120 });
    fc.assert(
      fc.property(days, years, years, (d, a, b) => {
        const age = yearsSince(d, TODAY);
        expect(birth(d, 'age_between', { kind: 'two', from: a, to: b })).toBe(a <= age && age <= b);
      }),
      { numRuns: 2_000 },
    );
  });

  it('splits the past at N years: at least N years ago, or less than N years ago, never both', () => {
    const n = fc.integer({ min: 0, max: 120 });
    fc.assert(
      fc.property(days, n, (d, years) => {
        const value = { kind: 'one', value: years } as const;
        const atLeast = birth(d, 'at_least_years_ago', value);
        const lessThan = birth(d, 'less_than_years_ago', value);
        // A date in the future is no number of years ago; a past one is on exactly one side.
        expect([atLeast, lessThan].filter(Boolean)).toHaveLength(d > TODAY ? 0 : 1);
        expect(atLeast).toBe(yearsSince(d, TODAY) >= years);
      }),
      { numRuns: 2_000 },
    );
  });

  it('turns a Feb 29 birthday a year older on Mar 1 of a common year, and on Feb 29 of a leap year', () => {
    const born = Date.UTC(2000, 1, 29) / DAY;
    const at = (y: number, m: number, d: number) => yearsSince(born, Date.UTC(y, m - 1, d) / DAY);
    expect([at(2001, 2, 28), at(2001, 3, 1)]).toEqual([0, 1]);
    expect([at(2024, 2, 28), at(2024, 2, 29)]).toEqual([23, 24]);
    expect([at(2100, 2, 28), at(2100, 3, 1)]).toEqual([99, 100]);
    expect(yearsSince(born, born - 1)).toBe(-1);
  });
});
