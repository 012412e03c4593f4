import type { ConnectionSecrets, DaAuthMode } from '../connections/model';
import type { HttpClientOptions } from '../http';
import type { SegmentsProvider } from '../provider';

/** What a vendor's provider factory is built from: one connection's settings and secrets. */
export interface ProviderSettings {
  connectionId: string;
  baseUrl: string;
  secrets: ConnectionSecrets;
  audienceId?: string;
  daAuth?: DaAuthMode;
  /** Built-in demo connections answer more (estimates, profile checks) and wait longer. */
  demo: boolean;
  fetch?: typeof fetch;
  http?: Omit<HttpClientOptions, 'baseUrl' | 'token' | 'fetch'>;
}

/** A vendor's adapter module (altcraft.ts, push0.ts, digitalAudience.ts), loaded on first use. */
export interface VendorAdapter {
  create: (settings: ProviderSettings) => SegmentsProvider;
}

/** The transport options every adapter takes the same way. */
export function transportOf(settings: ProviderSettings): Pick<ProviderSettings, 'fetch' | 'http'> {
  return {
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    ...(settings.http ? { http: settings.http } : {}),
  };
}
