import type { Capabilities } from '@/domain/model';
import { capabilities } from '../capabilities';
import { MAX_NESTING_DEPTH } from './nesting';
import { serializableOperators } from './operators';

/** What Altcraft API v1.1 can store; `demoExtras` adds what only the embedded backend answers. */
export function altcraftCapabilities(demoExtras: boolean): Capabilities {
  return capabilities({
    kinds: ['static', 'dynamic', 'updatable'],
    conditions: true,
    editing: true,
    databases: true,
    maxDepth: MAX_NESTING_DEPTH,
    operators: serializableOperators(demoExtras),
    sampling: true,
    limit: true,
    estimate: demoExtras,
    staticMembers: true,
    counters: true,
    // segments/get/ answers `count`.
    sizes: true,
    // segments/add and segments/update document no description.
    description: false,
    // Nor tags: only segments/list/ returns ui_tags (shown read-only). The embedded backend also
    // stores the `ui_tags` an add or update sends, and answers them from segments/get/.
    tags: demoExtras,
    checkProfile: demoExtras,
    // No documented method lists a field's values; the embedded backend has one (value suggestions).
    fieldValues: demoExtras,
    // No documented method lists a segment's members (docs/contracts.md §1); the embedded backend has one.
    listMembers: demoExtras,
  });
}
