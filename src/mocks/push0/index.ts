/** The embedded Push0 backend (docs/contracts.md §2): handlers, seeded data and fault-injection path. */
export { push0Handlers } from './handlers';
export { PUSH0_FAULT_PATH } from './guard';
export { PUSH0_DEVICE_TYPES, PUSH0_FIELDS, PUSH0_RELATIONS, constraintsProblem } from './catalog';
export type { Push0Constraint, Push0FieldType, Push0Group } from './catalog';
export { PUSH0_SEED_TIME, push0Id, type Push0Segment } from './seed';
export { PUSH0_STORAGE_KEY, push0Data, push0State } from './store';
