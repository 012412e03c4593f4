/** The Digital Audience adapter: provider factory, capabilities, converters and wire schemas. */
export { createDigitalAudienceProvider, type DigitalAudienceProviderOptions } from './provider';
export { digitalAudienceCapabilities } from './capabilities';
export {
  DA_COUNTER_KEYS,
  DA_VENDOR,
  lifecycleFromWire,
  segmentFromWire,
  segmentKeyOf,
  statusOf,
  summaryFromWire,
  wireOf,
} from './convert';
export { daInstant, endDateForWire, parseDaDate } from './dates';
export { decodeDa, decodeLogin, expireSession, isSessionExpired } from './decode';
export { DA_PATHS, DA_UNCONFIRMED } from './endpoints';
export { transportFor, type DaAuth } from './session';
export * from './wire';
