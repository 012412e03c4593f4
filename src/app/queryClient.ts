import { QueryClient } from '@tanstack/react-query';

/** The transport already retries reads with backoff, so TanStack Query must not retry on top of it. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
