/**
 * One provider instance per connection (and per edit of it), built through the vendor registry.
 * Cached so every page of a connection shares one transport and one adapter state.
 */
import { publishRetryNotice } from '../retryNotices';
import type { SegmentsProvider } from '../provider';
import { VENDORS, type ProviderSettings } from '../vendors/registry';
import type { Connection } from './model';
import { connectionRevision, secretsOf } from './store';

/**
 * The embedded backend shares the page's CPU, and its first answers build the demo data (50,000
 * profiles, every seeded count): seconds on a busy machine. A network server's 15 s timeout would
 * take that for a dead server.
 */
const DEMO_TIMEOUT_MS = 60_000;

export type ProviderOverrides = Pick<ProviderSettings, 'fetch'>;

export function settingsFor(connection: Connection, overrides: ProviderOverrides = {}): ProviderSettings {
  const demo = connection.builtIn === true;
  return {
    connectionId: connection.id,
    baseUrl: connection.baseUrl,
    secrets: secretsOf(connection),
    ...(connection.audienceId === undefined ? {} : { audienceId: connection.audienceId }),
    ...(connection.daAuth === undefined ? {} : { daAuth: connection.daAuth }),
    demo,
    http: { onRetry: publishRetryNotice, ...(demo ? { timeoutMs: DEMO_TIMEOUT_MS } : {}) },
    ...overrides,
  };
}

/** A provider for `connection` as it is now, uncached: Settings tests a connection before saving it. */
export function createProvider(connection: Connection, overrides: ProviderOverrides = {}): SegmentsProvider {
  return VENDORS[connection.vendor].create(settingsFor(connection, overrides));
}

const cache = new Map<string, SegmentsProvider>();

export function providerFor(connection: Connection): SegmentsProvider {
  const key = `${connection.id}#${connectionRevision(connection.id)}`;
  let provider = cache.get(key);
  if (!provider) {
    provider = createProvider(connection);
    cache.set(key, provider);
  }
  return provider;
}
