import { useMemo, useSyncExternalStore } from 'react';
import { connectionSchema, createProvider, type Connection } from './connection';
import { DEMO_BASE_URL, DEMO_TOKEN } from './demo';
import type { SegmentsProvider } from './provider';

export const DEMO_CONNECTION: Connection = {
  id: 'demo',
  vendor: 'demo',
  name: 'Embedded demo',
  baseUrl: DEMO_BASE_URL,
  token: DEMO_TOKEN,
};

const STORAGE_KEY = 'segment-studio:connection:v1';
const listeners = new Set<() => void>();
let cached: Connection | null = null;

function readStored(storage: Storage): Connection | null {
  try {
    const parsed = connectionSchema.safeParse(JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Credentials live in sessionStorage (gone with the tab) unless the user asked to be
 * remembered on this device; they never go into a URL or a log.
 */
export function getActiveConnection(): Connection {
  cached ??= readStored(sessionStorage) ?? readStored(localStorage) ?? DEMO_CONNECTION;
  return cached;
}

export function isRemembered(): boolean {
  return readStored(localStorage) !== null;
}

export function setActiveConnection(connection: Connection, { remember = false } = {}): void {
  const serialized = JSON.stringify(connection);
  sessionStorage.setItem(STORAGE_KEY, serialized);
  if (remember) localStorage.setItem(STORAGE_KEY, serialized);
  else localStorage.removeItem(STORAGE_KEY);
  cached = connection;
  listeners.forEach((listener) => listener());
}

/** Forgets any stored connection (tests, sign-out). */
export function resetActiveConnection(): void {
  sessionStorage.removeItem(STORAGE_KEY);
  localStorage.removeItem(STORAGE_KEY);
  cached = null;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useActiveConnection(): Connection {
  return useSyncExternalStore(subscribe, getActiveConnection, getActiveConnection);
}

/** The provider for the active connection, rebuilt only when the connection changes. */
export function useProvider(): { connection: Connection; provider: SegmentsProvider } {
  const connection = useActiveConnection();
  const provider = useMemo(() => createProvider(connection), [connection]);
  return { connection, provider };
}
