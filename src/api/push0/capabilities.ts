import { capabilities } from '../capabilities';
import { PUSH0_MAX_CONSTRAINTS_PER_GROUP } from './endpoints';
import { push0Operators } from './operators';

/**
 * What Push0 can store (fixtures/README.md names the vendor page). No size on the wire, so no
 * sizes. GET segments?name= filters on the server.
 */
export const push0Capabilities = capabilities({
  kinds: ['dynamic'],
  conditions: true,
  editing: true,
  // The root (the ANDed top level) and one level of groups; a group holds constraints only.
  maxDepth: 2,
  maxConditionsPerGroup: PUSH0_MAX_CONSTRAINTS_PER_GROUP,
  fixedRootCombinator: 'and',
  operators: push0Operators(),
  // `description` is a body parameter of create (documented) and comes back in the list.
  description: true,
});
