/**
 * Push0's fields as the vendor's table lists them (fixtures/README.md), in its order, with the
 * canonical type each one is edited as. The wire types map so:
 * - String → `string`; `email` → `email` (its domain operators are not in operators.ts, so
 *   capabilities never offer them);
 * - Int → `number` (whole numbers only);
 * - Long epoch milliseconds → `date` with time (`withTime`);
 * - the ISO code fields and the device `type` → `enum`;
 * - String Array (`tags`) → `list`.
 */
import type { FieldType } from '@/domain/model';

export const PUSH0_FIELD_TYPES = {
  country: 'enum',
  language: 'enum',
  timezone: 'enum',
  appVersion: 'string',
  appVersionCode: 'number',
  osApi: 'string',
  osVersion: 'string',
  customUserId: 'string',
  email: 'email',
  type: 'enum',
  firstSession: 'date',
  lastSession: 'date',
  sessionCount: 'number',
  createdAt: 'date',
  id: 'string',
  pushToken: 'string',
  unRegisteredAt: 'date',
  deviceModel: 'string',
  deviceManufacturer: 'string',
  tags: 'list',
} as const satisfies Record<string, FieldType>;

export type Push0FieldName = keyof typeof PUSH0_FIELD_TYPES;
/** The canonical types Push0 fields have: the keys of the relation table (operators.ts). */
export type Push0FieldType = (typeof PUSH0_FIELD_TYPES)[Push0FieldName];

/** The values of the `type` field (documented). */
export const PUSH0_DEVICE_TYPES = ['phone', 'tablet', 'smartwatch', 'desktop'] as const;
export type Push0DeviceType = (typeof PUSH0_DEVICE_TYPES)[number];

export function isPush0Field(name: string): name is Push0FieldName {
  return Object.hasOwn(PUSH0_FIELD_TYPES, name);
}

/** The canonical type of a Push0 field, or undefined for a field the vendor does not list. */
export function push0FieldType(name: string): Push0FieldType | undefined {
  return isPush0Field(name) ? PUSH0_FIELD_TYPES[name] : undefined;
}
