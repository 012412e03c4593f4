import { describeCondition, describeGroup, describeSegment } from './describe';
import { en } from './locale/en';
import { block, c, g, segment } from './testing/builders';
import type { DomainLocale } from './locale/types';
import type { Condition, FieldCatalog, OperatorId } from './model';
import { OPERATORS } from './operators';

const catalog: FieldCatalog = [
  {
    name: '_sex',
    label: 'gender',
    type: 'enum',
    category: 'system',
    options: [
      { value: 'female', label: 'Female' },
      { value: 1, label: 'Male' },
    ],
  },
  { name: '_city', label: 'city', type: 'string', category: 'system' },
  { name: 'age', label: 'age', type: 'number', category: 'custom' },
  { name: '_bdate', label: 'birthday', type: 'date', category: 'system' },
  { name: 'email', label: 'email', type: 'email', category: 'system' },
  { name: 'vip', label: 'VIP', type: 'boolean', category: 'custom' },
];

const describeOne = (condition: Condition) => describeCondition(condition, { catalog });

describe('describeSegment', () => {
  const root = () =>
    g('and', [
      c('_sex', 'is', 'female'),
      g('or', [c('_city', 'equals', 'Moscow'), c('_city', 'equals', 'Saint Petersburg')]),
    ]);

  it('reads like the example in the issue', () => {
    const s = segment([block(root(), { sample: { from: 10, to: 50 }, limit: 5000 })]);
    expect(describeSegment(s, { catalog, databaseName: 'Customers' })).toBe(
      'Dynamic segment of “Customers”: profiles where gender is Female and (city is Moscow or city is Saint Petersburg); 10–50% sample; at most 5,000 profiles.',
    );
  });

  it('leaves out a full sample, no limit and an unknown database', () => {
    expect(describeSegment(segment([block(root())]), { catalog })).toBe(
      'Dynamic segment: profiles where gender is Female and (city is Moscow or city is Saint Petersburg).',
    );
  });

  it('describes static, updatable, empty and multi-block segments', () => {
    expect(describeSegment(segment([], { kind: 'static' }), { catalog, databaseName: 'DB' })).toBe(
      'Static segment of “DB”: members are added and removed one by one.',
    );
    expect(describeSegment(segment([], { kind: 'updatable', refreshDaily: true }), { catalog })).toBe(
      'Updatable segment (refreshed daily): no conditions yet.',
    );
    expect(describeSegment(segment([block(g('and', []))], { kind: 'updatable' }), { catalog })).toBe(
      'Updatable segment: all profiles.',
    );
    const two = segment([
      block(g('and', [c('vip', 'is_true')]), { limit: 10 }),
      block(g('and', [c('age', 'gt', 65)]), { sample: { from: 0, to: 20 } }),
    ]);
    expect(describeSegment(two, { catalog })).toBe(
      'Dynamic segment: profiles of any of these blocks: (1) profiles where VIP is true, at most 10 profiles; (2) profiles where age is greater than 65, 0–20% sample.',
    );
  });

  it('never ends on a doubled full stop', () => {
    expect(describeSegment(segment([block(g('and', [c('_city', 'equals', 'St.')]))]), { catalog })).toBe(
      'Dynamic segment: profiles where city is St.',
    );
    expect(describeSegment(segment([block(g('and', [c('_city', 'equals')]))]), { catalog })).toBe(
      'Dynamic segment: profiles where city is …',
    );
  });

  it('uses the locale passed in', () => {
    const terse: DomainLocale = { ...en, segment: { ...en.segment, sentence: (head, body) => `${head} — ${body}` } };
    expect(describeSegment(segment([block(g('and', []))]), { catalog, locale: terse })).toBe(
      'Dynamic segment — all profiles',
    );
  });
});

describe('describeGroup', () => {
  it('puts nested groups with several children in parentheses, and NOT around its group', () => {
    const single = g('or', [c('vip', 'is_false')]);
    const negated = g('and', [c('_city', 'equals', 'Kazan'), c('age', 'lt', 18)], true);
    expect(describeGroup(g('or', [single, negated, g('and', [])]), { catalog })).toBe(
      'VIP is false or not (city is Kazan and age is less than 18) or no conditions',
    );
    expect(describeGroup(g('and', [c('vip', 'is_true')], true), { catalog })).toBe('not (VIP is true)');
  });
});

describe('describeCondition', () => {
  it('has a phrase for every operator', () => {
    for (const op of Object.keys(OPERATORS) as OperatorId[]) {
      const text = describeOne(c('age', op, 3));
      expect(text).toMatch(/^age[ :]/);
    }
  });

  it('shows an instant in the reader\u2019s time zone, and a malformed one as written', () => {
    const withTime: FieldCatalog = [
      { name: 'seen', label: 'last seen', type: 'date', category: 'system', withTime: true },
    ];
    const text = describeCondition(c('seen', 'after', '2026-03-01T14:30'), { catalog: withTime });
    expect(text).toMatch(/^last seen is after 03\/01\/2026, \d{2}:30/);
    expect(describeCondition(c('seen', 'after', 'soon'), { catalog: withTime })).toBe('last seen is after soon');
  });

  it('formats numbers, dates, option labels and lists', () => {
    expect(describeOne(c('age', 'between', { from: 1000, to: 25000 }))).toBe('age is between 1,000 and 25,000');
    expect(describeOne(c('_bdate', 'before', '2024-03-05'))).toBe('birthday is before 03/05/2024');
    expect(describeOne(c('_bdate', 'on', 'someday'))).toBe('birthday is on someday');
    expect(describeOne(c('_sex', 'is_any_of', ['female', '1']))).toBe('gender is any of Female or Male');
    expect(describeOne(c('_city', 'in_list', ['Moscow', 'Kazan', 'Samara']))).toBe(
      'city is any of Moscow, Kazan, or Samara',
    );
    expect(describeOne(c('email', 'domain_group_is', 'Gmail'))).toBe('email domain group is Gmail');
    expect(describeOne(c('_city', 'equals', true))).toBe('city is true');
  });

  it('counts days and years with the right plural, the unit written once', () => {
    expect(describeOne(c('_bdate', 'in_last_days', 1))).toBe('birthday is in the last 1 day');
    expect(describeOne(c('_bdate', 'in_last_days', 30))).toBe('birthday is in the last 30 days');
    expect(describeOne(c('_bdate', 'more_than_days_ago', 30))).toBe('birthday is more than 30 days ago');
    expect(describeOne(c('_bdate', 'anniversary_within_days', 7))).toBe(
      'birthday has an anniversary in the next 7 days',
    );
    expect(describeOne(c('_bdate', 'in_last_days', ''))).toBe('birthday is in the last … days');
    expect(describeOne(c('_bdate', 'age_between', { from: 25, to: 40 }))).toBe(
      'birthday: age is between 25 and 40 years',
    );
    expect(describeOne(c('_bdate', 'age_between', { from: 0, to: 1 }))).toBe('birthday: age is between 0 and 1 year');
    expect(describeOne(c('_bdate', 'at_least_years_ago', 1))).toBe('birthday is 1 year or more ago');
    expect(describeOne(c('_bdate', 'at_least_years_ago', 18))).toBe('birthday is 18 years or more ago');
    expect(describeOne(c('_bdate', 'less_than_years_ago', 2))).toBe('birthday is less than 2 years ago');
  });

  it('uses one word per meaning across field types, the words the picker shows', () => {
    expect([en.operators.equals, en.operators.is]).toEqual(['is', 'is']);
    expect([en.operators.in_list, en.operators.is_any_of]).toEqual(['is any of', 'is any of']);
    expect([en.operators.not_in_list, en.operators.is_none_of]).toEqual(['is none of', 'is none of']);
    expect([en.operators.between, en.operators.date_between]).toEqual(['is between', 'is between']);
    // Presence and emptiness are two questions to the vendor: the labels say how they differ.
    expect([en.operators.exists, en.operators.is_not_empty]).toEqual(['is present (may be blank)', 'is not empty']);
    expect(en.operators.in_last_days).toBe('is in the last N days');
    expect(en.operators.age_between).toBe('age is between N and M years');
    // Every phrase is its field followed by the picker's words.
    for (const op of Object.keys(OPERATORS) as OperatorId[]) {
      const counted: Partial<Record<OperatorId, unknown>> = en.counted;
      if (op in counted || op === 'domain_is' || op === 'domain_group_is') continue;
      expect(describeOne(c('_city', op, 'X'))).toContain(`city ${en.operators[op]}`);
    }
  });

  it('marks missing values and falls back to the raw field name', () => {
    expect(describeOne(c('_city', 'equals', ''))).toBe('city is …');
    expect(describeOne(c('age', 'between', 5))).toBe('age is between 5 and …');
    expect(describeOne(c('_city', 'in_list', []))).toBe('city is any of …');
    expect(describeOne(c('loyalty_level', 'gte', 3))).toBe('loyalty_level is at least 3');
  });

  it('describes opaque conditions by their label', () => {
    expect(
      describeCondition(
        { type: 'opaque', id: 'o', vendor: 'altcraft', label: 'In external data', raw: {} },
        { catalog },
      ),
    ).toBe('In external data (kept as is)');
  });
});
