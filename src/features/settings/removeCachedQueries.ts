import type { QueryClient } from '@tanstack/react-query';

/**
 * Drops every cached answer of one connection. Query keys carry the connection id second
 * (['segments', id, …], ['databases', id], ['fields', id, …], ['tasks', id, …]; src/api/queryKeys.ts).
 */
export function removeCachedQueries(queryClient: QueryClient, connectionId: string): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[1] === connectionId });
}
