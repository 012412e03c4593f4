/** The embedded Digital Audience backend (docs/contracts.md §3): handlers, seeded data and fault-injection paths. */
export { digitalAudienceHandlers } from './handlers';
export { DA_FAULT_PATHS } from './routes';
export { SESSION_EXPIRED, type DaSessionOptions } from './session';
export { DA_FIRST_ID, DA_FIRST_SEGMENT_ID, DA_STATUSES, type DaAudience, type DaSegment } from './seed';
export { DA_STORAGE_KEY, daData, daState } from './store';
