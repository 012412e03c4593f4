import { catalogFor, createTranslator } from '@/ui/i18n';
import { importErrorText } from './importErrorText';
import { editorMessages } from './messages';
import { importSizeError, parseSegmentFile, type ImportError } from './segmentFile';

const wording = (locale: string) => {
  const t = createTranslator(catalogFor(editorMessages, locale), locale);
  return (error: ImportError) => importErrorText(error, t, locale);
};

const refused = (text: string, maxDepth?: number): ImportError[] => {
  const result = parseSegmentFile(text, maxDepth === undefined ? {} : { maxDepth });
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
};

describe('import refusals in words', () => {
  const en = wording('en');
  const ru = wording('ru');

  it('words every refusal in English', () => {
    expect(en(importSizeError(6 * 1024 * 1024)!)).toBe(
      'The file is larger than 5 MB, which no segment needs. Choose a smaller file.',
    );
    expect(en(refused('{"name": ')[0]!)).toMatch(/^The file is not valid JSON \(.+\)\.$/);
    expect(en({ code: 'too_deep', depth: 5, limit: 3 })).toBe(
      'The conditions nest 5 levels deep; this backend stores at most 3.',
    );
    expect(en({ code: 'more', count: 4 })).toBe('…and 4 more.');
    const schema = refused(JSON.stringify({ name: 'x', kind: 'weekly', tags: 'vip' })).map(en);
    expect(schema).toContain('kind: expected one of static, dynamic, updatable');
    expect(schema).toContain('tags: expected a list, found text');
    expect(schema).toContain('refreshDaily: missing');
  });

  it('words every refusal in Russian, with plurals and no English left', () => {
    expect(ru(importSizeError(6 * 1024 * 1024)!)).toBe(
      'Файл больше 5 МБ — столько не нужно ни одному сегменту. Выберите файл поменьше.',
    );
    expect(ru({ code: 'too_deep', depth: 5, limit: 3 })).toBe(
      'Условия вложены на 5 уровней, а этот бэкенд хранит не больше 3.',
    );
    expect(ru({ code: 'too_deep', depth: 2, limit: 1 })).toMatch(/на 2 уровня,/);
    expect(ru({ code: 'too_deep', depth: 21, limit: 3 })).toMatch(/на 21 уровень,/);
    expect(ru({ code: 'too_nested' })).toBe('Вложенность в файле слишком глубокая для сегмента.');
    expect(ru({ code: 'unreadable', detail: 'NotReadableError' })).toBe(
      'Не удалось прочитать файл (NotReadableError).',
    );
    const schema = refused(JSON.stringify({ name: 'x', kind: 'weekly', tags: 'vip' })).map(ru);
    expect(schema).toContain('kind: ожидается одно из значений: static, dynamic, updatable');
    expect(schema).toContain('tags: ожидается список, а найдено текст');
    expect(schema).toContain('refreshDaily: значение отсутствует');
    for (const text of schema) expect(text).not.toMatch(/expected|missing|Invalid/);
  });

  it('words a rarer schema issue through zod’s own locale', () => {
    const [issue] = refused(
      JSON.stringify({
        name: 'x',
        tags: [],
        kind: 'dynamic',
        refreshDaily: false,
        databaseId: 1,
        blocks: [
          {
            databaseId: 1,
            sample: { from: 0, to: 100 },
            limit: 0,
            root: { type: 'group', id: '', combinator: 'and', children: [] },
          },
        ],
      }),
    );
    expect(issue).toMatchObject({ code: 'schema', path: 'blocks.0.root.id' });
    expect(en(issue!)).toMatch(/^blocks\.0\.root\.id: Too small/);
    expect(ru(issue!)).toMatch(/^blocks\.0\.root\.id: Слишком маленькое значение/);
  });
});
