/**
 * The vendor registry: the one place that names each backend, with its label, the fields of its
 * connection form, its capabilities and its provider factory (react-admin's DataProvider pattern,
 * docs/architecture.md). Adding a vendor is one folder under src/api/, one adapter module here
 * and one entry below.
 *
 * What the forms and the builder need at once (labels, capabilities) is here; each vendor's
 * adapter, with its converters and wire schemas, is its own chunk, fetched only for a connection
 * of that vendor (lazyProvider.ts).
 */
import type { Capabilities } from '@/domain/model';
import { altcraftCapabilities } from '../altcraft/capabilities';
import { digitalAudienceCapabilities } from '../digitalAudience/capabilities';
import { push0Capabilities } from '../push0/capabilities';
import type { SegmentsProvider } from '../provider';
import { ADAPTER_IMPORTS } from './adapterImports';
import { adapterLoader, lazyProvider, type AdapterLoader } from './lazyProvider';
import type { ProviderSettings } from './settings';

export type { ProviderSettings, VendorAdapter } from './settings';

/** Which secret a vendor's connection form asks for. */
export type SecretKind = 'token' | 'daLogin';

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
  /** The adapter's chunk; `create` waits for it on first use. */
  adapter: AdapterLoader;
  /** A provider for these settings, handed out at once (its calls wait for the adapter the first time). */
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

/** The loader and the lazy factory of one vendor: the `import()` stays literal, so the bundler splits it. */
function lazyAdapter(loader: AdapterLoader, capabilities: (demo: boolean) => Capabilities) {
  return {
    adapter: loader,
    create: (settings: ProviderSettings) => lazyProvider(loader, settings, capabilities(settings.demo)),
  };
}

const altcraftAdapter = adapterLoader(ADAPTER_IMPORTS.altcraft);
const push0Adapter = adapterLoader(ADAPTER_IMPORTS.push0);
const digitalAudienceAdapter = adapterLoader(ADAPTER_IMPORTS.digitalAudience);

export const VENDORS = {
  altcraft: {
    label: 'Altcraft',
    secret: 'token',
    audience: false,
    baseUrlExample: 'https://example.com/api/v1.1',
    completeBaseUrl: (url) => withDefaultPath(url, ALTCRAFT_API_PATH),
    capabilities: altcraftCapabilities,
    ...lazyAdapter(altcraftAdapter, altcraftCapabilities),
  },
  push0: {
    label: 'Push0',
    secret: 'token',
    audience: false,
    baseUrlExample: 'https://api.push0.com/v1',
    completeBaseUrl: keepAsTyped,
    capabilities: () => push0Capabilities,
    ...lazyAdapter(push0Adapter, () => push0Capabilities),
  },
  digitalAudience: {
    label: 'Digital Audience',
    secret: 'daLogin',
    audience: true,
    baseUrlExample: '/proxy/da',
    completeBaseUrl: keepAsTyped,
    capabilities: () => digitalAudienceCapabilities,
    ...lazyAdapter(digitalAudienceAdapter, () => digitalAudienceCapabilities),
  },
} as const satisfies Record<string, VendorDefinition>;

export type VendorId = keyof typeof VENDORS;

export const VENDOR_IDS = Object.keys(VENDORS) as [VendorId, ...VendorId[]];

export function vendorOf(id: VendorId): VendorDefinition {
  return VENDORS[id];
}
