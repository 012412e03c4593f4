/**
 * Query keys. Everything about segments of a connection sits under ['segments', connectionId], so
 * one prefix invalidates lists, details, counts and estimates together.
 */
import type { Segment } from '@/domain/model';
import { fingerprint } from './fingerprint';

export interface SegmentListFilters {
  search?: string;
  tags?: string[];
  limit?: number;
}

export const queryKeys = {
  segments: (connectionId: string) => ['segments', connectionId] as const,
  segmentLists: (connectionId: string) => ['segments', connectionId, 'list'] as const,
  segmentList: (connectionId: string, filters: SegmentListFilters = {}) =>
    ['segments', connectionId, 'list', filters] as const,
  segment: (connectionId: string, id: number | string) => ['segments', connectionId, 'detail', String(id)] as const,
  counts: (connectionId: string, id: number | string) => ['segments', connectionId, 'counts', String(id)] as const,
  /**
   * Keyed by what changes the count only, so renaming a draft does not recount it. The blocks go
   * in as a fingerprint: a key is hashed on every render, and a draft can hold 1,000 conditions.
   */
  estimate: (connectionId: string, draft: Segment) =>
    ['segments', connectionId, 'estimate', draft.kind, draft.databaseId, fingerprint(draft.blocks)] as const,
  databases: (connectionId: string) => ['databases', connectionId] as const,
  fields: (connectionId: string, databaseId: number) => ['fields', connectionId, databaseId] as const,
  fieldValues: (connectionId: string, databaseId: number, field: string) =>
    ['fields', connectionId, databaseId, 'values', field] as const,
  task: (connectionId: string, taskId: number | string) => ['tasks', connectionId, String(taskId)] as const,
};
