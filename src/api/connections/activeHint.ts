/**
 * Which connection this tab will use, read before the app has loaded: the page shell preconnects
 * to its server and main.tsx starts downloading its vendor's adapter, so neither waits for the
 * app's own scripts (docs/architecture.md, First load). No zod and no secrets: it reads the stored
 * configuration the way store.ts picks the active connection, and a wrong guess costs a download,
 * never a request with anyone's credentials.
 */
import { ACTIVE_CONNECTION_STORAGE_KEY, CONNECTIONS_STORAGE_KEY, LEGACY_CONNECTION_STORAGE_KEY } from './storageKeys';

export interface ConnectionHint {
  vendor: string;
  baseUrl: string;
}

/** The storage reads a hint needs, each answering null for a missing key or a storage that fails. */
export interface HintStorage {
  local: (key: string) => string | null;
  session: (key: string) => string | null;
}

type StoredHint = ConnectionHint & { id: string };

function storedHints(text: string | null): StoredHint[] {
  let parsed: unknown;
  try {
    parsed = text === null ? null : JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (item: unknown): item is StoredHint =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as Record<string, unknown>).id === 'string' &&
      typeof (item as Record<string, unknown>).vendor === 'string' &&
      typeof (item as Record<string, unknown>).baseUrl === 'string',
  );
}

/**
 * The stored connection store.ts will make active, or null where it cannot tell: with the embedded
 * backend the built-in demo connections come first, and the first release's key is migrated by
 * the app itself.
 */
export function activeConnectionHint(storage: HintStorage, embedded: boolean): ConnectionHint | null {
  if (storage.local(LEGACY_CONNECTION_STORAGE_KEY) !== null) return null;
  const stored = storedHints(storage.local(CONNECTIONS_STORAGE_KEY));
  const wanted = storage.session(ACTIVE_CONNECTION_STORAGE_KEY) ?? storage.local(ACTIVE_CONNECTION_STORAGE_KEY);
  const chosen = stored.find((connection) => connection.id === wanted);
  if (chosen) return { vendor: chosen.vendor, baseUrl: chosen.baseUrl };
  if (embedded) return null;
  const first = stored[0];
  return first ? { vendor: first.vendor, baseUrl: first.baseUrl } : null;
}

/**
 * The other origin a connection's requests go to, worth a preconnect; null for the app's own
 * origin (a /proxy/* path) and for anything that is not http(s).
 */
export function crossOriginOf(baseUrl: string, appOrigin: string): string | null {
  let url: URL;
  try {
    url = new URL(baseUrl, appOrigin);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.origin === appOrigin ? null : url.origin;
}

function safely(read: () => Storage, key: string): string | null {
  try {
    return read().getItem(key);
  } catch {
    return null;
  }
}

/** The browser's own storage, read so that a blocked one (privacy settings) answers null. */
export const browserHintStorage: HintStorage = {
  local: (key) => safely(() => localStorage, key),
  session: (key) => safely(() => sessionStorage, key),
};
