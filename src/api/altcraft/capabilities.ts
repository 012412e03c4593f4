import type { Capabilities } from '@/domain/model';
import { MAX_NESTING_DEPTH } from './nesting';
import { serializableOperators } from './operators';

/** What Altcraft API v1.1 can store; `demoExtras` adds what only the embedded backend answers. */
export function altcraftCapabilities(demoExtras: boolean): Capabilities {
  return {
    kinds: ['static', 'dynamic', 'updatable'],
    conditions: true,
    editing: true,
    databases: true,
    maxDepth: MAX_NESTING_DEPTH,
    not: false,
    maxConditionsPerGroup: null,
    fixedRootCombinator: null,
    operators: serializableOperators(),
    sampling: true,
    limit: true,
    estimate: demoExtras,
    staticMembers: true,
    counters: true,
    // segments/get/ answers `count`.
    sizes: true,
    // segments/add and segments/update document no description.
    description: false,
    // Nor tags: only segments/list/ returns ui_tags.
    tags: false,
    checkProfile: demoExtras,
    lifecycle: false,
    audiences: false,
  };
}
