import type { Capabilities } from '@/domain/model';
import { PUSH0_MAX_CONSTRAINTS_PER_GROUP } from './endpoints';
import { push0Operators } from './operators';

/** What Push0 can store (fixtures/README.md names the vendor page). */
export const push0Capabilities: Capabilities = {
  kinds: ['dynamic'],
  conditions: true,
  editing: true,
  databases: false,
  // The root (the ANDed top level) and one level of groups; a group holds constraints only.
  maxDepth: 2,
  not: false,
  maxConditionsPerGroup: PUSH0_MAX_CONSTRAINTS_PER_GROUP,
  fixedRootCombinator: 'and',
  operators: push0Operators(),
  sampling: false,
  limit: false,
  estimate: false,
  staticMembers: false,
  counters: false,
  // No size on the wire.
  sizes: false,
  // `description` is a body parameter of create (documented) and comes back in the list.
  description: true,
  tags: false,
  checkProfile: false,
  lifecycle: false,
  audiences: false,
  // GET segments?name= filters on the server.
};
