import { z } from 'zod';
import { createAltcraftProvider } from './altcraft/provider';
import { DEMO_BASE_URL, DEMO_TOKEN } from './demo';
import { publishRetryNotice } from './retryNotices';
import type { SegmentsProvider } from './provider';

export const VENDORS = ['demo', 'altcraft'] as const;
export type Vendor = (typeof VENDORS)[number];

export interface Connection {
  id: string;
  vendor: Vendor;
  name: string;
  baseUrl: string;
  token: string;
}

/** For reading a connection back from storage. */
export const connectionSchema = z.object({
  id: z.string().min(1),
  vendor: z.enum(VENDORS),
  name: z.string(),
  baseUrl: z.string(),
  token: z.string(),
});

export interface ProviderOverrides {
  fetch?: typeof fetch;
}

/**
 * The embedded backend shares the page's CPU, and its first answers build the demo data (50,000
 * profiles, every seeded count): seconds on a busy machine. A network server's 15 s timeout would
 * take that for a dead server.
 */
const DEMO_TIMEOUT_MS = 60_000;

/** The provider for a connection. The demo speaks Altcraft's format and adds estimates. */
export function createProvider(connection: Connection, overrides: ProviderOverrides = {}): SegmentsProvider {
  switch (connection.vendor) {
    case 'demo':
      return createAltcraftProvider({
        baseUrl: DEMO_BASE_URL,
        token: DEMO_TOKEN,
        connectionId: connection.id,
        hasEstimate: true,
        http: { onRetry: publishRetryNotice, timeoutMs: DEMO_TIMEOUT_MS },
        ...overrides,
      });
    case 'altcraft':
      return createAltcraftProvider({
        baseUrl: connection.baseUrl,
        token: connection.token,
        connectionId: connection.id,
        http: { onRetry: publishRetryNotice },
        ...overrides,
      });
  }
}
