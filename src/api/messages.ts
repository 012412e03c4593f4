/**
 * Human messages of the API layer, one catalog per language. An error keeps its code and
 * parameters and is put into words when shown (`apiErrorText`), so a switch of language re-renders
 * it; `ApiError#message` is the English text, for logs.
 */
import { en as domainEn } from '@/domain/locale/en';
import { ru as domainRu } from '@/domain/locale/ru';
import type { OperatorId } from '@/domain/model';

/** Codes the vendor sends in the envelope's `error` (docs/contracts.md §1) or as HTTP status. */
export const VENDOR_CODES = [0, 400, 401, 402, 403, 404, 409, 413, 415, 429, 435, 441, 450, 500, 501] as const;
export type VendorCode = (typeof VENDOR_CODES)[number];

/** Failures the client detects itself. */
export const CLIENT_CODES = [
  'network',
  'timeout',
  'bad_response',
  'aborted',
  'unsupported',
  // A vendor's session (Digital Audience's cookie) has run out: sign in again in Settings.
  'session_expired',
  // The browser will not send to this address at all (mixed content, a scheme it refuses).
  'refused_address',
  // The server answered, but not as this vendor's API does there: most likely a wrong base path.
  'wrong_path',
  // A part of the app (a vendor's adapter, fetched on first use) could not be downloaded.
  'module_load',
] as const;
export type ClientCode = (typeof CLIENT_CODES)[number];

export type ApiErrorCode = VendorCode | ClientCode;

export interface MessageParams {
  /** Seconds to wait (429) or the timeout that passed. */
  seconds?: number;
  /** True while the transport is about to retry by itself. */
  retrying?: boolean;
  /** First validation issues of an unreadable answer. */
  issues?: readonly string[];
  /** What exactly cannot be done: a detail code with its parameters, or the vendor's own words. */
  detail?: string | DetailText;
}

/** Why a backend cannot do something, as a code the catalog words per language. */
export type DetailCode =
  | 'no_rules'
  | 'no_counts'
  | 'no_channel_counts'
  | 'no_tasks'
  | 'no_members_add'
  | 'no_members_remove'
  | 'no_static'
  | 'dynamic_only'
  | 'one_block'
  | 'no_not'
  | 'no_nested_groups'
  | 'and_only'
  | 'no_sample'
  | 'no_limit'
  | 'group_too_big'
  | 'foreign_condition'
  | 'field_missing'
  | 'field_type_unknown'
  | 'field_type_unsaved'
  | 'operator_unsaved'
  | 'value_unfit'
  | 'value_unsaved'
  | 'no_id';

export interface DetailParams {
  /** The vendor's name, e.g. "Push0". */
  vendor?: string;
  field?: string;
  /** A field type as the vendor names it. */
  type?: string;
  /** An operator id: each language shows its own label. */
  operator?: OperatorId;
  /** The label of a condition kept as is. */
  label?: string;
  limit?: number;
  count?: number;
  /** What a field's value must be for the vendor to store it. */
  need?: ValueNeed;
}

/** What a value must be: a whole number, a date and time, or text. */
export type ValueNeed = 'whole_number' | 'datetime' | 'text';

export interface DetailText {
  code: DetailCode;
  params?: DetailParams;
}

/** The parameters a message sees: the detail already in words. */
export type WordedParams = Omit<MessageParams, 'detail'> & { detail?: string };

export type ApiMessage = (params: WordedParams) => string;

export interface ApiMessages {
  errors: Record<`${ApiErrorCode}`, ApiMessage>;
  details: Record<DetailCode, (params: DetailParams) => string>;
}

const withDetail = (base: string) => (p: WordedParams) => (p.detail ? `${base} ${p.detail}` : base);

export const apiMessagesEn: ApiMessages = {
  errors: {
    0: () => 'The operation succeeded.',
    400: withDetail('The server rejected the request as incorrect.'),
    401: () => 'The API token or sign-in details are missing or wrong. Check them in Settings.',
    402: () => 'The account has reached a limit of its tariff.',
    403: () => 'This API token has no rights for this action. Check its role in Settings.',
    404: () => 'Not found. It may have been deleted, or this API token cannot see it.',
    409: () => 'Another record with the same unique attributes already exists, for example the same name.',
    413: () => 'The database is not available in the selected resource.',
    415: () => 'The server does not accept the format of the request.',
    429: (p) => {
      if (p.retrying) return `Too many requests: retrying in ${p.seconds ?? 1} s.`;
      if (p.seconds !== undefined) return `Too many requests. Try again in ${p.seconds} s.`;
      return 'Too many requests. Wait a moment and try again.';
    },
    435: () => 'Several objects match these attributes, so the server cannot tell which one is meant.',
    441: () => 'The object belongs to another group, which this API token cannot use.',
    450: () => 'Some values are not valid. Check the highlighted fields.',
    500: (p) =>
      p.retrying ? 'The server had an internal error: retrying.' : 'The server had an internal error. Try again later.',
    501: () => 'The server does not support this action. It may run an older version of the API.',
    network: () => 'The server could not be reached. Check the base URL and your network connection.',
    module_load: () =>
      'Part of the app could not be downloaded. Check your network connection and retry; if it keeps failing, reload the page.',
    timeout: (p) => `The server did not answer within ${p.seconds ?? 15} s.`,
    bad_response: (p) =>
      p.issues && p.issues.length > 0
        ? `The server sent an answer the app cannot read: ${p.issues.join('; ')}.`
        : 'The server sent an answer the app cannot read.',
    aborted: () => 'The request was cancelled.',
    session_expired: () => 'The session has expired. Sign in again in Settings.',
    refused_address: withDetail('The browser refuses to send requests to this address.'),
    wrong_path: withDetail(
      'The server answered, but not as this API does at this address. Check the path of the base URL.',
    ),
    unsupported: withDetail('This backend cannot store this.'),
  },
  details: {
    no_rules: (p) => `${p.vendor} segments have no rules: they are made on the vendor’s platform.`,
    no_counts: (p) => `${p.vendor} has no segment counts.`,
    no_channel_counts: (p) => `${p.vendor} has no per-channel counts.`,
    no_tasks: (p) => `${p.vendor} has no background tasks.`,
    no_members_add: (p) => `${p.vendor} segments have no members to add here.`,
    no_members_remove: (p) => `${p.vendor} segments have no members to remove here.`,
    no_static: (p) => `${p.vendor} has no static segments.`,
    dynamic_only: (p) => `${p.vendor} segments are dynamic only.`,
    one_block: (p) => `${p.vendor} segments have one set of conditions.`,
    no_not: (p) => `${p.vendor} cannot negate a group.`,
    no_nested_groups: (p) => `${p.vendor} cannot nest a group inside a group.`,
    and_only: (p) => `${p.vendor} combines its groups with AND only ("Match all" at the top level).`,
    no_sample: (p) => `${p.vendor} cannot sample a segment.`,
    no_limit: (p) => `${p.vendor} cannot limit the size of a segment.`,
    group_too_big: (p) => `${p.vendor} allows at most ${p.limit} conditions in a group; this one has ${p.count}.`,
    foreign_condition: (p) => `The condition "${p.label}" comes from another backend.`,
    field_missing: (p) => `${p.vendor} has no field "${p.field}".`,
    field_type_unknown: (p) => `The type of the field "${p.field}" is unknown.`,
    field_type_unsaved: (p) => `Conditions on fields of type "${p.type}" cannot be saved.`,
    operator_unsaved: (p) => `"${domainEn.operators[p.operator!]}" cannot be saved on the field "${p.field}".`,
    value_unfit: (p) => `The value of "${p.field}" does not fit its operator.`,
    value_unsaved: (p) => {
      const base = `The value of "${p.field}" cannot be saved.`;
      if (p.need === 'whole_number') return `${base} ${p.vendor} stores whole numbers only.`;
      if (p.need === 'datetime') return `${base} It needs a date and time (YYYY-MM-DDTHH:mm).`;
      return p.need === 'text' ? `${base} It needs text.` : base;
    },
    no_id: () => 'The segment has no id to update.',
  },
};

export const apiMessagesRu: ApiMessages = {
  errors: {
    0: () => 'Операция выполнена.',
    400: withDetail('Сервер отклонил запрос как некорректный.'),
    401: () => 'API-токен или данные для входа не указаны или неверны. Проверьте их в настройках.',
    402: () => 'Аккаунт исчерпал лимит своего тарифа.',
    403: () => 'У этого API-токена нет прав на это действие. Проверьте его роль в настройках.',
    404: () => 'Не найдено. Возможно, объект удалён или этот API-токен его не видит.',
    409: () => 'Уже есть запись с такими же уникальными атрибутами, например с тем же названием.',
    413: () => 'База данных недоступна в выбранном ресурсе.',
    415: () => 'Сервер не принимает формат запроса.',
    429: (p) => {
      if (p.retrying) return `Слишком много запросов: повтор через ${p.seconds ?? 1} с.`;
      if (p.seconds !== undefined) return `Слишком много запросов. Повторите через ${p.seconds} с.`;
      return 'Слишком много запросов. Подождите немного и повторите.';
    },
    435: () =>
      'Этим атрибутам соответствует несколько объектов, и сервер не может понять, какой из них имеется в виду.',
    441: () => 'Объект принадлежит другой группе, которую этот API-токен не может использовать.',
    450: () => 'Некоторые значения недопустимы. Проверьте выделенные поля.',
    500: (p) =>
      p.retrying ? 'Внутренняя ошибка сервера: повторяем запрос.' : 'Внутренняя ошибка сервера. Повторите позже.',
    501: () => 'Сервер не поддерживает это действие. Возможно, на нём работает старая версия API.',
    network: () => 'Не удалось связаться с сервером. Проверьте базовый URL и подключение к сети.',
    module_load: () =>
      'Не удалось загрузить часть приложения. Проверьте подключение к сети и повторите; если ошибка не исчезнет, перезагрузите страницу.',
    timeout: (p) => `Сервер не ответил за ${p.seconds ?? 15} с.`,
    bad_response: (p) =>
      p.issues && p.issues.length > 0
        ? `Сервер прислал ответ, который приложение не может прочитать: ${p.issues.join('; ')}.`
        : 'Сервер прислал ответ, который приложение не может прочитать.',
    aborted: () => 'Запрос отменён.',
    session_expired: () => 'Сессия истекла. Войдите снова в настройках.',
    refused_address: withDetail('Браузер отказывается отправлять запросы по этому адресу.'),
    wrong_path: withDetail(
      'Сервер ответил, но не так, как этот API отвечает по этому адресу. Проверьте путь в базовом URL.',
    ),
    unsupported: withDetail('Этот бэкенд не может это сохранить.'),
  },
  details: {
    no_rules: (p) => `У сегментов ${p.vendor} нет правил: их создают на платформе поставщика.`,
    no_counts: (p) => `${p.vendor} не считает размеры сегментов.`,
    no_channel_counts: (p) => `${p.vendor} не считает охват по каналам.`,
    no_tasks: (p) => `У ${p.vendor} нет фоновых задач.`,
    no_members_add: (p) => `В сегменты ${p.vendor} здесь нельзя добавлять участников.`,
    no_members_remove: (p) => `Из сегментов ${p.vendor} здесь нельзя удалять участников.`,
    no_static: (p) => `У ${p.vendor} нет статических сегментов.`,
    dynamic_only: (p) => `Сегменты ${p.vendor} бывают только динамическими.`,
    one_block: (p) => `У сегмента ${p.vendor} один набор условий.`,
    no_not: (p) => `${p.vendor} не умеет отрицать группу.`,
    no_nested_groups: (p) => `${p.vendor} не умеет вкладывать группу в группу.`,
    and_only: (p) => `${p.vendor} объединяет группы только через И («Все условия» на верхнем уровне).`,
    no_sample: (p) => `${p.vendor} не умеет делать выборку из сегмента.`,
    no_limit: (p) => `${p.vendor} не умеет ограничивать размер сегмента.`,
    group_too_big: (p) => `${p.vendor} допускает не больше ${p.limit} условий в группе, а здесь их ${p.count}.`,
    foreign_condition: (p) => `Условие «${p.label}» пришло из другого бэкенда.`,
    field_missing: (p) => `У ${p.vendor} нет поля «${p.field}».`,
    field_type_unknown: (p) => `Тип поля «${p.field}» неизвестен.`,
    field_type_unsaved: (p) => `Условия на поля типа «${p.type}» сохранить нельзя.`,
    operator_unsaved: (p) => `«${domainRu.operators[p.operator!]}» нельзя сохранить для поля «${p.field}».`,
    value_unfit: (p) => `Значение поля «${p.field}» не подходит к его оператору.`,
    value_unsaved: (p) => {
      const base = `Значение поля «${p.field}» нельзя сохранить.`;
      if (p.need === 'whole_number') return `${base} ${p.vendor} хранит только целые числа.`;
      if (p.need === 'datetime') return `${base} Нужны дата и время (ГГГГ-ММ-ДДTЧЧ:мм).`;
      return p.need === 'text' ? `${base} Нужен текст.` : base;
    },
    no_id: () => 'У сегмента нет идентификатора для обновления.',
  },
};

/** The catalog per language; a language the API layer does not know reads English. */
export const API_MESSAGES: Readonly<Record<'en' | 'ru', ApiMessages>> = { en: apiMessagesEn, ru: apiMessagesRu };

function catalogOf(locale: string): ApiMessages {
  return locale.split('-')[0]?.toLowerCase() === 'ru' ? apiMessagesRu : apiMessagesEn;
}

/** A detail in the words of `locale`; the vendor's own words stay as they are. */
export function detailFor(detail: string | DetailText, locale = 'en'): string {
  return typeof detail === 'string' ? detail : catalogOf(locale).details[detail.code](detail.params ?? {});
}

/** The message of `code` in `locale` (English by default). */
export function messageFor(code: ApiErrorCode, params: MessageParams = {}, locale = 'en'): string {
  const { detail, ...rest } = params;
  const worded: WordedParams = detail === undefined ? rest : { ...rest, detail: detailFor(detail, locale) };
  return catalogOf(locale).errors[`${code}`](worded);
}
