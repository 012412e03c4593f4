import {
  clearConnectionData,
  connectionStoragePrefix,
  findConnection,
  forgetSecrets,
  getActiveConnection,
  hasStoredSecret,
  listConnections,
  removeConnection,
  resetConnectionsForTests,
  saveConnection,
  secretsOf,
  setActiveConnection,
  subscribeConnections,
} from './store';
import { DEMO_CONNECTION_ID } from './builtIn';

const acme = { vendor: 'altcraft', name: 'Acme', baseUrl: 'https://acme.test/api/v1.1', remember: false } as const;

describe('connections store', () => {
  it('starts with one built-in demo connection per vendor, the Altcraft one active', () => {
    const connections = listConnections();
    expect(connections.map((c) => c.vendor)).toEqual(['altcraft', 'push0', 'digitalAudience']);
    expect(connections.every((c) => c.builtIn)).toBe(true);
    expect(getActiveConnection()?.id).toBe(DEMO_CONNECTION_ID);
  });

  it('has no connection at all in a build without the embedded backend', () => {
    resetConnectionsForTests(false);
    expect(listConnections()).toEqual([]);
    expect(getActiveConnection()).toBeNull();
  });

  it('keeps configuration in localStorage and the secret in sessionStorage unless remembered', () => {
    const { connection, stored } = saveConnection(acme, { token: 'tok-1' });
    expect(stored).toBe(true);
    expect(localStorage.getItem('segment-studio:connections:v2')).toContain('acme.test');
    expect(JSON.stringify({ ...localStorage })).not.toContain('tok-1');
    expect(JSON.stringify({ ...sessionStorage })).toContain('tok-1');
    expect(secretsOf(connection)).toEqual({ token: 'tok-1' });

    saveConnection({ ...acme, id: connection.id, remember: true });
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('tok-1');
    expect(JSON.stringify({ ...localStorage })).toContain('tok-1');
    expect(hasStoredSecret(connection.id)).toBe(true);
  });

  it('keeps the stored secret when an edit does not retype it', () => {
    const { connection } = saveConnection(acme, { token: 'tok-1' });
    saveConnection({ ...acme, id: connection.id, name: 'Acme EU' });
    expect(findConnection(connection.id)?.name).toBe('Acme EU');
    expect(secretsOf(findConnection(connection.id)!)).toEqual({ token: 'tok-1' });
  });

  it('switches per tab and remembers the choice for new tabs', () => {
    const { connection } = saveConnection(acme, { token: 't' });
    setActiveConnection(connection.id);
    expect(getActiveConnection()?.id).toBe(connection.id);
    expect(sessionStorage.getItem('segment-studio:active-connection:v2')).toBe(connection.id);
    // A new tab: nothing in its sessionStorage yet, so it starts where the last choice was.
    sessionStorage.clear();
    resetConnectionsForTests();
    expect(getActiveConnection()?.id).toBe(connection.id);
  });

  it('removes a user connection with its secrets and drafts, and never a built-in one', () => {
    const { connection } = saveConnection(acme, { token: 't' });
    setActiveConnection(connection.id);
    localStorage.setItem(`${connectionStoragePrefix(connection.id)}draft:v1:new`, '{}');
    removeConnection(connection.id);
    expect(findConnection(connection.id)).toBeNull();
    expect(hasStoredSecret(connection.id)).toBe(false);
    expect(localStorage.getItem(`${connectionStoragePrefix(connection.id)}draft:v1:new`)).toBeNull();
    expect(getActiveConnection()?.id).toBe(DEMO_CONNECTION_ID);

    removeConnection(DEMO_CONNECTION_ID);
    expect(findConnection(DEMO_CONNECTION_ID)).not.toBeNull();
  });

  it('signs out by forgetting secrets only, and clears a connection\u2019s data on demand', () => {
    const { connection } = saveConnection(acme, { token: 't' });
    forgetSecrets(connection.id);
    expect(hasStoredSecret(connection.id)).toBe(false);
    expect(findConnection(connection.id)).not.toBeNull();
    sessionStorage.setItem(`${connectionStoragePrefix('demo')}draft:v1:7`, '{}');
    clearConnectionData('demo');
    expect(sessionStorage.getItem(`${connectionStoragePrefix('demo')}draft:v1:7`)).toBeNull();
  });

  it('ignores damaged storage and stored entries that pose as built-ins', () => {
    localStorage.setItem(
      'segment-studio:connections:v2',
      JSON.stringify([
        { id: 'demo', vendor: 'altcraft', name: 'Fake', baseUrl: 'https://evil.test', remember: false },
        5,
      ]),
    );
    resetConnectionsForTests();
    expect(listConnections().filter((c) => c.id === 'demo')).toHaveLength(1);
    expect(findConnection('demo')?.name).toBe('Demo · Altcraft');
    localStorage.setItem('segment-studio:connections:v2', '{not json');
    resetConnectionsForTests();
    expect(listConnections()).toHaveLength(3);
  });

  it('says when storage refuses a write, and never throws', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      const { connection, stored } = saveConnection(acme, { token: 't' });
      expect(stored).toBe(false);
      // It lasts for this page, as Settings says.
      expect(findConnection(connection.id)?.name).toBe('Acme');
      expect(secretsOf(connection)).toEqual({ token: 't' });
      expect(() => setActiveConnection('demo')).not.toThrow();
    } finally {
      setItem.mockRestore();
    }
  });

  it('brings the first release\u2019s single connection over once', () => {
    localStorage.setItem(
      'segment-studio:connection:v1',
      JSON.stringify({ id: 'x', vendor: 'altcraft', name: 'n', baseUrl: 'https://old.test/api/v1.1', token: 'old' }),
    );
    resetConnectionsForTests();
    const migrated = listConnections().find((c) => c.baseUrl === 'https://old.test/api/v1.1');
    expect(migrated).toMatchObject({ vendor: 'altcraft', name: 'old.test', remember: true });
    expect(secretsOf(migrated!)).toEqual({ token: 'old' });
    expect(localStorage.getItem('segment-studio:connection:v1')).toBeNull();
  });

  it('tells subscribers about every change, and follows other tabs', () => {
    const listener = vi.fn<() => void>();
    const unsubscribe = subscribeConnections(listener);
    saveConnection(acme, { token: 't' });
    expect(listener).toHaveBeenCalled();
    listener.mockClear();
    window.dispatchEvent(new StorageEvent('storage', { key: 'segment-studio:connections:v2' }));
    expect(listener).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new StorageEvent('storage', { key: 'unrelated' }));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});
