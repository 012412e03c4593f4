/**
 * The Russian text-mode table (src/domain/queryText/messages.ru.ts), kept here beside the other
 * catalog tests while text mode is being built; the domain's 100% coverage rests on it.
 */
import { queryTextMessagesEn } from '@/domain/queryText/messages';
import { queryTextMessagesRu as m } from '@/domain/queryText/messages.ru';

describe('queryTextMessagesRu', () => {
  it('words every code of the English table, with or without parameters, in Russian', () => {
    expect(Object.keys(m).sort()).toEqual(Object.keys(queryTextMessagesEn).sort());
    const sample = { found: 'x', field: 'age', limit: 2, type: 'date', expected: 'number', id: 'n1' };
    for (const [code, message] of Object.entries(m)) {
      expect({ code, bare: message({}), full: message(sample) }).toEqual({
        code,
        bare: expect.stringMatching(/[а-яё]/i),
        full: expect.stringMatching(/[а-яё].*\.$/i),
      });
      // Quotes are «ёлочки»; English “…” never appears.
      expect(message(sample)).not.toMatch(/[“”]/);
    }
  });

  it('says what was found, including the end of the text', () => {
    expect(m.expected({ expected: ')', found: '' })).toBe('Ожидалось «)», а здесь конец текста.');
    expect(m.expected_condition({ found: 'and' })).toBe('Ожидалось условие, «not» или «(», а здесь «and».');
    expect(m.expected_value({ found: '' })).toBe('Ожидалось значение, а здесь конец текста.');
    expect(m.expected_connective({ found: 'x', closing: ', )' })).toBe(
      'Ожидалось «and», «or», «,» или «)», а здесь «x».',
    );
    expect(m.expected_connective({ found: '', closing: '' })).toBe('Ожидалось «and» или «or», а здесь конец текста.');
    expect(m.unknown_operator({ found: '', field: 'age', allowed: '=, >' })).toBe(
      'После «age» ожидался оператор, а здесь конец текста. Подойдёт один из: =, >.',
    );
    expect(m.unknown_operator({ found: 'x', field: 'zzz', allowed: '' })).toBe(
      'После «zzz» ожидался оператор, а здесь «x».',
    );
    expect(m.unexpected_character({ char: '$' })).toBe('Символ «$» здесь использовать нельзя.');
    expect(m.unquoted_text({ found: 'Moscow' })).toBe('Возьмите текст в двойные кавычки: "Moscow".');
  });

  it('names types and expected values, and agrees with counts', () => {
    expect(m.value_type({ field: 'age', expected: 'number', found: '"abc"' })).toBe(
      'Поле «age» ожидает здесь число, а не «"abc"».',
    );
    expect(m.value_type({ field: 'born', expected: 'date', found: '' })).toBe(
      'Поле «born» ожидает здесь дату вида 2026-01-31, а не конец текста.',
    );
    expect(m.value_type({ field: 'x', expected: 'text', found: 'y' })).toContain('другое значение');
    expect(m.operator_not_supported({ operator: 'contains', type: 'enum' })).toBe(
      'Этот бэкенд не может сохранить «contains» для полей типа «выбор».',
    );
    expect(m.operator_not_supported({ operator: '=', type: 'other' })).toContain('типа «other»');
    expect(m.operator_not_for_type({ operator: '>', field: 'city', type: 'string', allowed: '=, !=' })).toBe(
      '«>» не подходит к полю «city» типа «текст». Подойдёт один из: =, !=.',
    );
    expect(m.depth_exceeded({ limit: 1 })).toBe('Этот бэкенд вкладывает группы не глубже чем на 1 уровень.');
    expect(m.depth_exceeded({ limit: 3 })).toBe('Этот бэкенд вкладывает группы не глубже чем на 3 уровня.');
    expect(m.depth_exceeded({ limit: 5 })).toBe('Этот бэкенд вкладывает группы не глубже чем на 5 уровней.');
    expect(m.depth_exceeded({ limit: 21 })).toMatch(/на 21 уровень\.$/);
    expect(m.depth_exceeded({ limit: 1.5 })).toMatch(/на 1.5 уровня\.$/);
    expect(m.nesting_too_deep({ limit: 64 })).toBe('Скобки здесь вложены глубже чем на 64 уровня.');
    expect(m.depth_exceeded_mixed({ limit: 2 })).toBe(
      'Сочетание «and» с «or» создаёт здесь вложенную группу, а этот бэкенд вкладывает группы не глубже чем на 2 уровня. ' +
        'Возьмите её в скобки или разделите.',
    );
    expect(m.too_many_conditions({ limit: 10 })).toBe('Этот бэкенд допускает в одной группе не больше 10 условий.');
    expect(m.too_many_conditions({ limit: 1 })).toBe('Этот бэкенд допускает в одной группе не больше 1 условия.');
    expect(m.too_many_conditions({ limit: 21 })).toMatch(/не больше 21 условия\.$/);
    expect(m.too_many_conditions({ limit: 3 })).toMatch(/не больше 3 условий\.$/);
  });

  it('words the rest plainly', () => {
    expect(m.date_invalid({ value: '2026-02-30' })).toBe('Даты 2026-02-30 нет в календаре.');
    expect(m.root_combinator_fixed({ combinator: 'and' })).toBe(
      'Этот бэкенд соединяет условия верхнего уровня через «and»; возьмите другую часть в скобки.',
    );
    expect(m.field_unknown({ field: 'zzz' })).toBe('В этой базе данных нет поля «zzz».');
    expect(m.unknown_option({ value: 'Mars', field: 'city' })).toBe('«Mars» нет среди вариантов поля «city».');
    expect(m.opaque_duplicate({ id: 'n3' })).toBe(
      'Сохранённое правило поставщика (#n3) встречается здесь дважды; оставьте одно.',
    );
    expect(m.bad_escape({ sequence: '\\q' })).toBe(
      '«\\q» — не экранированный символ; обратную косую черту пишите как \\\\.',
    );
  });
});
