/**
 * Push0's field catalog as data. The vendor has no field endpoint: its fields are the fixed table
 * of its page (fieldTypes.ts), labelled from one table per locale (labels.ts).
 */
import type { FieldCatalog, FieldDescriptor, FieldOption } from '@/domain/model';
import { COUNTRY_CODES, LANGUAGE_CODES, timeZoneCodes } from './codes';
import { PUSH0_DEVICE_TYPES, PUSH0_FIELD_TYPES, type Push0FieldName } from './fieldTypes';
import { push0LabelsFor, type Push0Labels } from './labels';

type NameOf = (code: string) => string | undefined;

/** A code's name in `locale`, or undefined where the runtime has none (old runtimes, odd codes). */
function displayNames(locale: string, type: 'region' | 'language'): NameOf {
  if (typeof Intl.DisplayNames !== 'function') return () => undefined;
  const names = new Intl.DisplayNames([locale], { type, fallback: 'none' });
  return (code) => {
    try {
      return names.of(code);
    } catch {
      return undefined;
    }
  };
}

/** Codes labelled by name, sorted by that name as the locale sorts; an unnamed code shows itself. */
function namedOptions(codes: readonly string[], nameOf: NameOf, locale: string): FieldOption[] {
  const collator = new Intl.Collator([locale]);
  return codes
    .map((code) => ({ value: code, label: nameOf(code) ?? code }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

type OptionSource = (locale: string, labels: Push0Labels) => FieldOption[];

const OPTION_SOURCES: Readonly<Partial<Record<Push0FieldName, OptionSource>>> = {
  country: (locale) => namedOptions(COUNTRY_CODES, displayNames(locale, 'region'), locale),
  language: (locale) => namedOptions(LANGUAGE_CODES, displayNames(locale, 'language'), locale),
  // IANA ids are what devices report and marketers recognise; only the underscores go.
  timezone: () => timeZoneCodes().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
  type: (_locale, labels) => PUSH0_DEVICE_TYPES.map((type) => ({ value: type, label: labels.deviceTypes[type] })),
};

/**
 * A descriptor whose `options` are computed on first read: hundreds of `Intl` look-ups are only
 * paid for when an editor (or a test) opens the list.
 */
function withLazyOptions(descriptor: FieldDescriptor, compute: () => FieldOption[]): FieldDescriptor {
  let cached: FieldOption[] | undefined;
  return Object.defineProperty(descriptor, 'options', {
    enumerable: true,
    get: () => (cached ??= compute()),
  });
}

/** The catalog in one locale; labels from `labels`, country and language names from `Intl`. */
export function push0Fields(locale = 'en', labels: Push0Labels = push0LabelsFor(locale)): FieldCatalog {
  return (Object.keys(PUSH0_FIELD_TYPES) as Push0FieldName[]).map((name) => {
    const type = PUSH0_FIELD_TYPES[name];
    const descriptor: FieldDescriptor = { name, label: labels.fields[name], type, category: 'system' };
    // Long epoch milliseconds are instants, edited as a date and a time.
    if (type === 'date') descriptor.withTime = true;
    const source = OPTION_SOURCES[name];
    return source ? withLazyOptions(descriptor, () => source(locale, labels)) : descriptor;
  });
}

/** The English catalog. */
export const PUSH0_FIELDS: FieldCatalog = push0Fields();

const catalogs = new Map<string, FieldCatalog>([['en', PUSH0_FIELDS]]);

/** The catalog `fieldCatalog()` answers: in the reader's language, built once per language. */
export function push0FieldsIn(language: string): FieldCatalog {
  let catalog = catalogs.get(language);
  if (!catalog) catalogs.set(language, (catalog = push0Fields(language)));
  return catalog;
}
