/**
 * The seeded segments, written in the canonical model and turned into Altcraft's wire form by the
 * api adapter's own `toWire`, so the demo stores exactly what a real server would hold.
 */
import type {
  Condition,
  ConditionValue,
  Group,
  OpaqueCondition,
  OperatorId,
  Scalar,
  Segment,
  TreeNode,
} from '@/domain/model';

export const CUSTOMERS_DB = 1;
export const NEWSLETTER_DB = 2;
export const MOBILE_DB = 3;

/** How a static segment's members are drawn: `count` profiles of `database` that pass `from`. */
export interface MemberPick {
  count: number;
  /** Salt of the pick's PRNG, so two lists over the same audience differ. */
  salt: number;
  from: Group;
}

export interface SeedSegment {
  segment: Segment;
  /** Only for static segments. */
  members?: MemberPick;
}

let nodeCounter = 0;
/** Readable, stable node ids; ids never reach the wire, they only keep the seed tree valid. */
const nextId = (prefix: string) => `seed-${prefix}${++nodeCounter}`;

function valueOf(operator: OperatorId, args: Scalar[]): ConditionValue {
  if (args.length === 0) return { kind: 'none' };
  if (operator === 'between' || operator === 'not_between' || operator === 'date_between')
    return { kind: 'two', from: args[0]!, to: args[1]! };
  if (['in_list', 'not_in_list', 'is_any_of', 'is_none_of'].includes(operator)) return { kind: 'list', values: args };
  return { kind: 'one', value: args[0]! };
}

const when = (field: string, operator: OperatorId, ...args: Scalar[]): Condition => ({
  type: 'condition',
  id: nextId('c'),
  field,
  operator,
  value: valueOf(operator, args),
});

const all = (...children: TreeNode[]): Group => ({ type: 'group', id: nextId('g'), combinator: 'and', children });
const any = (...children: TreeNode[]): Group => ({ type: 'group', id: nextId('g'), combinator: 'or', children });

interface SegmentSpec {
  name: string;
  kind?: Segment['kind'];
  db?: number;
  tags?: string[];
  description?: string;
  refreshDaily?: boolean;
  sample?: [number, number];
  limit?: number;
  root?: Group;
}

function segment(spec: SegmentSpec): Segment {
  const databaseId = spec.db ?? CUSTOMERS_DB;
  const kind = spec.kind ?? 'dynamic';
  const base: Segment = {
    name: spec.name,
    tags: spec.tags ?? [],
    kind,
    refreshDaily: spec.refreshDaily ?? false,
    databaseId,
    blocks:
      kind === 'static' || !spec.root
        ? []
        : [
            {
              databaseId,
              sample: { from: spec.sample?.[0] ?? 0, to: spec.sample?.[1] ?? 100 },
              limit: spec.limit ?? 0,
              root: spec.root,
            },
          ],
  };
  return spec.description === undefined ? base : { ...base, description: spec.description };
}

const FEMALE = 2;
const MALE = 1;
const ACTIVE = 0;
const UNCONFIRMED = 1;
const SUSPENDED = 2;

/**
 * A query the builder does not model: a lookup in an external data table (Altcraft's `in_data`
 * operator). Kept verbatim in wire form, it must survive every round trip through the UI.
 */
export const OPAQUE_EXTERNAL_DATA_QUERY = {
  compo: 'external',
  name: 'email',
  operator: 'in_data',
  type: 'email',
  value: [
    { name: 'url', value: 'https://crm.example.com/exports/high-ltv-lookalike.csv' },
    { name: 'field', value: 'email' },
    { name: 'resource_id', value: 3 },
  ],
};

const opaque = (raw: unknown, label: string): OpaqueCondition => ({
  type: 'opaque',
  id: nextId('o'),
  vendor: 'altcraft',
  label,
  raw,
});

const dynamicSegments: Segment[] = [
  segment({
    name: 'Women in Moscow',
    tags: ['geo', 'demographics'],
    root: all(when('_sex', 'is', FEMALE), when('_city', 'equals', 'Moscow')),
  }),
  segment({
    name: 'Men in Saint Petersburg',
    tags: ['geo', 'demographics'],
    root: all(when('_sex', 'is', MALE), when('_city', 'equals', 'Saint Petersburg')),
  }),
  segment({
    name: 'Lapsed VIPs',
    tags: ['vip', 'reactivation'],
    description: 'VIP customers with no order in the last six months.',
    root: all(when('is_vip', 'is_true'), when('last_order_date', 'more_than_days_ago', 180)),
  }),
  segment({
    name: 'Birthday this week',
    tags: ['birthday', 'triggers'],
    root: all(when('_bdate', 'anniversary_within_days', 7), when('_status', 'is', ACTIVE)),
  }),
  segment({
    name: 'Birthday this month',
    tags: ['birthday'],
    root: all(when('_bdate', 'anniversary_within_days', 30)),
  }),
  segment({
    name: 'Gold and platinum members',
    tags: ['loyalty'],
    root: all(when('loyalty_tier', 'is_any_of', 'gold', 'platinum')),
  }),
  segment({
    name: 'New sign-ups (last 30 days)',
    tags: ['onboarding'],
    root: all(when('_regdate', 'in_last_days', 30)),
  }),
  segment({
    name: 'One-time buyers',
    tags: ['retention'],
    root: all(when('orders_count', 'equals', 1)),
  }),
  segment({
    name: 'Frequent buyers (10+ orders)',
    tags: ['retention', 'loyalty'],
    root: all(when('orders_count', 'gte', 10)),
  }),
  segment({
    name: 'High spenders (100k+)',
    tags: ['vip'],
    root: all(when('total_spent', 'gte', 100_000)),
  }),
  segment({
    name: 'Registered but never ordered',
    tags: ['onboarding', 'conversion'],
    root: all(when('orders_count', 'equals', 0), when('_regdate', 'more_than_days_ago', 14)),
  }),
  segment({
    name: 'Cart abandoners',
    tags: ['triggers', 'conversion'],
    root: all(when('tags', 'list_contains', 'abandoned-cart'), when('last_order_date', 'more_than_days_ago', 7)),
  }),
  segment({
    name: 'Gmail users',
    tags: ['deliverability'],
    root: all(when('email', 'domain_is', 'gmail.com')),
  }),
  segment({
    name: 'Mail.ru group mailboxes',
    tags: ['deliverability'],
    root: all(when('email', 'domain_group_is', 'Mail.ru')),
  }),
  segment({
    name: 'Corporate e-mail addresses',
    tags: ['b2b', 'deliverability'],
    description: 'Addresses outside the big free mail providers.',
    root: all(
      when('email', 'is_not_empty'),
      all(
        when('email', 'not_contains', 'gmail.'),
        when('email', 'not_contains', 'yandex.'),
        when('email', 'not_contains', 'mail.ru'),
        when('email', 'not_contains', 'yahoo.'),
        when('email', 'not_contains', 'outlook.'),
      ),
    ),
  }),
  segment({
    name: 'Siberia and the Far East',
    tags: ['geo'],
    root: all(
      when(
        '_region',
        'in_list',
        'Novosibirsk Oblast',
        'Krasnoyarsk Krai',
        'Irkutsk Oblast',
        'Omsk Oblast',
        'Primorsky Krai',
      ),
    ),
  }),
  segment({
    name: 'International customers',
    tags: ['geo'],
    root: all(when('_country', 'not_in_list', 'RU', 'BY', 'KZ', 'UZ', 'AM', 'GE')),
  }),
  segment({
    name: 'CIS outside Russia',
    tags: ['geo'],
    root: all(when('_country', 'in_list', 'BY', 'KZ', 'UZ', 'AM', 'GE')),
  }),
  segment({
    name: 'Young adults in big cities',
    tags: ['demographics', 'geo'],
    root: all(
      when('_bdate', 'date_between', '2000-01-01', '2008-12-31'),
      any(
        when('_city', 'equals', 'Moscow'),
        when('_city', 'equals', 'Saint Petersburg'),
        when('_city', 'equals', 'Kazan'),
      ),
    ),
  }),
  segment({
    name: 'Women 30–45 who ordered',
    tags: ['demographics'],
    root: all(
      when('_sex', 'is', FEMALE),
      when('_bdate', 'date_between', '1981-01-01', '1996-12-31'),
      when('orders_count', 'gte', 1),
    ),
  }),
  segment({
    name: 'App users on old versions',
    tags: ['mobile'],
    root: all(when('app_version', 'lt', '4.0.0')),
  }),
  segment({
    name: 'Silver members drifting away',
    tags: ['loyalty', 'reactivation'],
    description: 'Silver tier with no recent orders, or early sign-ups who barely ordered.',
    root: all(
      when('loyalty_tier', 'is', 'silver'),
      any(
        when('last_order_date', 'more_than_days_ago', 90),
        all(when('orders_count', 'lte', 2), when('_regdate', 'before', '2024-01-01')),
      ),
    ),
  }),
  segment({
    name: 'Black Friday responders',
    tags: ['promo', 'seasonal'],
    root: all(when('tags', 'list_contains', 'black-friday')),
  }),
  segment({
    name: 'Webinar attendees',
    tags: ['events'],
    root: all(when('tags', 'list_contains', 'webinar')),
  }),
  segment({
    name: 'A/B test — group A (10%)',
    tags: ['experiments'],
    sample: [0, 10],
    root: all(when('_status', 'is', ACTIVE), when('email', 'is_not_empty')),
  }),
  segment({
    name: 'A/B test — holdout (10%)',
    tags: ['experiments'],
    sample: [10, 20],
    root: all(when('_status', 'is', ACTIVE), when('email', 'is_not_empty')),
  }),
  segment({
    name: 'Top 1,000 spenders',
    tags: ['vip'],
    limit: 1000,
    root: all(when('total_spent', 'gte', 50_000)),
  }),
  segment({
    name: 'Gold members in Moscow — pilot',
    tags: ['loyalty', 'geo', 'experiments'],
    sample: [0, 50],
    limit: 500,
    root: all(
      when('loyalty_tier', 'is', 'gold'),
      any(when('_city', 'equals', 'Moscow'), when('_region', 'equals', 'Moscow')),
    ),
  }),
  segment({
    name: 'Unconfirmed e-mails',
    tags: ['deliverability'],
    root: all(when('_status', 'is', UNCONFIRMED), when('email', 'is_not_empty')),
  }),
  segment({
    name: 'Suspended profiles',
    tags: ['hygiene'],
    root: all(when('_status', 'is', SUSPENDED)),
  }),
  segment({
    name: 'Phone only — no e-mail',
    tags: ['sms'],
    root: all(when('email', 'is_empty'), when('phones', 'is_not_empty')),
  }),
  segment({
    name: 'Lookalike: CRM high-LTV import',
    tags: ['crm', 'lookalike'],
    description: 'Profiles found in the CRM export (an external data lookup edited in Altcraft), plus all VIPs.',
    root: any(
      opaque(OPAQUE_EXTERNAL_DATA_QUERY, 'E-mail is in external data "high-ltv-lookalike.csv"'),
      when('is_vip', 'is_true'),
    ),
  }),
  segment({
    name: 'Newsletter: Russian-speaking readers',
    db: NEWSLETTER_DB,
    tags: ['newsletter', 'geo'],
    root: all(when('_country', 'in_list', 'RU', 'BY', 'KZ')),
  }),
  segment({
    name: 'Newsletter: engaged shoppers',
    db: NEWSLETTER_DB,
    tags: ['newsletter'],
    root: all(when('orders_count', 'gte', 3), any(when('tags', 'list_contains', 'promo'), when('is_vip', 'is_true'))),
  }),
  segment({
    name: 'Mobile: latest app version',
    db: MOBILE_DB,
    tags: ['mobile'],
    root: all(when('app_version', 'gte', '4.2.0')),
  }),
  segment({
    name: 'Mobile: Kazakhstan and Uzbekistan',
    db: MOBILE_DB,
    tags: ['mobile', 'geo'],
    root: all(when('_country', 'in_list', 'KZ', 'UZ')),
  }),
];

const updatableSegments: Segment[] = [
  segment({
    name: 'VIP list (refreshed daily)',
    kind: 'updatable',
    refreshDaily: true,
    tags: ['vip'],
    root: all(when('is_vip', 'is_true'), when('_status', 'is', ACTIVE)),
  }),
  segment({
    name: 'Weekly digest audience',
    kind: 'updatable',
    refreshDaily: true,
    db: NEWSLETTER_DB,
    tags: ['newsletter'],
    root: all(when('_status', 'is', ACTIVE), when('email', 'is_not_empty')),
  }),
  segment({
    name: 'Churn risk — quarterly snapshot',
    kind: 'updatable',
    refreshDaily: false,
    tags: ['retention', 'reactivation'],
    root: all(
      when('orders_count', 'gte', 2),
      when('last_order_date', 'date_between', '2025-11-01', '2026-05-31'),
      any(when('loyalty_tier', 'is', 'silver'), when('loyalty_tier', 'is', 'gold')),
    ),
  }),
  segment({
    name: 'Mobile: push-ready users',
    kind: 'updatable',
    refreshDaily: true,
    db: MOBILE_DB,
    tags: ['mobile', 'push'],
    root: all(when('app_version', 'gte', '4.0.0'), when('_status', 'is', ACTIVE)),
  }),
];

const staticSegments: SeedSegment[] = [
  {
    segment: segment({ name: 'Moscow event attendees 2025', kind: 'static', tags: ['events', 'geo'] }),
    members: { count: 350, salt: 11, from: all(when('_city', 'equals', 'Moscow')) },
  },
  {
    segment: segment({ name: 'Hand-picked VIPs', kind: 'static', tags: ['vip'] }),
    members: { count: 120, salt: 12, from: all(when('is_vip', 'is_true')) },
  },
  {
    segment: segment({ name: 'Imported leads — Retail Expo 2026', kind: 'static', tags: ['b2b', 'events'] }),
    members: { count: 1500, salt: 13, from: all() },
  },
  {
    segment: segment({ name: 'Complaints — do not contact', kind: 'static', db: NEWSLETTER_DB, tags: ['hygiene'] }),
    members: { count: 80, salt: 14, from: all() },
  },
  {
    segment: segment({ name: 'Beta testers', kind: 'static', db: MOBILE_DB, tags: ['mobile', 'beta'] }),
    members: { count: 500, salt: 15, from: all(when('app_version', 'gte', '4.1.0')) },
  },
];

/** Every seeded segment, in the order their ids are given (1, 2, 3, ...). */
export const SEED_SEGMENTS: readonly SeedSegment[] = [
  ...dynamicSegments.map((s) => ({ segment: s })),
  ...updatableSegments.map((s) => ({ segment: s })),
  ...staticSegments,
];
