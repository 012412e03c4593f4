/**
 * The user's connections and which one this tab uses. Configuration persists in localStorage;
 * secrets live apart, in sessionStorage (gone with the tab) unless the user ticked "Remember on
 * this device"; the active connection is per tab (sessionStorage), so two tabs can work on two
 * connections, and the last choice seeds new tabs. Storage that fails never breaks the app: the
 * functions that write say whether they could.
 */
import { EMBEDDED_BACKEND_AVAILABLE } from '../embeddedBackend';
import { newUuid } from '../http';
import { builtInConnections, builtInSecrets } from './builtIn';
import { connectionSchema, connectionSecretsSchema, type Connection, type ConnectionSecrets } from './model';
import { keysWithPrefix, localStore, readItem, removeItem, sessionStore, writeItem } from './safeStorage';
import {
  ACTIVE_CONNECTION_STORAGE_KEY as ACTIVE_KEY,
  CONNECTIONS_STORAGE_KEY as CONNECTIONS_KEY,
  LEGACY_CONNECTION_STORAGE_KEY as LEGACY_KEY,
} from './storageKeys';

const SECRETS_PREFIX = 'segment-studio:secrets:v2:';
const secretsKey = (id: string) => `${SECRETS_PREFIX}${id}`;

/** Everything the app keeps for one connection (drafts, say) lives under this prefix, so it goes with it. */
export function connectionStoragePrefix(id: string): string {
  return `segment-studio:c:${id}:`;
}

export interface ConnectionsSnapshot {
  connections: readonly Connection[];
  active: Connection | null;
}

let builtInAvailable = EMBEDDED_BACKEND_AVAILABLE;
/**
 * What storage refused to keep (quota, private mode): it lasts for this page, so a save that could
 * not be written still works until the tab closes, as Settings then says.
 */
const unstoredConnections = new Map<string, Connection>();
const unstoredSecrets = new Map<string, ConnectionSecrets>();
let snapshot: ConnectionsSnapshot | null = null;
const revisions = new Map<string, number>();
const listeners = new Set<() => void>();

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function readUserConnections(): Connection[] {
  const connections = readStoredConnections();
  for (const [id, connection] of unstoredConnections) {
    const index = connections.findIndex((c) => c.id === id);
    if (index >= 0) connections[index] = connection;
    else connections.push(connection);
  }
  return connections;
}

function readStoredConnections(): Connection[] {
  const stored = parseJson(readItem(localStore(), CONNECTIONS_KEY));
  if (!Array.isArray(stored)) return [];
  const connections: Connection[] = [];
  for (const item of stored) {
    const parsed = connectionSchema.safeParse(item);
    // A built-in id in storage (an old or tampered entry) never shadows the real built-in.
    if (parsed.success && !parsed.data.builtIn && builtInSecrets(parsed.data.id) === null)
      connections.push(parsed.data);
  }
  return connections;
}

function writeUserConnections(connections: readonly Connection[]): boolean {
  const stored = connections.filter((c) => !c.builtIn && !unstoredConnections.has(c.id));
  return writeItem(localStore(), CONNECTIONS_KEY, JSON.stringify(stored));
}

/** Brings the first release's single Altcraft connection over, once. */
function migrateLegacy(): void {
  for (const [storage, remember] of [
    [sessionStore(), false],
    [localStore(), true],
  ] as const) {
    const legacy = parseJson(readItem(storage, LEGACY_KEY));
    removeItem(storage, LEGACY_KEY);
    if (typeof legacy !== 'object' || legacy === null) continue;
    const { vendor, baseUrl, token } = legacy as Record<string, unknown>;
    if (vendor !== 'altcraft' || typeof baseUrl !== 'string' || typeof token !== 'string') continue;
    if (readUserConnections().some((c) => c.baseUrl === baseUrl)) continue;
    const name = hostOf(baseUrl);
    saveConnection({ vendor: 'altcraft', name, baseUrl, remember }, { token });
  }
}

/** What names a connection by its address: the host, or the path of a same-origin proxy target. */
export function hostOf(baseUrl: string): string {
  // "/proxy/da" on the app's own origin: the path tells two proxy targets apart, "localhost" would not.
  if (baseUrl.startsWith('/')) return baseUrl.replace(/\/+$/, '') || baseUrl;
  try {
    return new URL(baseUrl, 'http://localhost').host || baseUrl;
  } catch {
    return baseUrl;
  }
}

function computeSnapshot(): ConnectionsSnapshot {
  const connections = [...builtInConnections(builtInAvailable), ...readUserConnections()];
  const wanted = readItem(sessionStore(), ACTIVE_KEY) ?? readItem(localStore(), ACTIVE_KEY);
  const active = connections.find((c) => c.id === wanted) ?? connections[0] ?? null;
  return { connections, active };
}

export function connectionsSnapshot(): ConnectionsSnapshot {
  if (snapshot === null) {
    migrateLegacy();
    snapshot = computeSnapshot();
  }
  return snapshot;
}

function changed(): void {
  snapshot = null;
  listeners.forEach((listener) => listener());
}

export function subscribeConnections(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another tab added, edited or removed a connection: this tab's list follows.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === CONNECTIONS_KEY || event.key.startsWith(SECRETS_PREFIX)) changed();
  });
}

export function listConnections(): readonly Connection[] {
  return connectionsSnapshot().connections;
}

export function getActiveConnection(): Connection | null {
  return connectionsSnapshot().active;
}

export function findConnection(id: string): Connection | null {
  return listConnections().find((c) => c.id === id) ?? null;
}

/** Makes `id` this tab's connection, and the one new tabs start with. */
export function setActiveConnection(id: string): void {
  writeItem(sessionStore(), ACTIVE_KEY, id);
  writeItem(localStore(), ACTIVE_KEY, id);
  changed();
}

/** Bumped on every edit, so providers and caches of the old settings are never reused. */
export function connectionRevision(id: string): number {
  return revisions.get(id) ?? 0;
}

export interface ConnectionInput extends Omit<Connection, 'id' | 'builtIn'> {
  /** Absent for a new connection. */
  id?: string;
}

export interface SaveResult {
  connection: Connection;
  /** False when storage refused the write (quota, private mode): the connection lasts for this page only. */
  stored: boolean;
}

/**
 * Adds or replaces a user connection. `secrets` absent keeps the stored ones (an edit that did not
 * retype the secret), moved to the store that `remember` asks for.
 */
export function saveConnection(input: ConnectionInput, secrets?: ConnectionSecrets): SaveResult {
  const id = input.id ?? `c-${newUuid().slice(0, 8)}`;
  const connection: Connection = { ...input, id };
  const kept = secrets ?? readStoredSecrets(id);
  unstoredConnections.delete(id);
  unstoredSecrets.delete(id);
  const others = readStoredConnections().filter((c) => c.id !== id);
  let stored = writeItem(localStore(), CONNECTIONS_KEY, JSON.stringify([...others, connection]));
  if (!stored) unstoredConnections.set(id, connection);
  removeItem(sessionStore(), secretsKey(id));
  removeItem(localStore(), secretsKey(id));
  if (kept) {
    const target = connection.remember ? localStore() : sessionStore();
    if (!writeItem(target, secretsKey(id), JSON.stringify(kept))) {
      unstoredSecrets.set(id, kept);
      stored = false;
    }
  }
  revisions.set(id, connectionRevision(id) + 1);
  changed();
  return { connection, stored };
}

/** Removes a user connection with its secrets and everything kept for it; built-ins stay. */
export function removeConnection(id: string): void {
  const connection = findConnection(id);
  if (!connection || connection.builtIn) return;
  unstoredConnections.delete(id);
  writeUserConnections(readStoredConnections().filter((c) => c.id !== id));
  forgetSecrets(id);
  clearConnectionData(id);
  if (readItem(sessionStore(), ACTIVE_KEY) === id) removeItem(sessionStore(), ACTIVE_KEY);
  if (readItem(localStore(), ACTIVE_KEY) === id) removeItem(localStore(), ACTIVE_KEY);
  revisions.set(id, connectionRevision(id) + 1);
  changed();
}

/** Signs out: the secrets go, the connection stays for the next sign-in. */
export function forgetSecrets(id: string): void {
  unstoredSecrets.delete(id);
  removeItem(sessionStore(), secretsKey(id));
  removeItem(localStore(), secretsKey(id));
  changed();
}

/** Signs out: the secrets and everything kept for the connection (drafts) go; the connection stays. */
export function signOut(id: string): void {
  clearConnectionData(id);
  forgetSecrets(id);
}

/** Drops what the app kept for a connection (drafts), e.g. when its data is reset. */
export function clearConnectionData(id: string): void {
  const prefix = connectionStoragePrefix(id);
  for (const storage of [localStore(), sessionStore()]) {
    for (const key of keysWithPrefix(storage, prefix)) removeItem(storage, key);
  }
}

function readStoredSecrets(id: string): ConnectionSecrets | null {
  const unstored = unstoredSecrets.get(id);
  if (unstored) return unstored;
  for (const storage of [sessionStore(), localStore()]) {
    const parsed = connectionSecretsSchema.safeParse(parseJson(readItem(storage, secretsKey(id))));
    if (parsed.success) return parsed.data;
  }
  return null;
}

/** The secrets a provider sends; empty when none are stored (the server then answers 401). */
export function secretsOf(connection: Connection): ConnectionSecrets {
  return builtInSecrets(connection.id) ?? readStoredSecrets(connection.id) ?? {};
}

/** Whether a secret is stored, for "a token is set" without showing it. */
export function hasStoredSecret(id: string): boolean {
  const secrets = readStoredSecrets(id);
  return secrets !== null && Object.values(secrets).some((value) => Boolean(value));
}

/** Tests: forget the cached state; `embedded` says whether the built-in demos exist. */
export function resetConnectionsForTests(embedded: boolean = EMBEDDED_BACKEND_AVAILABLE): void {
  builtInAvailable = embedded;
  revisions.clear();
  unstoredConnections.clear();
  unstoredSecrets.clear();
  changed();
}
