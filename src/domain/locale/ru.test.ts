import { describeCondition, describeGroup, describeSegment } from '../describe';
import type { Condition, FieldCatalog, OperatorId } from '../model';
import { OPERATORS } from '../operators';
import type { ProblemCode } from '../problems';
import { block, c, g, segment } from '../testing/builders';
import { validateSegment } from '../validation';
import { en } from './en';
import { ru } from './ru';

const catalog: FieldCatalog = [
  { name: 'city', label: 'Город', type: 'string', category: 'system' },
  { name: 'age', label: 'Возраст', type: 'number', category: 'custom' },
  { name: 'last_order', label: 'Дата последнего заказа', type: 'date', category: 'custom' },
  {
    name: 'sex',
    label: 'Пол',
    type: 'enum',
    category: 'system',
    options: [
      { value: 'f', label: 'женский' },
      { value: 'm', label: 'мужской' },
    ],
  },
  { name: 'email', label: 'Email', type: 'email', category: 'system' },
  { name: 'vip', label: 'VIP', type: 'boolean', category: 'custom' },
  { name: 'tags', label: 'Теги', type: 'list', category: 'custom' },
];

const say = (condition: Condition) => describeCondition(condition, { catalog, locale: ru });

describe('the Russian description', () => {
  it('reads naturally for the common operators', () => {
    expect(say(c('city', 'equals', 'Москва'))).toBe('город — Москва');
    expect(say(c('city', 'not_equals', 'Москва'))).toBe('город — не Москва');
    expect(say(c('age', 'gt', 18))).toBe('возраст больше 18');
    expect(say(c('age', 'gte', 18))).toBe('возраст не меньше 18');
    expect(say(c('age', 'lt', 65))).toBe('возраст меньше 65');
    expect(say(c('age', 'lte', 65))).toBe('возраст не больше 65');
    expect(say(c('age', 'between', { from: 18, to: 30 }))).toBe('возраст в диапазоне от 18 до 30');
    expect(say(c('last_order', 'in_last_days', 30))).toBe('дата последнего заказа за последние 30 дней');
    expect(say(c('last_order', 'before', '2024-05-05'))).toBe('дата последнего заказа раньше 05.05.2024');
    expect(say(c('sex', 'is', 'f'))).toBe('пол — женский');
    expect(say(c('city', 'in_list', ['Москва', 'Казань', 'Тверь']))).toBe('город — Москва, Казань или Тверь');
    expect(say(c('city', 'not_in_list', ['Москва', 'Казань']))).toBe('город — ни Москва, ни Казань');
    expect(say(c('sex', 'is_none_of', ['m']))).toBe('пол — не мужской');
    expect(say(c('city', 'contains', 'Мос'))).toBe('город содержит «Мос»');
    expect(say(c('city', 'is_empty'))).toBe('поле «Город» пустое');
    expect(say(c('vip', 'is_true'))).toBe('VIP — да');
    expect(say(c('tags', 'list_contains', 'vip'))).toBe('поле «Теги» включает «vip»');
    expect(say(c('city', 'exists'))).toBe('поле «Город» присутствует (может быть пустым)');
    expect(say(c('city', 'not_exists'))).toBe('поле «Город» отсутствует');
  });

  it('puts the words after a number in the right form: 1 день, 2 дня, 5 дней, 21 день', () => {
    expect([1, 2, 5, 21].map((days) => say(c('last_order', 'in_last_days', days)))).toEqual([
      'дата последнего заказа за последний 1 день',
      'дата последнего заказа за последние 2 дня',
      'дата последнего заказа за последние 5 дней',
      'дата последнего заказа за последний 21 день',
    ]);
    expect([1, 3, 11].map((days) => say(c('last_order', 'more_than_days_ago', days)))).toEqual([
      'дата последнего заказа более 1 дня назад',
      'дата последнего заказа более 3 дней назад',
      'дата последнего заказа более 11 дней назад',
    ]);
    expect(say(c('last_order', 'anniversary_within_days', 7))).toBe(
      'дата последнего заказа: годовщина в ближайшие 7 дней',
    );
    expect(say(c('last_order', 'anniversary_within_days', 1.5))).toBe(
      'дата последнего заказа: годовщина в ближайшие 1,5 дня',
    );
  });

  it('counts years in the genitive after от/до, не менее and менее: 1 года, 2 лет, 21 года, 40 лет', () => {
    expect(say(c('last_order', 'age_between', { from: 25, to: 40 }))).toBe(
      'дата последнего заказа: возраст от 25 до 40 лет',
    );
    expect(say(c('last_order', 'age_between', { from: 18, to: 21 }))).toBe(
      'дата последнего заказа: возраст от 18 до 21 года',
    );
    expect([1, 2, 5, 21].map((years) => say(c('last_order', 'at_least_years_ago', years)))).toEqual([
      'дата последнего заказа не менее 1 года назад',
      'дата последнего заказа не менее 2 лет назад',
      'дата последнего заказа не менее 5 лет назад',
      'дата последнего заказа не менее 21 года назад',
    ]);
    expect(say(c('last_order', 'less_than_years_ago', 3))).toBe('дата последнего заказа менее 3 лет назад');
  });

  it('names every operator once per meaning, and a counted one with N in the number’s place', () => {
    expect([ru.operators.equals, ru.operators.is]).toEqual(['равно', 'равно']);
    expect([ru.operators.in_list, ru.operators.is_any_of]).toEqual(['любое из', 'любое из']);
    expect([ru.operators.not_in_list, ru.operators.is_none_of]).toEqual(['ни одно из', 'ни одно из']);
    expect([ru.operators.between, ru.operators.date_between]).toEqual(['в диапазоне', 'в диапазоне']);
    expect(ru.operators.exists).not.toBe(ru.operators.is_not_empty);
    expect(ru.operators.in_last_days).toBe('за последние N дней');
    expect(ru.operators.age_between).toBe('возраст от N до M лет');
    expect(ru.operators.at_least_years_ago).toBe('не менее N лет назад');
    expect(ru.operators.less_than_years_ago).toBe('менее N лет назад');
  });

  it('has a phrase for every operator, with missing values marked', () => {
    for (const op of Object.keys(OPERATORS) as OperatorId[]) {
      const text = say(c('city', op, 'X'));
      expect(text).toMatch(/город|«Город»/);
      expect(ru.operators[op].length).toBeGreaterThan(0);
    }
    expect(say(c('city', 'not_in_list', []))).toBe('город — не …');
    expect(say(c('city', 'equals', ''))).toBe('город — …');
  });

  it('joins groups with «и» / «или» and negates with «не (…)»', () => {
    const root = g('and', [
      c('sex', 'is', 'f'),
      g('or', [c('city', 'equals', 'Москва'), c('city', 'equals', 'Казань')]),
      g('and', [c('age', 'lt', 18)], true),
    ]);
    expect(describeGroup(root, { catalog, locale: ru })).toBe(
      'пол — женский и (город — Москва или город — Казань) и не (возраст меньше 18)',
    );
    expect(describeGroup(g('or', []), { catalog, locale: ru })).toBe('нет условий');
  });

  it('describes whole segments', () => {
    const one = segment([block(g('and', [c('age', 'gt', 18)]), { sample: { from: 10, to: 50 }, limit: 5000 })]);
    expect(describeSegment(one, { catalog, locale: ru, databaseName: 'Клиенты' })).toBe(
      'Динамический сегмент базы «Клиенты»: профили, где возраст больше 18; выборка 10–50%; не более 5\u00a0000 профилей.',
    );
    const limited = (limit: number) =>
      describeSegment(segment([block(g('and', []), { limit })], { kind: 'updatable', refreshDaily: true }), {
        catalog,
        locale: ru,
      });
    expect(limited(1)).toBe('Обновляемый сегмент (пересчёт раз в день): все профили; не более 1 профиля.');
    expect(limited(3)).toBe('Обновляемый сегмент (пересчёт раз в день): все профили; не более 3 профилей.');
    expect(describeSegment(segment([], { kind: 'static' }), { catalog, locale: ru })).toBe(
      'Статический сегмент: участники добавляются и удаляются по одному.',
    );
    expect(describeSegment(segment([], { kind: 'updatable' }), { catalog, locale: ru })).toBe(
      'Обновляемый сегмент: условий пока нет.',
    );
    expect(describeSegment(segment([block(g('and', [c('city', 'equals', '')]))]), { catalog, locale: ru })).toBe(
      'Динамический сегмент: профили, где город — …',
    );
    const two = segment([block(g('and', [c('vip', 'is_false')])), block(g('and', []), { limit: 21 })]);
    expect(describeSegment(two, { catalog, locale: ru })).toBe(
      'Динамический сегмент: профили любого из блоков: (1) профили, где VIP — нет; (2) все профили, не более 21 профиля.',
    );
    expect(
      describeCondition(
        { type: 'opaque', id: 'o', vendor: 'altcraft', label: 'Внешние данные', raw: {} },
        { catalog, locale: ru },
      ),
    ).toBe('Внешние данные (сохранено как есть)');
  });

  it('says "profile" for one in English too', () => {
    expect(describeSegment(segment([block(g('and', []), { limit: 1 })]), { catalog, locale: en })).toBe(
      'Dynamic segment: all profiles; at most 1 profile.',
    );
  });
});

describe('Russian validation messages', () => {
  it('words every problem, operators in Russian, counts in the right form', () => {
    const problems = validateSegment(
      segment([
        block(
          g(
            'and',
            [
              c('city', 'gt', 5),
              c('age', 'equals', 'x'),
              c('nowhere', 'equals', 'a'),
              g('or', [c('age', 'equals', 1)]),
            ],
            true,
          ),
        ),
      ]),
      { catalog, locale: ru, limits: { maxDepth: 1, maxConditionsPerGroup: 2, not: false, kinds: ['static'] } },
    );
    const text = (code: ProblemCode) => problems.find((p) => p.code === code)?.message;
    expect(text('operator_not_allowed')).toBe('Оператор «больше» нельзя применить к полю «Город».');
    expect(text('value_type')).toBe('В поле «Возраст» нужно значение: число.');
    expect(text('field_unknown')).toBe('Поля «nowhere» нет в этой базе.');
    expect(text('depth_exceeded')).toBe('Здесь группы можно вкладывать не глубже 1 уровня.');
    expect(text('too_many_children')).toBe('Здесь в группе может быть не больше 2 условий.');
    expect(text('kind_unsupported')).toBe('Этот бэкенд не хранит динамические сегменты: выберите другой тип.');
  });

  it('has a Russian sentence for every problem code and every expected value', () => {
    const params = {
      field: 'Город',
      operator: 'равно',
      value: 'X',
      limit: 3,
      kind: 'updatable' as const,
      expected: 'число',
    };
    for (const code of Object.keys(en.problems) as ProblemCode[]) {
      expect(ru.problems[code](params)).toMatch(/^[А-ЯЁ«].*[.]$/u);
    }
    // Limits agree with their number: «1 символа», «255 символов», «21 тега», «2 значения».
    expect(ru.problems.name_too_long({ limit: 1 })).toBe('Название может быть не длиннее 1 символа.');
    expect(ru.problems.description_too_long({ limit: 255 })).toBe('Описание может быть не длиннее 255 символов.');
    expect(ru.problems.too_many_tags({ limit: 21 })).toBe('У сегмента может быть не больше 21 тега.');
    expect(ru.problems.tag_too_long({ limit: 50, value: 'x' })).toBe('Тег может быть не длиннее 50 символов: «x».');
    expect(ru.problems.too_many_values({ field: 'Город', limit: 2 })).toBe(
      'В поле «Город» можно перечислить не больше 2 значений.',
    );
    expect(ru.problems.conditions_required({ kind: 'updatable' })).toBe(
      'Обновляемому сегменту нужно хотя бы одно условие.',
    );
    expect(Object.keys(ru.expected)).toEqual(Object.keys(en.expected));
    expect(Object.keys(ru.fieldTypes)).toEqual(Object.keys(en.fieldTypes));
  });
});
