import type { Capabilities } from '@/domain/model';

/**
 * The conservative defaults: a backend that offers nothing beyond listing its segments. A flat
 * root with no operators, no negation, no limit of its own and a free root combinator (neither
 * matters without conditions), and every optional feature off.
 */
const NOTHING_BEYOND_SEGMENTS: Omit<Capabilities, 'kinds'> = {
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
  counters: false,
  sizes: false,
  description: false,
  tags: false,
  checkProfile: false,
  listMembers: false,
  lifecycle: false,
  audiences: false,
};

/**
 * A vendor's capabilities: the kinds it stores and what it offers beyond the defaults above, so a
 * capability a vendor does not name stays off.
 */
export function capabilities(offered: Pick<Capabilities, 'kinds'> & Partial<Capabilities>): Capabilities {
  return { ...NOTHING_BEYOND_SEGMENTS, ...offered };
}
