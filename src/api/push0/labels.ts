/**
 * Every English word of the Push0 catalog, in one table. Another locale is a second object of the
 * same shape handed to `push0Fields` (fields.ts); option names of countries and languages come
 * from `Intl.DisplayNames` in that locale instead.
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
