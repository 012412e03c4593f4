/**
 * Every word of the Push0 catalog, one table per language (English, Russian), picked by
 * `push0Fields` (fields.ts) for its locale; option names of countries and languages come from
 * `Intl.DisplayNames` in that locale instead.
 */
import type { Push0DeviceType, Push0FieldName } from './fieldTypes';

export interface Push0Labels {
  fields: Readonly<Record<Push0FieldName, string>>;
  deviceTypes: Readonly<Record<Push0DeviceType, string>>;
}

export const PUSH0_LABELS_EN: Push0Labels = {
  fields: {
    country: 'Country',
    language: 'Language',
    timezone: 'Time zone',
    appVersion: 'App version',
    appVersionCode: 'App version code',
    osApi: 'OS API level',
    osVersion: 'OS version',
    customUserId: 'Custom user ID',
    email: 'Email',
    type: 'Device type',
    firstSession: 'First session',
    lastSession: 'Last session',
    sessionCount: 'Session count',
    createdAt: 'Device created',
    id: 'Device ID',
    pushToken: 'Push token',
    unRegisteredAt: 'Unregistered',
    deviceModel: 'Device model',
    deviceManufacturer: 'Device manufacturer',
    tags: 'Tags',
  },
  deviceTypes: {
    phone: 'Phone',
    tablet: 'Tablet',
    smartwatch: 'Smartwatch',
    desktop: 'Desktop',
  },
};

export const PUSH0_LABELS_RU: Push0Labels = {
  fields: {
    country: 'Страна',
    language: 'Язык',
    timezone: 'Часовой пояс',
    appVersion: 'Версия приложения',
    appVersionCode: 'Код версии приложения',
    osApi: 'Уровень API ОС',
    osVersion: 'Версия ОС',
    customUserId: 'Пользовательский ID',
    email: 'Email',
    type: 'Тип устройства',
    firstSession: 'Первая сессия',
    lastSession: 'Последняя сессия',
    sessionCount: 'Число сессий',
    createdAt: 'Дата создания устройства',
    id: 'ID устройства',
    pushToken: 'Push-токен',
    unRegisteredAt: 'Дата отмены регистрации',
    deviceModel: 'Модель устройства',
    deviceManufacturer: 'Производитель устройства',
    tags: 'Теги',
  },
  deviceTypes: {
    phone: 'Телефон',
    tablet: 'Планшет',
    smartwatch: 'Смарт-часы',
    desktop: 'Компьютер',
  },
};

/** The table for `locale` ("ru", "ru-RU"…); English for any language without its own. */
export function push0LabelsFor(locale: string): Push0Labels {
  return locale.split('-')[0]?.toLowerCase() === 'ru' ? PUSH0_LABELS_RU : PUSH0_LABELS_EN;
}
