/**
 * Every catalog is complete in every language: the same keys, the same {placeholders}. Bundles are
 * found generically: each source file that calls defineMessages is imported, and the registry
 * lists what they defined, so a new messages file is checked without touching this test.
 */
import { baseKey, registeredBundles, type MessageBundle } from './bundle';

const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/ui/i18n/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const modules = import.meta.glob<Record<string, unknown>>([
  '/src/**/*.{ts,tsx}',
  '!/src/**/*.test.{ts,tsx}',
  '!/src/ui/i18n/**',
]);

/** Russian has these plural categories (Intl.PluralRules('ru').resolvedOptions().pluralCategories). */
const RU_CATEGORIES = new Set(new Intl.PluralRules('ru').resolvedOptions().pluralCategories);
const EN_CATEGORIES = new Set(new Intl.PluralRules('en').resolvedOptions().pluralCategories);

interface Named {
  name: string;
  bundle: MessageBundle<string>;
}

async function collectBundles(): Promise<Named[]> {
  const files = Object.keys(sources).filter((path) => sources[path]!.includes('defineMessages('));
  const names = new Map<MessageBundle<string>, string>();
  for (const file of files) {
    const exports = await modules[file]!();
    for (const [name, value] of Object.entries(exports)) {
      if (registeredBundles().includes(value as MessageBundle<string>))
        names.set(value as MessageBundle<string>, `${file} ${name}`);
    }
  }
  return registeredBundles().map((bundle) => ({
    bundle,
    name: names.get(bundle) ?? `a bundle beginning with “${Object.keys(bundle.en)[0]}”`,
  }));
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** Per base key, the placeholders used by the key and all its plural variants. */
function families(catalog: Record<string, string>): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const [key, text] of Object.entries(catalog)) {
    const base = baseKey(key);
    const names = result.get(base) ?? new Set<string>();
    for (const name of placeholders(text)) names.add(name);
    result.set(base, names);
  }
  return result;
}

const category = (key: string) => (baseKey(key) === key ? undefined : key.slice(key.lastIndexOf('#') + 1));

/** Everything wrong with one bundle, as readable lines. */
export function catalogProblems(bundle: MessageBundle<string>): string[] {
  const problems: string[] = [];
  const en = bundle.en;
  const ru = (bundle.ru ?? {}) as Record<string, string>;
  const enFamilies = families(en);
  const ruFamilies = families(ru);
  for (const key of Object.keys(en)) {
    if (baseKey(key) === key && !(key in ru)) problems.push(`ru lacks “${key}”`);
    const form = category(key);
    if (form && !EN_CATEGORIES.has(form as Intl.LDMLPluralRule)) problems.push(`en “${key}”: English has no “${form}”`);
  }
  for (const key of Object.keys(ru)) {
    const base = baseKey(key);
    if (base === key && !(key in en)) problems.push(`ru has “${key}”, which en does not`);
    const form = category(key);
    if (form && !RU_CATEGORIES.has(form as Intl.LDMLPluralRule)) problems.push(`ru “${key}”: Russian has no “${form}”`);
    if (form && !(base in ru)) problems.push(`ru “${key}” is a variant of a key it does not translate`);
  }
  for (const [base, names] of enFamilies) {
    const other = ruFamilies.get(base);
    if (!other) continue;
    const a = [...names].sort().join(', ');
    const b = [...other].sort().join(', ');
    if (a !== b) problems.push(`“${base}”: en uses {${a}}, ru uses {${b}}`);
  }
  return problems;
}

describe('message catalogs', () => {
  it('finds every bundle of the app', async () => {
    const bundles = await collectBundles();
    expect(bundles.length).toBeGreaterThanOrEqual(8);
  });

  it('has every key in English and Russian, with the same placeholders', async () => {
    const report = (await collectBundles()).flatMap(({ name, bundle }) =>
      catalogProblems(bundle).map((problem) => `${name}: ${problem}`),
    );
    expect(report).toEqual([]);
  });

  it('gives English a singular wherever a count of one would read "1 profiles"', async () => {
    // Counts that are never one, or that no noun follows ("+{count}", "and {count} more").
    const countFree = new Set([
      'enumMulti.more',
      'list.more',
      'readOnly.list',
      'members.summary',
      'members.tooMany',
      'import.error.more',
      'moreTags',
    ]);
    const lacking = (await collectBundles()).flatMap(({ bundle }) =>
      Object.entries(bundle.en)
        .filter(([key, text]) => baseKey(key) === key && text.includes('{count}') && !countFree.has(key))
        .filter(([key]) => !(`${key}#one` in bundle.en))
        .map(([key, text]) => `${key}: ${text}`),
    );
    expect(lacking).toEqual([]);
  });

  it('reports a missing key, an extra key, a placeholder that differs and a wrong plural form', () => {
    const bundle = {
      en: { a: 'A {x}', b: 'B', 'c#one': '{count} c', c: '{count} cs', 'd#few': 'no' },
      ru: { a: 'А {y}', z: 'Z', c: '{count} ц', 'c#two': '{count} ц', 'e#few': 'е' },
    } as unknown as MessageBundle<string>;
    expect(catalogProblems(bundle)).toEqual([
      'ru lacks “b”',
      'en “d#few”: English has no “few”',
      'ru has “z”, which en does not',
      'ru “c#two”: Russian has no “two”',
      'ru “e#few” is a variant of a key it does not translate',
      '“a”: en uses {x}, ru uses {y}',
    ]);
  });
});
