/**
 * Code lists the Push0 catalog offers as options. Labels are not stored: they come from
 * `Intl.DisplayNames` in the reader's locale when first asked for (fields.ts).
 */

/** Space-separated codes, one line of source per few dozen: the lists are data, not code. */
const codeList = (text: string): readonly string[] => text.split(' ');

/**
 * Every officially assigned ISO 3166-1 alpha-2 code (249). The vendor's example writes `UK`, an
 * exceptionally reserved code: devices report `GB`, so `UK` is no option (a read `UK` still shows,
 * with the domain's "not one of the options" warning).
 */
export const COUNTRY_CODES: readonly string[] = codeList(
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ ' +
    'BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM ' +
    'DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS ' +
    'GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
    'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ ' +
    'MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
    'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
    'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
    'VN VU WF WS YE YT ZA ZM ZW',
);

/**
 * ISO 639-2 codes of the languages that also have an ISO 639-1 code (183), plus `fil` (Filipino,
 * which Android reports). Terminology (T) forms such as `deu`, `fra`, `zho`: they are what
 * Android's `Locale.getISO3Language()` returns; the bibliographic `ger`/`fre`/`chi` are not offered.
 */
export const LANGUAGE_CODES: readonly string[] = codeList(
  'aar abk afr aka amh ara arg asm ava ave aym aze bak bam bel ben bis bod bos bre bul cat ' +
    'ces cha che chu chv cor cos cre cym dan deu div dzo ell eng epo est eus ewe fao fas fij ' +
    'fil fin fra fry ful gla gle glg glv grn guj hat hau heb her hin hmo hrv hun hye ibo ido ' +
    'iii iku ile ina ind ipk isl ita jav jpn kal kan kas kat kau kaz khm kik kin kir kom kon ' +
    'kor kua kur lao lat lav lim lin lit ltz lub lug mah mal mar mkd mlg mlt mon mri msa mya ' +
    'nau nav nbl nde ndo nep nld nno nob nor nya oci oji ori orm oss pan pli pol por pus que ' +
    'roh ron run rus sag san sin slk slv sme smo sna snd som sot spa sqi srd srp ssw sun swa ' +
    'swe tah tam tat tel tgk tgl tha tir ton tsn tso tuk tur twi uig ukr urd uzb ven vie vol ' +
    'wln wol xho yid yor zha zho zul',
);

/** Offered when the runtime cannot list its time zones (`Intl.supportedValuesOf` is newer than some browsers). */
export const FALLBACK_TIME_ZONES: readonly string[] = [
  'UTC',
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Africa/Lagos',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Mexico_City',
  'America/New_York',
  'America/Sao_Paulo',
  'America/Toronto',
  'Asia/Almaty',
  'Asia/Dubai',
  'Asia/Jakarta',
  'Asia/Kolkata',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Asia/Tashkent',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Europe/Berlin',
  'Europe/Istanbul',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Moscow',
  'Europe/Paris',
  'Europe/Warsaw',
  'Pacific/Auckland',
];

interface IntlLike {
  supportedValuesOf?: (key: 'timeZone') => string[];
}

/**
 * The IANA zones the runtime knows, with `UTC` first (ICU lists it only under `Etc/`, yet devices
 * report it). Falls back to a short list where `Intl.supportedValuesOf` is missing.
 */
export function timeZoneCodes(intl: IntlLike = Intl): readonly string[] {
  if (typeof intl.supportedValuesOf !== 'function') return FALLBACK_TIME_ZONES;
  const zones = intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
