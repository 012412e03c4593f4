import type { Capabilities } from '@/domain/model';

/**
 * What Digital Audience offers here (CONTRACTS.md §3): segments are read, their end date moved and
 * deleted, and audiences created. There are no rules, so the builder is never offered.
 */
export const digitalAudienceCapabilities: Capabilities = {
  // Display only: segments are not created here (editing is false).
  kinds: ['static'],
  conditions: false,
  editing: false,
  databases: false,
  maxDepth: 1,
  not: false,
  maxConditionsPerGroup: null,
  fixedRootCombinator: null,
  operators: {},
  sampling: false,
  limit: false,
  estimate: false,
  staticMembers: false,
  // The total*Count values are pipeline counters (lifecycle), not per-channel counts.
  counters: false,
  // No segment size on the wire; totalReadyCount counts pipeline items, not members.
  sizes: false,
  // Read-only: nothing here writes a description back.
  description: false,
  tags: false,
  checkProfile: false,
  lifecycle: true,
  audiences: true,
  // The audience's list comes whole; the provider filters it by name.
};
