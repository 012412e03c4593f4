/**
 * The embedded Push0 account: 25 segments a mobile marketer would keep. Everything is fixed or
 * drawn from a seeded generator, so ids and times are the same on every machine and reload.
 * Times are epoch milliseconds relative to the demo's data day (DATA_AS_OF).
 */
import { createRandom } from '../seed/random';
import { DATA_AS_OF } from '../seed/profiles';
import type { Push0Constraint, Push0Group } from './catalog';

/** A Push0 segment as the vendor's list answers it (docs/contracts.md §2). */
export interface Push0Segment {
  id: string;
  name: string;
  description: string | null;
  constraints: Push0Group[];
  createdAt: number;
  updatedAt: number | null;
}

export const PUSH0_SEED = 20_261_120;
const DAY = 86_400_000;
/**
 * Midnight UTC of the demo's data day (today): "7 days ago" in the seed means 7 days before this,
 * and no seeded time lies ahead of the clock, whatever the hour.
 */
export const PUSH0_SEED_TIME = Date.parse(`${DATA_AS_OF}T00:00:00Z`);
const daysAgo = (days: number) => PUSH0_SEED_TIME - days * DAY;

/** A vendor-looking id (`sg_` and 12 base-36 characters) drawn from the seeded generator. */
export function push0Id(sequence: number): string {
  const rng = createRandom((PUSH0_SEED ^ Math.imul(sequence + 1, 0x9e3779b1)) >>> 0);
  let id = 'sg_';
  for (let i = 0; i < 12; i++) id += rng.int(0, 35).toString(36);
  return id;
}

const when = (field: string, relation: string, value: unknown): Push0Constraint => ({ field, relation, value });
const and = (...constraints: Push0Constraint[]): Push0Group => ({ type: 'AND', constraints });
const or = (...constraints: Push0Constraint[]): Push0Group => ({ type: 'OR', constraints });

interface SeedSegment {
  name: string;
  description?: string;
  constraints: Push0Group[];
  /** Days before the data day it was created, and (when edited since) last updated. */
  created: number;
  updated?: number;
}

const FLAGSHIPS = [
  'Galaxy S25',
  'Galaxy S24',
  'Pixel 9',
  'Pixel 8',
  'Xiaomi 14',
  'OnePlus 12',
  'iPhone 16 Pro',
  'iPhone 15 Pro',
  'Honor Magic6 Pro',
  'Galaxy Z Fold6',
];

const SEED_SEGMENTS: readonly SeedSegment[] = [
  {
    name: 'Moscow time zone, active this week',
    description: 'For morning pushes at 9:00 Moscow time.',
    constraints: [and(when('timezone', '==', 'Europe/Moscow'), when('lastSession', '>=', daysAgo(7)))],
    created: 240,
    updated: 12,
  },
  {
    name: 'Redmi Note owners',
    // The vendor's own example spells the relation EQUALS; the app must read it as ==.
    constraints: [
      and(when('deviceManufacturer', 'EQUALS', 'Xiaomi'), when('deviceModel', 'starts_with', 'Redmi Note')),
    ],
    created: 231,
  },
  {
    name: 'Samsung or Xiaomi phones',
    constraints: [
      or(when('deviceManufacturer', '==', 'Samsung'), when('deviceManufacturer', '==', 'Xiaomi')),
      and(when('type', '==', 'phone')),
    ],
    created: 220,
  },
  {
    name: 'Tablets in Germany',
    description: 'German-speaking tablet users for the catalogue app.',
    constraints: [and(when('type', '==', 'tablet'), when('country', '==', 'DE'), when('language', '==', 'deu'))],
    created: 210,
    updated: 40,
  },
  {
    name: 'Lapsed 30+ days',
    description: 'Win-back campaign audience.',
    constraints: [and(when('lastSession', '<', daysAgo(30)), when('pushToken', 'exists', true))],
    created: 200,
    updated: 3,
  },
  {
    name: 'New installs, last 7 days',
    constraints: [and(when('firstSession', '>=', daysAgo(7)))],
    created: 190,
  },
  {
    name: 'Power users (50+ sessions)',
    constraints: [and(when('sessionCount', '>=', 50))],
    created: 185,
  },
  {
    name: 'Outdated app (build below 120)',
    description: 'Ask them to update before the old API is switched off.',
    constraints: [and(when('appVersionCode', '<', 120))],
    created: 170,
    updated: 25,
  },
  {
    name: 'Beta testers',
    constraints: [and(when('tags', 'contains', 'beta'))],
    created: 160,
  },
  {
    name: 'VIP customers with e-mail',
    constraints: [and(when('tags', '==', 'vip'), when('email', 'exists', true))],
    created: 150,
  },
  {
    name: 'Kazakhstan and Uzbekistan',
    constraints: [or(when('country', '==', 'KZ'), when('country', '==', 'UZ'))],
    created: 140,
  },
  {
    name: 'English speakers outside the US',
    constraints: [and(when('language', '==', 'eng'), when('country', '!=', 'US'))],
    created: 130,
    updated: 60,
  },
  {
    name: 'Smartwatch owners',
    constraints: [and(when('type', 'EQUALS', 'smartwatch'))],
    created: 120,
  },
  {
    name: 'Desktop web push',
    constraints: [and(when('type', '==', 'desktop'))],
    created: 115,
  },
  {
    name: 'iOS 17 on iPhone',
    constraints: [and(when('deviceManufacturer', '==', 'Apple')), and(when('osVersion', 'starts_with', '17.'))],
    created: 100,
  },
  {
    name: 'Android 14 (API 34)',
    constraints: [and(when('osApi', '==', '34'))],
    created: 95,
  },
  {
    name: 'Urals and Siberia time zones',
    description: 'Yekaterinburg, Omsk and Novosibirsk: send two to four hours before Moscow.',
    constraints: [
      or(
        when('timezone', '==', 'Asia/Yekaterinburg'),
        when('timezone', '==', 'Asia/Omsk'),
        when('timezone', '==', 'Asia/Novosibirsk'),
      ),
    ],
    created: 90,
  },
  {
    name: 'Installed last quarter, never came back',
    constraints: [and(when('createdAt', '>=', daysAgo(90)), when('sessionCount', '<=', 1))],
    created: 80,
    updated: 8,
  },
  {
    name: 'Unregistered devices',
    constraints: [and(when('unRegisteredAt', 'exists', true))],
    created: 70,
  },
  {
    name: 'Signed-in customers',
    description: 'Devices linked to a CRM customer id.',
    constraints: [and(when('customUserId', 'exists', true))],
    created: 60,
  },
  {
    name: 'Loyalty app 3.x, cashback or loyalty tag',
    constraints: [
      and(when('appVersion', 'starts_with', '3.')),
      or(when('tags', 'contains', 'loyalty'), when('tags', 'contains', 'cashback')),
    ],
    created: 45,
  },
  {
    name: 'Polish speakers in Poland',
    constraints: [and(when('country', 'EQUALS', 'PL'), when('language', '==', 'pol'))],
    created: 30,
  },
  {
    name: 'Huawei devices on HMS',
    constraints: [and(when('deviceManufacturer', '==', 'Huawei')), and(when('tags', '==', 'hms'))],
    created: 21,
  },
  {
    name: 'Cart abandoners in Moscow time',
    description: 'Left a cart in the last 3 days; reminder at 19:00.',
    constraints: [
      and(
        when('tags', '==', 'cart_abandoned'),
        when('timezone', '==', 'Europe/Moscow'),
        when('lastSession', '>=', daysAgo(3)),
      ),
    ],
    created: 10,
    updated: 1,
  },
  {
    name: 'Flagship phones',
    description: 'Ten models: the most one group may hold.',
    constraints: [or(...FLAGSHIPS.map((model) => when('deviceModel', '==', model)))],
    created: 4,
  },
];

export const PUSH0_SEED_COUNT = SEED_SEGMENTS.length;

/** The seeded segments, oldest first (the order the list answers in). */
export function seededPush0Segments(): Push0Segment[] {
  return SEED_SEGMENTS.map((seed, index) => ({
    id: push0Id(index),
    name: seed.name,
    description: seed.description ?? null,
    constraints: structuredClone(seed.constraints),
    createdAt: daysAgo(seed.created) + index * 37_000,
    updatedAt: seed.updated === undefined ? null : daysAgo(seed.updated),
  }));
}
