/**
 * Deterministic profile generation. Each database draws from its own PRNG stream, so building
 * one database never shifts another's data, and the same seed always yields the same people.
 *
 * The generator is written for speed (50k profiles in well under 300 ms): weighted tables are
 * precomputed, names are picked by index and empty lists are shared, because allocation and
 * string hashing dominate the cost.
 */
import type { Profile } from '@/domain/model';
import { createRandom, weightedPicker, type Random } from './random';
import {
  APP_VERSIONS,
  APP_VERSION_WEIGHTS,
  CIS_COUNTRIES,
  CIS_EMAIL_DOMAINS,
  CIS_EMAIL_WEIGHTS,
  CITIES,
  COMPANY_DOMAINS,
  INTL_EMAIL_DOMAINS,
  INTL_EMAIL_WEIGHTS,
  INTL_FEMALE_NAMES,
  INTL_LAST_NAMES,
  INTL_MALE_NAMES,
  LOYALTY_TIERS,
  PHONE_PREFIXES,
  PROFILE_TAGS,
  PROFILE_TAG_WEIGHTS,
  RU_FEMALE_NAMES,
  RU_LAST_NAMES,
  RU_MALE_NAMES,
} from './vocabulary';

/** `_sex` codes as in Altcraft's documented example (`"value": 1` / `2` on an enum field). */
export const SEX_MALE = 1;
export const SEX_FEMALE = 2;

/** `_status` codes of a profile in its database. */
export const STATUS_ACTIVE = 0;
export const STATUS_UNCONFIRMED = 1;
export const STATUS_SUSPENDED = 2;

export type LoyaltyTier = (typeof LOYALTY_TIERS)[number];

export interface DemoProfile extends Profile {
  id: string;
  email: string | null;
  phones: readonly string[];
  _fname: string;
  _lname: string;
  _sex: number;
  _bdate: string;
  _regdate: string;
  _city: string;
  _region: string;
  _country: string;
  _tz: string;
  _status: number;
  loyalty_tier: LoyaltyTier | null;
  orders_count: number;
  total_spent: number;
  last_order_date: string | null;
  app_version: string | null;
  tags: readonly string[];
  is_vip: boolean;
}

/** What makes one database's audience differ from another's. */
export interface AudienceShape {
  emailShare: number;
  phoneShare: number;
  appShare: number;
  /** Share of profiles that never ordered. */
  noOrderShare: number;
}

/**
 * The day the data describes: today (UTC) when the backend starts, so relative conditions ("in the
 * last 30 days", "registered this year") find profiles on any date. The seed is deterministic given
 * that day: registrations, last orders and the other vendors' timestamps all count back from it.
 */
export const DATA_AS_OF = new Date().toISOString().slice(0, 10);

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(iso) / DAY_MS;
const AS_OF_DAY = dayOf(DATA_AS_OF);
const BIRTH_FIRST = dayOf('1950-01-01');
const BIRTH_LAST = dayOf('2008-12-31');
const REG_FIRST = dayOf('2015-01-01');

const isoCache: string[] = [];
/** Day number (days since 1970-01-01) to YYYY-MM-DD; cached because only ~28k distinct days occur. */
function isoDay(day: number): string {
  return (isoCache[day - BIRTH_FIRST] ??= new Date(day * DAY_MS).toISOString().slice(0, 10));
}

const pickCity = weightedPicker(
  CITIES,
  CITIES.map((c) => c.weight),
);
const pickTag = weightedPicker(PROFILE_TAGS, PROFILE_TAG_WEIGHTS);
const pickTagCount = weightedPicker([0, 1, 2, 3], [35, 35, 20, 10]);
const pickAppVersion = weightedPicker(APP_VERSIONS, APP_VERSION_WEIGHTS);
const pickStatus = weightedPicker([STATUS_ACTIVE, STATUS_UNCONFIRMED, STATUS_SUSPENDED], [88, 5, 7]);

/** Lower-case ASCII for e-mail local parts: "Jovanović" → "jovanovic", "Al Mansouri" → "almansouri". */
const slug = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** Ivanov → Ivanova, Ostrovsky → Ostrovskaya; other endings stay as they are. */
function feminineSurname(surname: string): string {
  if (surname.endsWith('sky')) return `${surname.slice(0, -1)}aya`;
  if (/(ov|ev|in)$/.test(surname)) return `${surname}a`;
  return surname;
}

interface NamePool {
  first: readonly string[];
  last: readonly string[];
}

/** Four pools: CIS male, CIS female, international male, international female. */
const NAME_POOLS: readonly NamePool[] = [
  { first: RU_MALE_NAMES, last: RU_LAST_NAMES },
  { first: RU_FEMALE_NAMES, last: RU_LAST_NAMES.map(feminineSurname) },
  { first: INTL_MALE_NAMES, last: INTL_LAST_NAMES },
  { first: INTL_FEMALE_NAMES, last: INTL_LAST_NAMES },
];
/** The same pools as e-mail slugs, indexed alike. */
const SLUG_POOLS: readonly NamePool[] = NAME_POOLS.map((pool) => ({
  first: pool.first.map(slug),
  last: pool.last.map(slug),
}));

/** A number per distinct slug across all pools, so equal addresses always get equal keys. */
function slugIds(lists: readonly (readonly string[])[]): number[][] {
  const ids = new Map<string, number>();
  return lists.map((list) => list.map((s) => ids.get(s) ?? ids.set(s, ids.size).size - 1));
}
const FIRST_IDS = slugIds(SLUG_POOLS.map((pool) => pool.first));
const LAST_IDS = slugIds(SLUG_POOLS.map((pool) => pool.last));

const ALL_DOMAINS: readonly string[] = [...CIS_EMAIL_DOMAINS, ...INTL_EMAIL_DOMAINS, ...COMPANY_DOMAINS];
const domainIndexes = (items: readonly string[]) => items.map((domain) => ALL_DOMAINS.indexOf(domain));
const pickCisDomain = weightedPicker(domainIndexes(CIS_EMAIL_DOMAINS), CIS_EMAIL_WEIGHTS);
const pickIntlDomain = weightedPicker(domainIndexes(INTL_EMAIL_DOMAINS), INTL_EMAIL_WEIGHTS);
const COMPANY_DOMAIN_INDEXES = domainIndexes(COMPANY_DOMAINS);

interface NameChoice {
  pool: number;
  first: number;
  last: number;
}

/**
 * An address unique in its database, as Altcraft's e-mail matching requires. Uniqueness is
 * tracked on a numeric key of the address's parts: hashing 50k strings costs far more.
 */
function makeEmail(rng: Random, name: NameChoice, birthYear: number, used: Set<number>): string {
  const pattern = rng.int(0, 5);
  const number = pattern === 4 ? rng.int(1, 99) : pattern === 5 ? birthYear : 0;
  const domain = rng.chance(0.08)
    ? rng.pick(COMPANY_DOMAIN_INDEXES)
    : name.pool < 2
      ? pickCisDomain(rng)
      : pickIntlDomain(rng);
  const f = SLUG_POOLS[name.pool]!.first[name.first]!;
  const l = SLUG_POOLS[name.pool]!.last[name.last]!;
  // The key holds exactly the parts the pattern writes: an initial, or no surname at all.
  const firstKey = pattern === 2 ? 200 + f.charCodeAt(0) : FIRST_IDS[name.pool]![name.first]!;
  const lastKey = pattern === 5 ? 0 : LAST_IDS[name.pool]![name.last]! + 1;
  const key = ((((pattern * 512 + firstKey) * 256 + lastKey) * 32 + domain) * 4096 + number) * 64;
  let duplicate = 0;
  while (used.has(key + duplicate)) duplicate++;
  used.add(key + duplicate);

  const local = [`${f}.${l}`, `${f}_${l}`, `${f[0]}.${l}`, `${l}.${f}`, `${f}${l}${number}`, `${f}${number}`][pattern]!;
  // A digit-final local part takes a dot before the counter, so "anna7" + 2 never becomes "anna72".
  const counter = duplicate === 0 ? '' : `${/\d$/.test(local) ? '.' : ''}${duplicate + 1}`;
  return `${local}${counter}@${ALL_DOMAINS[domain]}`;
}

function phoneNumber(rng: Random, country: string): string {
  const prefix = PHONE_PREFIXES[country] ?? '+7';
  // Zone 7 (RU, KZ) and zone 1 (US) numbers have 11 digits; the other countries listed have 12.
  const total = prefix.startsWith('+7') || prefix.startsWith('+1') ? 11 : 12;
  const length = total - (prefix.length - 1);
  return prefix + String(Math.floor(rng.next() * 10 ** length)).padStart(length, '0');
}

/** Profiles without phones or tags share one frozen empty list instead of 50k fresh ones. */
const NONE: readonly string[] = Object.freeze([]);

function pickTags(rng: Random): readonly string[] {
  const count = pickTagCount(rng);
  if (count === 0) return NONE;
  const tags: string[] = [];
  while (tags.length < count) {
    const tag = pickTag(rng);
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

function tierFor(rng: Random, spent: number, orders: number): LoyaltyTier | null {
  if (orders === 0) return rng.chance(0.4) ? 'bronze' : null;
  if (spent >= 150_000) return 'platinum';
  if (spent >= 60_000) return 'gold';
  if (spent >= 20_000) return 'silver';
  return 'bronze';
}

/** Looks like a MongoDB ObjectId, as Altcraft profile ids are: registration second, database, counter. */
function profileId(regDay: number, rng: Random, databaseTag: string, index: number): string {
  const seconds = regDay * 86_400 + rng.int(0, 86_399);
  return seconds.toString(16) + databaseTag + index.toString(16).padStart(6, '0');
}

function makeProfile(
  rng: Random,
  databaseTag: string,
  index: number,
  shape: AudienceShape,
  usedEmails: Set<number>,
): DemoProfile {
  const city = pickCity(rng);
  const female = rng.chance(0.53);
  const pool = (CIS_COUNTRIES.has(city.country) ? 0 : 2) + (female ? 1 : 0);
  const names = NAME_POOLS[pool]!;
  const name: NameChoice = {
    pool,
    first: rng.int(0, names.first.length - 1),
    last: rng.int(0, names.last.length - 1),
  };

  // Triangular distribution: most people are born in the late 70s to 90s.
  const birthDay = Math.floor(BIRTH_FIRST + ((rng.next() + rng.next()) / 2) * (BIRTH_LAST - BIRTH_FIRST));
  const birthIso = isoDay(birthDay);
  // Registrations accelerate over the years (sqrt skews towards recent days).
  const regDay = Math.floor(REG_FIRST + Math.sqrt(rng.next()) * (AS_OF_DAY - REG_FIRST));

  const email = rng.chance(shape.emailShare) ? makeEmail(rng, name, Number(birthIso.slice(0, 4)), usedEmails) : null;

  let phones = NONE;
  if (rng.chance(shape.phoneShare)) {
    const phone = phoneNumber(rng, city.country);
    phones = rng.chance(0.12) ? [phone, phoneNumber(rng, city.country)] : [phone];
  }

  let orders = 0;
  let spent = 0;
  let lastOrderDay: number | null = null;
  if (!rng.chance(shape.noOrderShare)) {
    // Geometric-ish: many one-off buyers, a long tail of regulars.
    orders = Math.min(250, 1 + Math.floor(-Math.log(1 - rng.next()) * 6));
    const averageOrder = 900 + rng.next() * rng.next() * 11_000;
    spent = Math.round(orders * averageOrder * (0.8 + rng.next() * 0.4) * 100) / 100;
    const recency = rng.next() ** 2; // most customers ordered recently
    lastOrderDay = Math.floor(AS_OF_DAY - recency * (AS_OF_DAY - regDay));
  }
  const tier = tierFor(rng, spent, orders);

  return {
    id: profileId(regDay, rng, databaseTag, index),
    email,
    phones,
    _fname: names.first[name.first]!,
    _lname: names.last[name.last]!,
    _sex: female ? SEX_FEMALE : SEX_MALE,
    _bdate: birthIso,
    _regdate: isoDay(regDay),
    _city: city.city,
    _region: city.region,
    _country: city.country,
    _tz: city.tz,
    _status: pickStatus(rng),
    loyalty_tier: tier,
    orders_count: orders,
    total_spent: spent,
    last_order_date: lastOrderDay === null ? null : isoDay(lastOrderDay),
    app_version: rng.chance(shape.appShare) ? pickAppVersion(rng) : null,
    tags: pickTags(rng),
    is_vip: tier === 'platinum' || spent > 200_000 || rng.chance(0.01),
  };
}

/** Makes a database's profiles in order, one index after the other, from one random stream. */
function profileMaker(seed: number, databaseId: number, shape: AudienceShape): (index: number) => DemoProfile {
  // A distinct stream per database: mixing the id in keeps databases independent.
  const rng = createRandom((seed ^ Math.imul(databaseId, 0x9e3779b1)) >>> 0);
  const usedEmails = new Set<number>();
  const databaseTag = (0xa17c0000 + databaseId).toString(16).padStart(10, '0');
  return (index) => makeProfile(rng, databaseTag, index, shape, usedEmails);
}

/** Builds `count` profiles for one database; pure in (seed, databaseId, count, shape). */
export function generateProfiles(seed: number, databaseId: number, count: number, shape: AudienceShape): DemoProfile[] {
  const make = profileMaker(seed, databaseId, shape);
  const profiles = new Array<DemoProfile>(count);
  for (let i = 0; i < count; i++) profiles[i] = make(i);
  return profiles;
}

/**
 * The same profiles as generateProfiles, made in consecutive runs with `pause` awaited between
 * them, so that the worker answers requests while it prepares a database nobody has asked for yet.
 */
export async function generateProfilesInSlices(
  seed: number,
  databaseId: number,
  count: number,
  shape: AudienceShape,
  slices: (rowCount: number, step: (start: number, end: number) => void) => Promise<void>,
): Promise<DemoProfile[]> {
  const make = profileMaker(seed, databaseId, shape);
  const profiles = new Array<DemoProfile>(count);
  await slices(count, (start, end) => {
    for (let i = start; i < end; i++) profiles[i] = make(i);
  });
  return profiles;
}
