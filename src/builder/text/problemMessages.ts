import { queryTextMessagesEn, type QueryTextMessages, type TextProblem } from '@/domain/queryText';
import { queryTextMessagesRu } from '@/domain/queryText/messages.ru';
import { languageOf, type Language } from '@/ui/i18n';

/** The text of each text-mode problem code, per language; a language without its own table reads English. */
const TABLES: Partial<Record<Language, QueryTextMessages>> = { en: queryTextMessagesEn, ru: queryTextMessagesRu };

export function problemText(problem: Pick<TextProblem, 'code' | 'params'>, locale: string): string {
  const table = TABLES[languageOf(locale)] ?? queryTextMessagesEn;
  return table[problem.code](problem.params);
}
