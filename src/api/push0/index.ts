/** The Push0 adapter: provider factory, converters, wire schemas, the catalog and the named vendor tables. */
export { createPush0Provider, type Push0ProviderOptions } from './provider';
export { push0Capabilities } from './capabilities';
export { fromWire, isoOf, toWire } from './convert';
export { decodeConstraint, encodeConstraint, opaqueConstraint, PUSH0_VENDOR } from './constraint';
export { decodeAccepted, decodeCreated, decodeGet, decodeListPage, summaryFromWire } from './decode';
export {
  PUSH0_MAX_CONSTRAINTS_PER_GROUP,
  PUSH0_PAGE_LIMIT_DEFAULT,
  PUSH0_PAGE_LIMIT_MAX,
  PUSH0_PATHS,
  PUSH0_UNCONFIRMED,
} from './endpoints';
export { COUNTRY_CODES, FALLBACK_TIME_ZONES, LANGUAGE_CODES, timeZoneCodes } from './codes';
export { PUSH0_FIELDS, push0Fields, push0FieldsIn } from './fields';
export {
  isPush0Field,
  PUSH0_DEVICE_TYPES,
  PUSH0_FIELD_TYPES,
  push0FieldType,
  type Push0DeviceType,
  type Push0FieldName,
  type Push0FieldType,
} from './fieldTypes';
export { PUSH0_LABELS_EN, PUSH0_LABELS_RU, push0LabelsFor, type Push0Labels } from './labels';
export {
  canonicalRelation,
  operatorFor,
  PUSH0_RELATION_ALIASES,
  PUSH0_RELATIONS,
  push0Operators,
  relationFor,
} from './operators';
export { constraintNodeId, groupNodeId, PUSH0_ROOT_ID } from './origin';
export { updateBody } from './patch';
export { epochToLocal, localToEpoch } from './values';
export * from './wire';
