import { queryTextMessagesEn, type QueryTextMessages, type TextProblem } from '@/domain/queryText';
import { languageOf, type Language } from '@/ui/i18n';

/**
 * The text of each text-mode problem code, per language. A language without its own table reads
 * English; a Russian table (the same type as `queryTextMessagesEn`) is one more line here.
 */
const TABLES: Partial<Record<Language, QueryTextMessages>> = { en: queryTextMessagesEn };

export function problemText(problem: Pick<TextProblem, 'code' | 'params'>, locale: string): string {
  const table = TABLES[languageOf(locale)] ?? queryTextMessagesEn;
  return table[problem.code](problem.params);
}
