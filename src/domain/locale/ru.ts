import type { SegmentKind } from '../model';
import type { CountedOperatorId, DomainLocale, PhraseParts } from './types';

const plural = new Intl.PluralRules('ru-RU');

/**
 * The form of a word after a number: 1 день, 2 дня, 5 дней, 21 день. A fraction ("1,5 дня")
 * takes the form of 2–4.
 */
const pick = (count: number, one: string, few: string, many: string): string =>
  ({ zero: many, one, two: few, few, many, other: few })[plural.select(count)];

const CYRILLIC_WORD = /^[А-ЯЁ][а-яё]/u;

/**
 * A field's name as the subject inside a sentence: a capitalised Russian word goes lower case
 * («город — Москва»), names in other scripts and abbreviations stay as the backend wrote them.
 */
const subject = (p: PhraseParts): string =>
  CYRILLIC_WORD.test(p.field) ? p.field.charAt(0).toLocaleLowerCase('ru-RU') + p.field.slice(1) : p.field;

/** A field named as itself, where a noun before it carries the grammar: «поле «Город» пустое». */
const named = (p: PhraseParts): string => `«${p.field}»`;

/** «не Москва» for one value, «ни Москва, ни Казань» for several. */
const neither = (p: PhraseParts): string =>
  p.list.length > 1 ? `ни ${p.list.join(', ни ')}` : `не ${p.list[0] ?? p.values}`;

/** «30 дней», «21 день», «2 дня». */
const days = (value: string, count: number): string => `${value} ${pick(count, 'день', 'дня', 'дней')}`;

/** Years in the genitive, as after «от», «до», «более», «менее»: «21 года», «5 лет», «2 лет». */
const yearsGenitive = (value: string, count: number): string => `${value} ${pick(count, 'года', 'лет', 'лет')}`;

const counted: Record<CountedOperatorId, (p: PhraseParts) => string> = {
  // «за последние 30 дней», «за последний 21 день».
  in_last_days: (p) => `за ${pick(p.count, 'последний', 'последние', 'последние')} ${days(p.value, p.count)}`,
  // «более 21 дня назад», «более 30 дней назад».
  more_than_days_ago: (p) => `более ${p.value} ${pick(p.count, 'дня', 'дней', 'дней')} назад`,
  anniversary_within_days: (p) =>
    `годовщина в ${pick(p.count, 'ближайший', 'ближайшие', 'ближайшие')} ${days(p.value, p.count)}`,
  age_between: (p) => `возраст от ${p.from} до ${yearsGenitive(p.to, p.toCount)}`,
  at_least_years_ago: (p) => `не менее ${yearsGenitive(p.value, p.count)} назад`,
  less_than_years_ago: (p) => `менее ${yearsGenitive(p.value, p.count)} назад`,
};

/** The picker's label of a counted operator: its phrase with N (and M) for the numbers. */
const placeholder: PhraseParts = {
  field: '',
  value: 'N',
  from: 'N',
  to: 'M',
  values: 'N',
  list: [],
  count: 5,
  toCount: 5,
};
const withN = (op: CountedOperatorId): string => counted[op](placeholder);

/** «символа» after «не длиннее 1», «символов» after 5 or 255. */
const chars = (limit: unknown): string => pick(Number(limit), 'символа', 'символов', 'символов');

const KIND_DATIVE: Readonly<Record<SegmentKind, string>> = {
  static: 'Статическому',
  dynamic: 'Динамическому',
  updatable: 'Обновляемому',
};

const KIND_PLURAL: Readonly<Record<SegmentKind, string>> = {
  static: 'статические',
  dynamic: 'динамические',
  updatable: 'обновляемые',
};

/**
 * Russian. Phrases are built per operator so that case and agreement hold without knowing a
 * field's gender: the field stays in the nominative as the subject («возраст больше 18»), a dash
 * stands for "is" («город — Москва»), and where an adjective must agree it agrees with «поле».
 */
export const ru: DomainLocale = {
  tag: 'ru-RU',
  phrases: {
    equals: (p) => `${subject(p)} — ${p.value}`,
    not_equals: (p) => `${subject(p)} — не ${p.value}`,
    contains: (p) => `${subject(p)} содержит «${p.value}»`,
    not_contains: (p) => `${subject(p)} не содержит «${p.value}»`,
    begins_with: (p) => `${subject(p)} начинается с «${p.value}»`,
    ends_with: (p) => `${subject(p)} заканчивается на «${p.value}»`,
    is_empty: (p) => `поле ${named(p)} пустое`,
    is_not_empty: (p) => `поле ${named(p)} не пустое`,
    exists: (p) => `поле ${named(p)} присутствует (может быть пустым)`,
    not_exists: (p) => `поле ${named(p)} отсутствует`,
    in_list: (p) => `${subject(p)} — ${p.values}`,
    not_in_list: (p) => `${subject(p)} — ${neither(p)}`,
    domain_is: (p) => `домен в поле ${named(p)} — ${p.value}`,
    domain_group_is: (p) => `группа домена в поле ${named(p)} — ${p.value}`,
    gt: (p) => `${subject(p)} больше ${p.value}`,
    gte: (p) => `${subject(p)} не меньше ${p.value}`,
    lt: (p) => `${subject(p)} меньше ${p.value}`,
    lte: (p) => `${subject(p)} не больше ${p.value}`,
    between: (p) => `${subject(p)} в диапазоне от ${p.from} до ${p.to}`,
    not_between: (p) => `${subject(p)} не в диапазоне от ${p.from} до ${p.to}`,
    on: (p) => `${subject(p)} — ${p.value}`,
    before: (p) => `${subject(p)} раньше ${p.value}`,
    after: (p) => `${subject(p)} позже ${p.value}`,
    date_between: (p) => `${subject(p)} в диапазоне с ${p.from} по ${p.to}`,
    in_last_days: (p) => `${subject(p)} ${counted.in_last_days(p)}`,
    more_than_days_ago: (p) => `${subject(p)} ${counted.more_than_days_ago(p)}`,
    anniversary_within_days: (p) => `${subject(p)}: ${counted.anniversary_within_days(p)}`,
    age_between: (p) => `${subject(p)}: ${counted.age_between(p)}`,
    at_least_years_ago: (p) => `${subject(p)} ${counted.at_least_years_ago(p)}`,
    less_than_years_ago: (p) => `${subject(p)} ${counted.less_than_years_ago(p)}`,
    is_true: (p) => `${subject(p)} — да`,
    is_false: (p) => `${subject(p)} — нет`,
    is: (p) => `${subject(p)} — ${p.value}`,
    is_not: (p) => `${subject(p)} — не ${p.value}`,
    is_any_of: (p) => `${subject(p)} — ${p.values}`,
    is_none_of: (p) => `${subject(p)} — ${neither(p)}`,
    list_contains: (p) => `поле ${named(p)} включает «${p.value}»`,
    list_not_contains: (p) => `поле ${named(p)} не включает «${p.value}»`,
  },
  // One word per meaning on every type, the same words the phrases use (see en.ts).
  operators: {
    equals: 'равно',
    not_equals: 'не равно',
    contains: 'содержит',
    not_contains: 'не содержит',
    begins_with: 'начинается с',
    ends_with: 'заканчивается на',
    is_empty: 'пустое',
    is_not_empty: 'не пустое',
    exists: 'присутствует (может быть пустым)',
    not_exists: 'отсутствует',
    in_list: 'любое из',
    not_in_list: 'ни одно из',
    domain_is: 'домен',
    domain_group_is: 'группа домена',
    gt: 'больше',
    gte: 'не меньше',
    lt: 'меньше',
    lte: 'не больше',
    between: 'в диапазоне',
    not_between: 'не в диапазоне',
    on: 'в день',
    before: 'раньше',
    after: 'позже',
    date_between: 'в диапазоне',
    in_last_days: withN('in_last_days'),
    more_than_days_ago: withN('more_than_days_ago'),
    anniversary_within_days: withN('anniversary_within_days'),
    age_between: withN('age_between'),
    at_least_years_ago: withN('at_least_years_ago'),
    less_than_years_ago: withN('less_than_years_ago'),
    is_true: 'да',
    is_false: 'нет',
    is: 'равно',
    is_not: 'не равно',
    is_any_of: 'любое из',
    is_none_of: 'ни одно из',
    list_contains: 'включает',
    list_not_contains: 'не включает',
  },
  counted,
  fieldTypes: {
    string: 'текст',
    email: 'email',
    number: 'число',
    date: 'дата',
    boolean: 'да/нет',
    enum: 'выбор',
    version: 'версия',
    list: 'список',
  },
  combinators: { and: 'и', or: 'или' },
  not: (inner) => `не (${inner})`,
  emptyGroup: 'нет условий',
  missingValue: '…',
  opaque: (label) => `${label} (сохранено как есть)`,
  segment: {
    kind: (kind, refreshDaily) =>
      ({
        static: 'Статический сегмент',
        dynamic: 'Динамический сегмент',
        updatable: refreshDaily ? 'Обновляемый сегмент (пересчёт раз в день)' : 'Обновляемый сегмент',
      })[kind],
    ofDatabase: (kindText, database) => `${kindText} базы «${database}»`,
    sentence: (head, body) => `${head}: ${body}${/[.…!?]$/u.test(body) ? '' : '.'}`,
    staticBody: 'участники добавляются и удаляются по одному',
    noBlocks: 'условий пока нет',
    allProfiles: 'все профили',
    where: (condition) => `профили, где ${condition}`,
    sample: (from, to) => `выборка ${from}–${to}%`,
    limit: (formatted, count) => `не более ${formatted} ${pick(count, 'профиля', 'профилей', 'профилей')}`,
    blockParts: (parts) => parts.join('; '),
    blocks: (blocks) =>
      `профили любого из блоков: ${blocks.map((parts, i) => `(${i + 1}) ${parts.join(', ')}`).join('; ')}`,
  },
  expected: {
    none: 'без значения',
    text: 'текст',
    number: 'число',
    date: 'дата',
    datetime: 'дата и время',
    days: 'целое число дней, 0 или больше',
    years: 'целое число лет, 0 или больше',
    enum: 'один из вариантов',
    'enum-multi': 'варианты из списка',
    'text-list': 'список текстовых значений',
    version: 'версия вида 1.2.3',
  },
  problems: {
    name_required: () => 'Дайте сегменту название.',
    static_has_conditions: () =>
      'У статического сегмента нет условий: удалите их или выберите динамический или обновляемый тип.',
    conditions_required: (p) => `${KIND_DATIVE[p.kind as SegmentKind]} сегменту нужно хотя бы одно условие.`,
    sample_invalid: () => 'Выборка должна начинаться с 0–99 и заканчиваться на 1–100, причём начало меньше конца.',
    limit_invalid: () => 'Лимит — целое число, 0 или больше (0 — без ограничения).',
    empty_group: () => 'Группа пуста: добавьте условие или удалите группу.',
    field_unknown: (p) => `Поля «${p.field}» нет в этой базе.`,
    operator_not_allowed: (p) => `Оператор «${p.operator}» нельзя применить к полю «${p.field}».`,
    value_missing: (p) => `Введите значение поля «${p.field}».`,
    value_type: (p) => `В поле «${p.field}» нужно значение: ${p.expected}.`,
    range_reversed: (p) => `Диапазон поля «${p.field}» начинается после своего конца.`,
    depth_exceeded: (p) =>
      `Здесь группы можно вкладывать не глубже ${p.limit} ${pick(Number(p.limit), 'уровня', 'уровней', 'уровней')}.`,
    too_many_children: (p) =>
      `Здесь в группе может быть не больше ${p.limit} ${pick(Number(p.limit), 'условия', 'условий', 'условий')}.`,
    operator_not_stored: (p) =>
      `Этот бэкенд не может сохранить «${p.operator}» для поля «${p.field}»: выберите другой оператор.`,
    not_unsupported: () => 'Этот бэкенд не может сохранить группу с отрицанием: выключите НЕ или перепишите условия.',
    root_combinator_fixed: () =>
      'Этот бэкенд всегда требует совпадения со всеми элементами верхнего уровня: переключите верхнюю группу на «все».',
    kind_unsupported: (p) =>
      `Этот бэкенд не хранит ${KIND_PLURAL[p.kind as SegmentKind]} сегменты: выберите другой тип.`,
    name_too_long: (p) => `Название может быть не длиннее ${p.limit} ${chars(p.limit)}.`,
    description_too_long: (p) => `Описание может быть не длиннее ${p.limit} ${chars(p.limit)}.`,
    too_many_tags: (p) =>
      `У сегмента может быть не больше ${p.limit} ${pick(Number(p.limit), 'тега', 'тегов', 'тегов')}.`,
    tag_too_long: (p) => `Тег может быть не длиннее ${p.limit} ${chars(p.limit)}: «${p.value}».`,
    too_many_values: (p) =>
      `В поле «${p.field}» можно перечислить не больше ${p.limit} ${pick(Number(p.limit), 'значения', 'значений', 'значений')}.`,
    number_unsafe: (p) => `Число в поле «${p.field}» слишком велико, чтобы храниться точно.`,
    unknown_option: (p) => `«${p.value}» — не один из вариантов поля «${p.field}».`,
    contradiction: (p) =>
      `Ни один профиль не подойдёт под эту группу: условия на поле «${p.field}» противоречат друг другу.`,
    duplicate_condition: () => 'Это условие повторяет другое в той же группе.',
    never_matches: () => 'Ни один профиль никогда не подойдёт под эту группу.',
  },
};
