import { COUNTRY_CODES, FALLBACK_TIME_ZONES, LANGUAGE_CODES, timeZoneCodes } from './codes';
import { PUSH0_FIELDS, push0Fields, push0FieldsIn } from './fields';
import { PUSH0_LABELS_EN, PUSH0_LABELS_RU } from './labels';

const field = (name: string, catalog = PUSH0_FIELDS) => catalog.find((descriptor) => descriptor.name === name)!;

describe('PUSH0_FIELDS', () => {
  it("lists the vendor's fields in the page's order with their types", () => {
    expect(PUSH0_FIELDS.map((descriptor) => `${descriptor.name}:${descriptor.type}`)).toEqual([
      'country:enum',
      'language:enum',
      'timezone:enum',
      'appVersion:string',
      'appVersionCode:number',
      'osApi:string',
      'osVersion:string',
      'customUserId:string',
      'email:email',
      'type:enum',
      'firstSession:date',
      'lastSession:date',
      'sessionCount:number',
      'createdAt:date',
      'id:string',
      'pushToken:string',
      'unRegisteredAt:date',
      'deviceModel:string',
      'deviceManufacturer:string',
      'tags:list',
    ]);
  });

  it('labels every field from the one English table and edits the Long fields with a time', () => {
    for (const descriptor of PUSH0_FIELDS) {
      expect(descriptor.label).toBe(PUSH0_LABELS_EN.fields[descriptor.name as keyof typeof PUSH0_LABELS_EN.fields]);
      expect(descriptor.category).toBe('system');
      expect(descriptor.withTime === true).toBe(descriptor.type === 'date');
    }
  });

  it('offers options only on the enum fields, computed on first read', () => {
    for (const descriptor of PUSH0_FIELDS) expect(descriptor.options !== undefined).toBe(descriptor.type === 'enum');
    expect(Object.getOwnPropertyDescriptor(field('country'), 'options')?.get).toBeTypeOf('function');
    expect(field('country').options).toBe(field('country').options);
  });

  it('offers the four device types', () => {
    expect(field('type').options).toEqual([
      { value: 'phone', label: 'Phone' },
      { value: 'tablet', label: 'Tablet' },
      { value: 'smartwatch', label: 'Smartwatch' },
      { value: 'desktop', label: 'Desktop' },
    ]);
  });

  it('offers every ISO 3166-1 alpha-2 code by name, sorted by name', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    const options = field('country').options!;
    expect(options).toHaveLength(249);
    expect(options.filter((option) => option.label === option.value)).toEqual([]);
    expect(options).toContainEqual({ value: 'PL', label: 'Poland' });
    const labels = options.map((option) => option.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator(['en']).compare));
  });

  it('offers ISO 639-2 alpha-3 codes by name where the runtime knows them', () => {
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
    expect(LANGUAGE_CODES.every((code) => /^[a-z]{3}$/.test(code))).toBe(true);
    const options = field('language').options!;
    expect(options).toContainEqual({ value: 'eng', label: 'English' });
    expect(options).toContainEqual({ value: 'pol', label: 'Polish' });
    expect(options).toContainEqual({ value: 'deu', label: 'German' });
    // Node 20's ICU names every code of the list; a runtime that does not shows the code itself.
    expect(options.filter((option) => option.label === option.value)).toEqual([]);
  });

  it('names countries and languages in another locale', () => {
    const ru = push0Fields('ru');
    expect(field('country', ru).options).toContainEqual({ value: 'DE', label: 'Германия' });
    expect(field('language', ru).options).toContainEqual({ value: 'deu', label: 'немецкий' });
  });

  it('labels fields and device types in Russian, one catalog per language', () => {
    const ru = push0FieldsIn('ru');
    expect(field('country', ru).label).toBe('Страна');
    expect(field('type', ru).options).toContainEqual({ value: 'phone', label: 'Телефон' });
    expect(push0FieldsIn('ru')).toBe(ru);
    expect(push0FieldsIn('en')).toBe(PUSH0_FIELDS);
    expect(Object.keys(PUSH0_LABELS_RU.fields).sort()).toEqual(Object.keys(PUSH0_LABELS_EN.fields).sort());
  });

  it('offers the IANA time zones with UTC, falling back to a short list', () => {
    const options = field('timezone').options!;
    expect(options[0]).toEqual({ value: 'UTC', label: 'UTC' });
    expect(options).toContainEqual({ value: 'America/New_York', label: 'America/New York' });
    expect(timeZoneCodes({})).toBe(FALLBACK_TIME_ZONES);
    expect(timeZoneCodes({ supportedValuesOf: () => ['UTC', 'Europe/Warsaw'] })).toEqual(['UTC', 'Europe/Warsaw']);
    expect(timeZoneCodes({ supportedValuesOf: () => ['Europe/Warsaw'] })).toEqual(['UTC', 'Europe/Warsaw']);
  });
});
