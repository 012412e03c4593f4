/** Import refusals in the reader's words: worded when shown, so a switch of language re-words them. */
import { en as zodEn, ru as zodRu } from 'zod/locales';
import { languageOf, type Translate } from '@/ui/i18n';
import type { EditorMessageKey } from './messages';
import type { ImportError } from './segmentFile';

const ZOD_LOCALES = { en: zodEn, ru: zodRu };
const TYPE_NAMES = ['string', 'number', 'boolean', 'array', 'object', 'null'] as const;

function typeName(type: unknown, t: Translate<EditorMessageKey>): string {
  const known = TYPE_NAMES.find((name) => name === type);
  return known ? t(`import.type.${known}`) : String(type);
}

/** What the type of a found value is called, as the schema names types. */
function foundType(input: unknown): string {
  if (input === null) return 'null';
  return Array.isArray(input) ? 'array' : typeof input;
}

/** A schema issue in the reader's words: the common ones from the catalog, the rest from zod's own locale. */
function issueText(
  issue: Extract<ImportError, { code: 'schema' }>['issue'],
  t: Translate<EditorMessageKey>,
  locale: string,
): string {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return t('import.error.missing');
    return t('import.error.type', {
      expected: typeName(issue.expected, t),
      received: typeName(foundType(issue.input), t),
    });
  }
  if (issue.code === 'invalid_value') return t('import.error.oneOf', { values: issue.values.map(String).join(', ') });
  const worded = ZOD_LOCALES[languageOf(locale)]().localeError(issue as never);
  if (typeof worded === 'string') return worded;
  return worded?.message ?? issue.message;
}

/** Why an import was refused, worded when shown so a switch of language re-words it. */
export function importErrorText(error: ImportError, t: Translate<EditorMessageKey>, locale: string): string {
  switch (error.code) {
    case 'too_large':
      return t('import.error.tooLarge', { megabytes: error.megabytes });
    case 'not_json':
      return t('import.error.notJson', { detail: error.detail });
    case 'too_nested':
      return t('import.error.tooNested');
    case 'too_deep':
      return t('import.error.tooDeep', { count: error.depth, limit: error.limit });
    case 'more':
      return t('import.error.more', { count: error.count });
    case 'unreadable':
      return t('import.error.unreadable', { detail: error.detail });
    case 'schema': {
      const problem = issueText(error.issue, t, locale);
      return error.path ? t('import.error.at', { path: error.path, problem }) : problem;
    }
  }
}
