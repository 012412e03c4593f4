/** The Altcraft adapter: provider factory, converters, wire schemas and the named vendor tables. */
export { createAltcraftProvider, type AltcraftProviderOptions } from './provider';
export { altcraftCapabilities } from './capabilities';
export { fromWire, toWire, wireNodeId, type FromWireExtras, type WireContext, type WireSegmentLike } from './convert';
export { decodeData, decodePage, type WirePage } from './envelope';
export { ALTCRAFT_PATHS, ALTCRAFT_UNCONFIRMED, DEMO_ONLY_PATHS, LIST_PAGE_LIMIT } from './endpoints';
export { ALTCRAFT_FIELD_TYPES, fieldTypeOf, SYSTEM_FIELD_WIRE_TYPES } from './fieldTypes';
export { MAX_NESTING_DEPTH, nestedGroupQuery, nodeIdsByPath, readNestedGroup, wirePathKey } from './nesting';
export { OPERATOR_SPELLINGS, serializableOperators, type ArgCodec, type WireOperator } from './operators';
export { ALTCRAFT_VENDOR } from './origin';
export { decodeCondition, encodeCondition } from './queryCodec';
export {
  catalogFromWire,
  countsFromWire,
  databaseFromWire,
  fieldFromWire,
  optionsFromDictionary,
  summaryFromWire,
  summaryToWire,
  TASK_STATES,
  taskStatusFromWire,
} from './resources';
export { canonicalFieldPath, parseValidationErrors } from './validationErrors';
export * from './wire';
export { toXml } from './xml';
