/**
 * The demo account's profile databases and their field catalogs, in Altcraft's
 * `databases/fields_get/` wire shape.
 */
import type { AltcraftField } from '@/api/altcraft/wire';
import type { AudienceShape } from './profiles';
import { SEX_FEMALE, SEX_MALE, STATUS_ACTIVE, STATUS_SUSPENDED, STATUS_UNCONFIRMED } from './profiles';
import { CUSTOMERS_DB, MOBILE_DB, NEWSLETTER_DB } from './segments';
import { LOYALTY_TIERS } from './vocabulary';

export interface DemoDatabase {
  id: number;
  name: string;
  description: string;
  uiTags: string[];
  /** Suppression list linked to the database (Altcraft's `suppress_id`); 0 when none. */
  suppressId: number;
  profileCount: number;
  shape: AudienceShape;
  fields: AltcraftField[];
}

const system = (name: string, title: string, type: string, extra: Partial<AltcraftField> = {}): AltcraftField => ({
  name,
  title,
  type,
  category: 'system',
  required: false,
  ...extra,
});

const custom = (name: string, title: string, type: string, extra: Partial<AltcraftField> = {}): AltcraftField => ({
  name,
  title,
  type,
  category: 'custom',
  required: false,
  ...extra,
});

const SYSTEM_FIELDS: AltcraftField[] = [
  system('email', 'E-mail', 'email'),
  system('phones', 'Phones', 'array'),
  system('_fname', 'First name', 'unicode'),
  system('_lname', 'Last name', 'unicode'),
  system('_sex', 'Gender', 'enum', {
    dictionary: [
      { value: SEX_MALE, title: 'Male' },
      { value: SEX_FEMALE, title: 'Female' },
    ],
  }),
  system('_bdate', 'Birth date', 'date'),
  system('_regdate', 'Registration date', 'date'),
  system('_city', 'City', 'unicode'),
  system('_region', 'Region', 'unicode'),
  system('_country', 'Country', 'unicode'),
  system('_tz', 'Time zone', 'tz'),
  system('_status', 'Status', 'enum', {
    dictionary: [
      { value: STATUS_ACTIVE, title: 'Active' },
      { value: STATUS_UNCONFIRMED, title: 'Unconfirmed' },
      { value: STATUS_SUSPENDED, title: 'Suspended' },
    ],
  }),
];

const loyaltyTier = custom('loyalty_tier', 'Loyalty tier', 'enum', {
  dictionary: LOYALTY_TIERS.map((tier) => ({ value: tier, title: tier[0]!.toUpperCase() + tier.slice(1) })),
});
const appVersion = custom('app_version', 'App version', 'version');
const tags = custom('tags', 'Tags', 'array');
const isVip = custom('is_vip', 'VIP', 'bool');

const SHOP_FIELDS: AltcraftField[] = [
  loyaltyTier,
  custom('orders_count', 'Orders', 'int'),
  custom('total_spent', 'Total spent', 'float'),
  custom('last_order_date', 'Last order date', 'date'),
  appVersion,
  tags,
  isVip,
];

export const DATABASES: readonly DemoDatabase[] = [
  {
    id: CUSTOMERS_DB,
    name: 'Customers',
    description: 'Everyone who has an account in the online store.',
    uiTags: ['ecommerce'],
    suppressId: 1,
    profileCount: 50_000,
    shape: { emailShare: 0.97, phoneShare: 0.75, appShare: 0.35, noOrderShare: 0.25 },
    fields: [...SYSTEM_FIELDS, ...SHOP_FIELDS],
  },
  {
    id: NEWSLETTER_DB,
    name: 'Newsletter',
    description: 'Subscribers of the weekly newsletter, customers or not.',
    uiTags: ['email'],
    suppressId: 1,
    profileCount: 20_000,
    shape: { emailShare: 1, phoneShare: 0.3, appShare: 0.2, noOrderShare: 0.55 },
    fields: [...SYSTEM_FIELDS, ...SHOP_FIELDS],
  },
  {
    id: MOBILE_DB,
    name: 'Mobile app',
    description: 'Installs of the iOS and Android apps.',
    uiTags: ['mobile'],
    suppressId: 0,
    profileCount: 10_000,
    shape: { emailShare: 0.55, phoneShare: 0.9, appShare: 1, noOrderShare: 0.4 },
    fields: [...SYSTEM_FIELDS, appVersion, tags, isVip],
  },
];
