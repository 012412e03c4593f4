/**
 * Russian messages for text-mode problems: the same codes and parameters as the English table
 * (messages.ts), worded with Russian plurals (Intl.PluralRules) and «ёлочки». The query language's
 * own words (and, or, not, operator spellings) are syntax and stay as they are written.
 */
import type { EditorKind, FieldType } from '../model';
import type { QueryTextMessages } from './messages';
import type { TextProblemParams } from './problems';

const plural = new Intl.PluralRules('ru');
const alternatives = new Intl.ListFormat('ru', { type: 'disjunction' });

const param = (params: TextProblemParams, key: string): string => String(params[key] ?? '');
const quoted = (text: string): string => `«${text}»`;
/** What stands where something else was expected: the quoted text, or the end of the text. */
const found = (params: TextProblemParams): string => {
  const text = param(params, 'found');
  return text === '' ? 'конец текста' : quoted(text);
};

/** The noun form for `count`: 1 уровень, 2 уровня, 5 уровней (fractions read as "few": 1,5 уровня). */
const counted = (count: number, one: string, few: string, many: string): string => {
  const category = plural.select(count);
  if (category === 'one') return one;
  return category === 'many' ? many : few;
};

const levels = (params: TextProblemParams): string => {
  const limit = Number(params.limit);
  return `${limit} ${counted(limit, 'уровень', 'уровня', 'уровней')}`;
};

/** What a value of each checked editor looks like, as the object of «ожидает». */
const EXPECTED: Partial<Record<EditorKind, string>> = {
  number: 'число',
  days: 'целое число дней',
  years: 'целое число лет',
  date: 'дату вида 2026-01-31',
  version: 'версию вида 1.2.3',
};

const TYPES: Readonly<Record<FieldType, string>> = {
  string: 'текст',
  email: 'email',
  number: 'число',
  date: 'дата',
  boolean: 'да/нет',
  enum: 'выбор',
  version: 'версия',
  list: 'список',
};

const typeName = (params: TextProblemParams): string =>
  TYPES[param(params, 'type') as FieldType] ?? param(params, 'type');

export const queryTextMessagesRu: QueryTextMessages = {
  unexpected_character: (p) => `Символ ${quoted(param(p, 'char'))} здесь использовать нельзя.`,
  unterminated_string: () => 'У этого текста нет закрывающей двойной кавычки (") в той же строке.',
  unterminated_field: () => 'У этого имени поля нет закрывающего обратного апострофа (`) в той же строке.',
  unterminated_opaque: () => 'У этого сохранённого правила поставщика нет закрывающей скобки ⟧ в той же строке.',
  bad_escape: (p) =>
    `${quoted(param(p, 'sequence'))} — не экранированный символ; обратную косую черту пишите как \\\\.`,
  opaque_malformed: () =>
    'Сохранённое правило поставщика заканчивается знаком # и своим идентификатором — так, как оно было выведено.',
  expected_condition: (p) => `Ожидалось условие, «not» или «(», а здесь ${found(p)}.`,
  expected_connective: (p) => {
    const options = ['and', 'or', ...param(p, 'closing').split(' ').filter(Boolean)].map(quoted);
    return `Ожидалось ${alternatives.format(options)}, а здесь ${found(p)}.`;
  },
  expected: (p) => `Ожидалось ${quoted(param(p, 'expected'))}, а здесь ${found(p)}.`,
  expected_value: (p) => `Ожидалось значение, а здесь ${found(p)}.`,
  unquoted_text: (p) => `Возьмите текст в двойные кавычки: "${param(p, 'found')}".`,
  unknown_operator: (p) => {
    const allowed = param(p, 'allowed');
    const hint = allowed === '' ? '' : ` Подойдёт один из: ${allowed}.`;
    return `После ${quoted(param(p, 'field'))} ожидался оператор, а здесь ${found(p)}.${hint}`;
  },
  nesting_too_deep: (p) => `Скобки здесь вложены глубже чем на ${levels(p)}.`,
  operator_not_for_type: (p) =>
    `${quoted(param(p, 'operator'))} не подходит к полю ${quoted(param(p, 'field'))} типа «${typeName(p)}». ` +
    `Подойдёт один из: ${param(p, 'allowed')}.`,
  value_type: (p) =>
    `Поле ${quoted(param(p, 'field'))} ожидает здесь ` +
    `${EXPECTED[param(p, 'expected') as EditorKind] ?? 'другое значение'}, а не ${found(p)}.`,
  date_invalid: (p) => `Даты ${param(p, 'value')} нет в календаре.`,
  opaque_unknown: (p) =>
    `Этого сохранённого правила поставщика (#${param(p, 'id')}) нет в сегменте; отмените его изменение.`,
  opaque_duplicate: (p) =>
    `Сохранённое правило поставщика (#${param(p, 'id')}) встречается здесь дважды; оставьте одно.`,
  conditions_not_supported: () => 'Этот бэкенд не хранит условия.',
  not_supported: () => 'Этот бэкенд не умеет отрицать группу через «not».',
  depth_exceeded: (p) => `Этот бэкенд вкладывает группы не глубже чем на ${levels(p)}.`,
  depth_exceeded_mixed: (p) =>
    `Сочетание «and» с «or» создаёт здесь вложенную группу, а этот бэкенд вкладывает группы не глубже чем на ${levels(p)}. ` +
    'Возьмите её в скобки или разделите.',
  too_many_conditions: (p) => {
    const limit = Number(p.limit);
    return `Этот бэкенд допускает в одной группе не больше ${limit} ${counted(limit, 'условия', 'условий', 'условий')}.`;
  },
  root_combinator_fixed: (p) =>
    `Этот бэкенд соединяет условия верхнего уровня через ${quoted(param(p, 'combinator'))}; ` +
    'возьмите другую часть в скобки.',
  operator_not_supported: (p) =>
    `Этот бэкенд не может сохранить ${quoted(param(p, 'operator'))} для полей типа «${typeName(p)}».`,
  field_unknown: (p) => `В этой базе данных нет поля ${quoted(param(p, 'field'))}.`,
  unknown_option: (p) => `${quoted(param(p, 'value'))} нет среди вариантов поля ${quoted(param(p, 'field'))}.`,
};
