/**
 * Deterministic profile generation. Each database draws from its own PRNG stream, so building
 * one database never shifts another's data, and the same seed always yields the same people.
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
  PHONE_PREFIXES,
  PROFILE_TAGS,
  PROFILE_TAG_WEIGHTS,
  RU_FEMALE_NAMES,
  RU_LAST_NAMES,
  RU_MALE_NAMES,
  type City,
} from './vocabulary';

/** `_sex` codes as in Altcraft's documented example (`"value": 1` / `2` on an enum field). */
export const SEX_MALE = 1;
export const SEX_FEMALE = 2;

/** `_status` codes of a profile in its database. */
export const STATUS_ACTIVE = 0;
export const STATUS_UNCONFIRMED = 1;
export const STATUS_SUSPENDED = 2;

export type LoyaltyTier = 'bronze' | 'silver' | 'gold' | 'platinum';

export interface DemoProfile extends Profile {
  id: string;
  email: string | null;
  phones: string[];
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
  tags: string[];
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
 * The day the data describes. Fixed, not "today", so the seed is reproducible; relative
 * conditions ("in the last 30 days") are still evaluated against the real clock.
 */
export const DATA_AS_OF = '2026-11-20';

const DAY_MS = 86_400_000;
const AS_OF_DAY = Date.parse(DATA_AS_OF) / DAY_MS;
const dayOf = (iso: string) => Date.parse(iso) / DAY_MS;

const BIRTH_FIRST = dayOf('1950-01-01');

const isoCache: string[] = [];
/** Day number (days since 1970-01-01) to YYYY-MM-DD; cached because only ~28k distinct days occur. */
function isoDay(day: number): string {
  const slot = day - BIRTH_FIRST;
  return (isoCache[slot] ??= new Date(day * DAY_MS).toISOString().slice(0, 10));
}

const BIRTH_LAST = dayOf('2008-12-31');
const REG_FIRST = dayOf('2015-01-01');

const pickCity = weightedPicker(
  CITIES,
  CITIES.map((c) => c.weight),
);
const pickCisDomain = weightedPicker(CIS_EMAIL_DOMAINS, CIS_EMAIL_WEIGHTS);
const pickIntlDomain = weightedPicker(INTL_EMAIL_DOMAINS, INTL_EMAIL_WEIGHTS);
const pickTag = weightedPicker(PROFILE_TAGS, PROFILE_TAG_WEIGHTS);
const pickTagCount = weightedPicker([0, 1, 2, 3], [35, 35, 20, 10]);
const pickAppVersion = weightedPicker(APP_VERSIONS, APP_VERSION_WEIGHTS);
const pickStatus = weightedPicker([STATUS_ACTIVE, STATUS_UNCONFIRMED, STATUS_SUSPENDED], [88, 5, 7]);

/** Lower-case ASCII for e-mail local parts: "Jovanović" → "jovanovic", "Al Mansouri" → "almansouri". */
const slugCache = new Map<string, string>();
function slug(word: string): string {
  let s = slugCache.get(word);
  if (s === undefined) {
    s = word
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
    slugCache.set(word, s);
  }
  return s;
}

/** Ivanov → Ivanova, Ostrovsky → Ostrovskaya; other endings stay as they are. */
function feminineSurname(surname: string): string {
  if (surname.endsWith('sky')) return `${surname.slice(0, -1)}aya`;
  if (/(ov|ev|in)$/.test(surname)) return `${surname}a`;
  return surname;
}
const RU_FEMALE_LAST_NAMES = RU_LAST_NAMES.map(feminineSurname);

function pickName(rng: Random, female: boolean, cis: boolean): { first: string; last: string } {
  if (cis) {
    return female
      ? { first: rng.pick(RU_FEMALE_NAMES), last: rng.pick(RU_FEMALE_LAST_NAMES) }
      : { first: rng.pick(RU_MALE_NAMES), last: rng.pick(RU_LAST_NAMES) };
  }
  return { first: rng.pick(female ? INTL_FEMALE_NAMES : INTL_MALE_NAMES), last: rng.pick(INTL_LAST_NAMES) };
}

function emailLocalPart(rng: Random, first: string, last: string, birthYear: number): string {
  const f = slug(first);
  const l = slug(last);
  switch (rng.int(0, 5)) {
    case 0:
      return `${f}.${l}`;
    case 1:
      return `${f}_${l}`;
    case 2:
      return `${f[0]}.${l}`;
    case 3:
      return `${l}.${f}`;
    case 4:
      return `${f}${l}${rng.int(1, 99)}`;
    default:
      return `${f}${birthYear}`;
  }
}

function emailDomain(rng: Random, cis: boolean): string {
  if (rng.chance(0.08)) return rng.pick(COMPANY_DOMAINS);
  return cis ? pickCisDomain(rng) : pickIntlDomain(rng);
}

function phoneNumber(rng: Random, country: string): string {
  const prefix = PHONE_PREFIXES[country] ?? '+7';
  // Zone 7 (RU, KZ) and 1 (US) numbers have 11 digits; the other countries listed here have 12.
  const total = prefix.startsWith('+7') || prefix.startsWith('+1') ? 11 : 12;
  const length = total - (prefix.length - 1);
  const local = Math.floor(rng.next() * 10 ** length);
  return prefix + String(local).padStart(length, '0');
}

function pickTags(rng: Random): string[] {
  const count = pickTagCount(rng);
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

/** Looks like a MongoDB ObjectId (as Altcraft profile ids do): registration second, database, counter. */
function profileId(regDay: number, rng: Random, databaseId: number, index: number): string {
  const seconds = regDay * 86_400 + rng.int(0, 86_399);
  return (
    seconds.toString(16).padStart(8, '0') +
    (0xa17c0000 + databaseId).toString(16).padStart(10, '0') +
    index.toString(16).padStart(6, '0')
  );
}

function makeProfile(rng: Random, databaseId: number, index: number, shape: AudienceShape, usedEmails: Set<string>) {
  const city: City = pickCity(rng);
  const cis = CIS_COUNTRIES.has(city.country);
  const female = rng.chance(0.53);
  const { first, last } = pickName(rng, female, cis);

  // Triangular distribution: most people are born in the late 70s to 90s.
  const birthDay = Math.floor(BIRTH_FIRST + ((rng.next() + rng.next()) / 2) * (BIRTH_LAST - BIRTH_FIRST));
  const birthIso = isoDay(birthDay);
  // Registrations accelerate over the years (sqrt skews towards recent days).
  const regDay = Math.floor(REG_FIRST + Math.sqrt(rng.next()) * (AS_OF_DAY - REG_FIRST));

  let email: string | null = null;
  if (rng.chance(shape.emailShare)) {
    const base = `${emailLocalPart(rng, first, last, Number(birthIso.slice(0, 4)))}@${emailDomain(rng, cis)}`;
    email = base;
    for (let n = 2; usedEmails.has(email); n++) email = base.replace('@', `${n}@`);
    usedEmails.add(email);
  }

  const phones: string[] = [];
  if (rng.chance(shape.phoneShare)) {
    phones.push(phoneNumber(rng, city.country));
    if (rng.chance(0.12)) phones.push(phoneNumber(rng, city.country));
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

  const profile: DemoProfile = {
    id: profileId(regDay, rng, databaseId, index),
    email,
    phones,
    _fname: first,
    _lname: last,
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
  return profile;
}

/** Builds `count` profiles for one database; pure in (seed, databaseId, count, shape). */
export function generateProfiles(seed: number, databaseId: number, count: number, shape: AudienceShape): DemoProfile[] {
  // A distinct stream per database: mixing the id in keeps databases independent.
  const rng = createRandom((seed ^ Math.imul(databaseId, 0x9e3779b1)) >>> 0);
  const usedEmails = new Set<string>();
  const profiles = new Array<DemoProfile>(count);
  for (let i = 0; i < count; i++) profiles[i] = makeProfile(rng, databaseId, i, shape, usedEmails);
  return profiles;
}
