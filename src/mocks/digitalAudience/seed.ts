/**
 * The embedded Digital Audience account: 15 segments in the demo audience (DEMO_DA_AUDIENCE_ID)
 * and 3 in a second one, with every field the vendor's Segment table lists (docs/contracts.md §3).
 * All values are fixed, and dates are relative to the demo's data day, so the data is the same
 * everywhere. Ids and segment ids come from disjoint ranges (see findSegment in store.ts).
 */
import { DEMO_DA_AUDIENCE_ID } from '@/api/demo';
import { DATA_AS_OF } from '../seed/profiles';

export interface DaSegment {
  id: number;
  segmentId: number;
  segmentRefId: string | null;
  name: string;
  description: string | null;
  categoryId: number | null;
  accountId: number;
  audienceId: number;
  platformId: number;
  userId: number;
  userName: string;
  extend: boolean;
  active: boolean;
  isRecurring: boolean;
  isSystemGenerated: boolean;
  /** ISO 3166-1 numeric. */
  country: number;
  startDate: string;
  endDate: string;
  status: string;
  statusId: number;
  totalLogCount: number;
  totalReadyCount: number | null;
  totalProcessingCount: number | null;
  totalPendingCount: number;
  totalUploadCount: number;
  totalFailedCount: number | null;
  totalNoDataCount: number | null;
  totalSegmentUploadCount: number;
  created: string;
  updated: string;
}

export interface DaAudience {
  id: number;
  name: string;
  description: string | null;
  campaignId: number;
  campaignName: string;
  accountId: number;
  created: string;
  updated: string;
}

/** Status words and their ids. The vendor shows "Active" only; the rest are unconfirmed. */
export const DA_STATUSES = { Active: 1, Pending: 2, Processing: 3, Paused: 4, Expired: 5, Failed: 6 } as const;
export type DaStatus = keyof typeof DA_STATUSES;

export const DA_ACCOUNT_ID = 3107;
export const DA_PLATFORM_ID = 4;
export const DEMO_AUDIENCE = Number(DEMO_DA_AUDIENCE_ID);
export const SECOND_AUDIENCE = DEMO_AUDIENCE + 1;

/** Campaigns an audience can be created in; an unknown campaign id gets a generic name. */
export const DA_CAMPAIGNS: Readonly<Record<number, string>> = {
  77: 'Black Friday 2026',
  78: 'Winter sale',
  80: 'CRM retargeting',
};

const DAY = 86_400_000;
/** Midnight UTC of the demo's data day. */
export const DA_SEED_TIME = Date.parse(`${DATA_AS_OF}T00:00:00Z`);
const at = (days: number, hours = 0) => new Date(DA_SEED_TIME + days * DAY + hours * 3_600_000).toISOString();

const USERS = [
  { userId: 512, userName: 'a.petrova' },
  { userId: 518, userName: 'd.volkov' },
  { userId: 530, userName: 'crm-sync' },
] as const;

/** ISO 3166-1 numeric codes of the markets in the demo. */
const RU = 643;
const KZ = 398;
const BY = 112;
const DE = 276;

interface SeedRow {
  name: string;
  description?: string;
  audience?: number;
  user?: 0 | 1 | 2;
  country?: number;
  /** Start, relative to the data day, and length in days. */
  start: number;
  days: number;
  status: DaStatus;
  /** Profiles logged; the other counters follow from it and the status. */
  log: number;
  flags?: Partial<Pick<DaSegment, 'extend' | 'isRecurring' | 'isSystemGenerated'>>;
  refId?: string;
  categoryId?: number;
  /** Days after creation it was last updated. */
  touched?: number;
}

const ROWS: readonly SeedRow[] = [
  {
    name: 'Site visitors, last 30 days',
    start: -30,
    days: 90,
    status: 'Active',
    log: 184_220,
    flags: { extend: true, isRecurring: true },
    categoryId: 12,
    touched: 28,
    description: 'Everyone who opened the shop in the last month.',
  },
  {
    name: 'Cart abandoners',
    start: -14,
    days: 30,
    status: 'Active',
    log: 23_815,
    refId: 'crm-2026-117',
    categoryId: 12,
    user: 2,
    touched: 13,
    description: 'Synced nightly from the CRM.',
  },
  {
    name: 'Loyalty gold members',
    start: -120,
    days: 365,
    status: 'Active',
    log: 9_430,
    refId: 'crm-2026-042',
    categoryId: 14,
    user: 2,
    flags: { isRecurring: true },
  },
  {
    name: 'Lookalike of buyers (1%)',
    start: -7,
    days: 60,
    status: 'Processing',
    log: 512_900,
    flags: { isSystemGenerated: true },
    categoryId: 15,
  },
  { name: 'Black Friday teaser viewers', start: -3, days: 14, status: 'Active', log: 61_044, categoryId: 12, user: 1 },
  {
    name: 'Winter sale 2025 buyers',
    start: -340,
    days: 45,
    status: 'Expired',
    log: 14_208,
    refId: 'crm-2025-311',
    user: 2,
  },
  {
    name: 'App installers, no purchase',
    start: -21,
    days: 60,
    status: 'Active',
    log: 40_377,
    categoryId: 13,
    touched: 2,
  },
  {
    name: 'Newsletter subscribers',
    start: 2,
    days: 90,
    status: 'Pending',
    log: 0,
    refId: 'crm-2026-150',
    user: 2,
    description: 'Starts when the December newsletter goes out.',
  },
  { name: 'Kazakhstan prospects', country: KZ, start: -10, days: 30, status: 'Active', log: 7_902, user: 1 },
  {
    name: 'Belarus returning customers',
    country: BY,
    start: -45,
    days: 60,
    status: 'Paused',
    log: 3_118,
    user: 1,
    description: 'Paused while the delivery partner changes.',
  },
  {
    name: 'Germany expats (Russian-speaking)',
    country: DE,
    start: -60,
    days: 120,
    status: 'Active',
    log: 5_640,
    categoryId: 14,
  },
  {
    name: 'High-value churn risk',
    start: -5,
    days: 30,
    status: 'Failed',
    log: 1_204,
    refId: 'crm-2026-161',
    user: 2,
    description: 'Upload rejected: the CRM export had no hashed e-mails.',
  },
  {
    name: 'Category: electronics intenders',
    start: -28,
    days: 90,
    status: 'Active',
    log: 96_510,
    flags: { extend: true },
    categoryId: 16,
  },
  {
    name: 'Moscow, visited a store',
    start: -90,
    days: 180,
    status: 'Active',
    log: 30_019,
    categoryId: 17,
    touched: 60,
  },
  { name: 'Test segment (do not use)', start: -200, days: 7, status: 'Expired', log: 12, user: 0 },
  { name: 'Partner retargeting pool', audience: SECOND_AUDIENCE, start: -15, days: 30, status: 'Active', log: 18_400 },
  {
    name: 'Partner lookalike',
    audience: SECOND_AUDIENCE,
    start: -8,
    days: 30,
    status: 'Processing',
    log: 220_000,
    flags: { isSystemGenerated: true },
  },
  { name: 'Partner test', audience: SECOND_AUDIENCE, start: -100, days: 10, status: 'Expired', log: 40 },
];

/** The eight counters, consistent with the status: only finished uploads are "ready". */
function counters(row: SeedRow): Pick<DaSegment, Extract<keyof DaSegment, `total${string}`>> {
  const { log, status } = row;
  const failed = status === 'Failed' ? Math.round(log * 0.8) : Math.round(log * 0.002);
  const noData = Math.round(log * 0.03);
  const processing = status === 'Processing' ? Math.round(log * 0.6) : 0;
  const pending = status === 'Pending' ? 0 : Math.round(log * 0.01);
  const ready = log - failed - noData - processing - pending;
  return {
    totalLogCount: log,
    // The vendor marks these nullable: a segment nothing was uploaded for has none yet.
    totalReadyCount: log === 0 ? null : ready,
    totalProcessingCount: log === 0 ? null : processing,
    totalPendingCount: pending,
    totalUploadCount: log === 0 ? 0 : Math.ceil(log / 50_000),
    totalFailedCount: log === 0 ? null : failed,
    totalNoDataCount: log === 0 ? null : noData,
    totalSegmentUploadCount: log === 0 ? 0 : Math.ceil(log / 50_000) + (row.flags?.isRecurring ? 3 : 0),
  };
}

export const DA_FIRST_ID = 5001;
export const DA_FIRST_SEGMENT_ID = 880_101;

export function seededDaSegments(): DaSegment[] {
  return ROWS.map((row, index) => {
    const user = USERS[row.user ?? 0];
    return {
      id: DA_FIRST_ID + index,
      segmentId: DA_FIRST_SEGMENT_ID + index,
      segmentRefId: row.refId ?? null,
      name: row.name,
      description: row.description ?? null,
      categoryId: row.categoryId ?? null,
      accountId: DA_ACCOUNT_ID,
      audienceId: row.audience ?? DEMO_AUDIENCE,
      platformId: DA_PLATFORM_ID,
      userId: user.userId,
      userName: user.userName,
      extend: row.flags?.extend ?? false,
      active: row.status === 'Active' || row.status === 'Processing',
      isRecurring: row.flags?.isRecurring ?? false,
      isSystemGenerated: row.flags?.isSystemGenerated ?? false,
      country: row.country ?? RU,
      startDate: at(row.start),
      endDate: at(row.start + row.days),
      status: row.status,
      statusId: DA_STATUSES[row.status],
      ...counters(row),
      created: at(row.start - 1, 10 + (index % 7)),
      updated: at(row.start - 1 + (row.touched ?? 0), 11 + (index % 5)),
    };
  });
}

export function seededDaAudiences(): DaAudience[] {
  return [
    {
      id: DEMO_AUDIENCE,
      name: 'Shop visitors',
      description: 'Main retargeting audience.',
      campaignId: 77,
      campaignName: DA_CAMPAIGNS[77]!,
      accountId: DA_ACCOUNT_ID,
      created: at(-400, 9),
      updated: at(-30, 9),
    },
    {
      id: SECOND_AUDIENCE,
      name: 'Partner pool',
      description: null,
      campaignId: 80,
      campaignName: DA_CAMPAIGNS[80]!,
      accountId: DA_ACCOUNT_ID,
      created: at(-200, 9),
      updated: at(-15, 9),
    },
  ];
}
