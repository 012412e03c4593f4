/**
 * The vendor registry: the one place that names each backend, with its label, the fields of its
 * connection form, its capabilities and its provider factory (react-admin's DataProvider pattern,
 * docs/architecture.md). Adding a vendor is one folder under src/api/ and one entry here.
 */
import type { Capabilities } from '@/domain/model';
import { altcraftCapabilities, createAltcraftProvider } from '../altcraft';
import { createDigitalAudienceProvider, digitalAudienceCapabilities } from '../digitalAudience';
import { createPush0Provider, push0Capabilities } from '../push0';
import type { HttpClientOptions } from '../http';
import type { SegmentsProvider } from '../provider';
import type { ConnectionSecrets, DaAuthMode } from '../connections/model';

/** Which secret a vendor's connection form asks for. */
export type SecretKind = 'token' | 'daLogin';

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

export interface VendorDefinition {
  /** The brand, the same in every language. */
  label: string;
  secret: SecretKind;
  /** Whether the connection names an audience (Digital Audience). */
  audience: boolean;
  /** Shown as the Base URL's placeholder. */
  baseUrlExample: string;
  /**
   * Completes what a user typed into a full base URL: Altcraft's API lives under /api/v1.1, so a
   * bare host gets it appended. Paths are left alone.
   */
  completeBaseUrl: (url: string) => string;
  /** What the backend stores, for a real connection; `demo` adds what only the embedded backend answers. */
  capabilities: (demo: boolean) => Capabilities;
  create: (settings: ProviderSettings) => SegmentsProvider;
}

const ALTCRAFT_API_PATH = '/api/v1.1';

/** Appends `path` to a URL that has no path of its own ("https://host" or "https://host/"). */
function withDefaultPath(url: string, path: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.pathname !== '/' || url.startsWith('/')) return url;
    return `${parsed.origin}${path}`;
  } catch {
    return url;
  }
}

const keepAsTyped = (url: string) => url;

export const VENDORS = {
  altcraft: {
    label: 'Altcraft',
    secret: 'token',
    audience: false,
    baseUrlExample: 'https://example.com/api/v1.1',
    completeBaseUrl: (url) => withDefaultPath(url, ALTCRAFT_API_PATH),
    capabilities: altcraftCapabilities,
    create: (settings) =>
      createAltcraftProvider({
        baseUrl: settings.baseUrl,
        token: settings.secrets.token ?? '',
        connectionId: settings.connectionId,
        hasEstimate: settings.demo,
        ...(settings.fetch ? { fetch: settings.fetch } : {}),
        ...(settings.http ? { http: settings.http } : {}),
      }),
  },
  push0: {
    label: 'Push0',
    secret: 'token',
    audience: false,
    baseUrlExample: 'https://api.push0.com/v1',
    completeBaseUrl: keepAsTyped,
    capabilities: () => push0Capabilities,
    create: (settings) =>
      createPush0Provider({
        baseUrl: settings.baseUrl,
        token: settings.secrets.token ?? '',
        connectionId: settings.connectionId,
        ...(settings.fetch ? { fetch: settings.fetch } : {}),
        ...(settings.http ? { http: settings.http } : {}),
      }),
  },
  digitalAudience: {
    label: 'Digital Audience',
    secret: 'daLogin',
    audience: true,
    baseUrlExample: '/proxy/da',
    completeBaseUrl: keepAsTyped,
    capabilities: () => digitalAudienceCapabilities,
    create: (settings) =>
      createDigitalAudienceProvider({
        baseUrl: settings.baseUrl,
        connectionId: settings.connectionId,
        audienceId: settings.audienceId ?? '',
        auth:
          settings.daAuth === 'session'
            ? { kind: 'session', session: settings.secrets.session ?? '' }
            : { kind: 'login', userName: settings.secrets.userName ?? '', password: settings.secrets.password ?? '' },
        ...(settings.fetch ? { fetch: settings.fetch } : {}),
        ...(settings.http ? { http: settings.http } : {}),
      }),
  },
} as const satisfies Record<string, VendorDefinition>;

export type VendorId = keyof typeof VENDORS;

export const VENDOR_IDS = Object.keys(VENDORS) as [VendorId, ...VendorId[]];

export function vendorOf(id: VendorId): VendorDefinition {
  return VENDORS[id];
}
