/** Public API of the domain layer: the segment model and everything pure that works on it. */
export type * from './model';
export type * from './problems';
export type { DomainLocale, PhraseParts } from './locale/types';
export { en } from './locale/en';
export { ru } from './locale/ru';
export * from './operators';
export { DOMAIN_GROUPS, DOMAIN_GROUP_NAMES, emailDomain, isInDomainGroup } from './emailDomains';
export { createId } from './ids';
export * from './tree';
export * from './schemas';
export { validateSegment, hasErrors } from './validation';
export { LIMITS, isSafeNumber } from './limits';
export type { ValidationLimits, ValidationOptions } from './validation';
export {
  compile,
  compileTruth,
  count,
  countPerGroup,
  daysToAnniversary,
  yearsSince,
  explain,
  matches,
  select,
  selectBlock,
  toOutcome,
} from './evaluate';
export type { EvalContext, EvalOptions, Outcome, Truth } from './evaluate';
export { ProfileTable } from './profileTable';
export { tally, type Tally, type TallyResult } from './tally';
export { FULL_SAMPLE, inSample, isFullSample, sampleBucket } from './sample';
export { describeCondition, describeGroup, describeSegment } from './describe';
export type { DescribeOptions, DescribeSegmentOptions } from './describe';
export { compareVersions, equalityKey, toDay } from './values';
export * from './queryText';
