/**
 * A provider for component tests whose answers each test sets: every method it does not override
 * rejects, so a test notices a request it did not expect.
 */
import type { SegmentsProvider } from '@/api/provider';
import { capabilities } from '@/api/capabilities';
import type { Capabilities, Segment } from '@/domain/model';

const unexpected = (name: string) => () => Promise.reject(new Error(`${name} is not part of this test`));

export function fakeProvider(
  offered: Partial<Capabilities>,
  overrides: Partial<SegmentsProvider> = {},
  segment?: Segment,
): SegmentsProvider {
  return {
    connectionId: 'fake',
    capabilities: capabilities({ kinds: ['static', 'dynamic'], ...offered }),
    list: unexpected('list'),
    get: segment ? () => Promise.resolve(segment) : unexpected('get'),
    create: unexpected('create'),
    update: unexpected('update'),
    remove: unexpected('remove'),
    writeRequest: unexpected('writeRequest'),
    payload: () => ({ body: {} }),
    checkConnection: () => Promise.resolve(),
    databases: () => Promise.resolve([]),
    fieldCatalog: () => Promise.resolve([]),
    counts: unexpected('counts'),
    refreshCounts: unexpected('refreshCounts'),
    taskStatus: unexpected('taskStatus'),
    addStaticMembers: unexpected('addStaticMembers'),
    removeStaticMembers: unexpected('removeStaticMembers'),
    ...overrides,
  };
}
