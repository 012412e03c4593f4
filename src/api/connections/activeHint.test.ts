import { activeConnectionHint, crossOriginOf, type HintStorage } from './activeHint';
import { ACTIVE_CONNECTION_STORAGE_KEY, CONNECTIONS_STORAGE_KEY, LEGACY_CONNECTION_STORAGE_KEY } from './storageKeys';

const altcraft = { id: 'c-1', vendor: 'altcraft', name: 'Prod', baseUrl: 'https://ac.example.com/api/v1.1' };
const push0 = { id: 'c-2', vendor: 'push0', name: 'Push', baseUrl: 'https://api.push0.com/v1' };

function storage(local: Record<string, string>, session: Record<string, string> = {}): HintStorage {
  return { local: (key) => local[key] ?? null, session: (key) => session[key] ?? null };
}

describe('activeConnectionHint', () => {
  const stored = JSON.stringify([altcraft, push0]);

  it('picks the connection this tab chose, else the one new tabs start with, as the store does', () => {
    const both = storage(
      { [CONNECTIONS_STORAGE_KEY]: stored, [ACTIVE_CONNECTION_STORAGE_KEY]: 'c-1' },
      { [ACTIVE_CONNECTION_STORAGE_KEY]: 'c-2' },
    );
    expect(activeConnectionHint(both, false)).toEqual({ vendor: 'push0', baseUrl: push0.baseUrl });
    const localOnly = storage({ [CONNECTIONS_STORAGE_KEY]: stored, [ACTIVE_CONNECTION_STORAGE_KEY]: 'c-2' });
    expect(activeConnectionHint(localOnly, false)?.vendor).toBe('push0');
  });

  it('falls back to the first stored connection without the embedded backend, and to nothing with it', () => {
    const unknown = storage({ [CONNECTIONS_STORAGE_KEY]: stored, [ACTIVE_CONNECTION_STORAGE_KEY]: 'gone' });
    expect(activeConnectionHint(unknown, false)?.vendor).toBe('altcraft');
    // The built-in demo connections come first there, and the hint cannot see them.
    expect(activeConnectionHint(unknown, true)).toBeNull();
  });

  it('reads nothing it cannot trust: broken JSON, odd entries, the first release’s key', () => {
    expect(activeConnectionHint(storage({ [CONNECTIONS_STORAGE_KEY]: '{not json' }), false)).toBeNull();
    expect(activeConnectionHint(storage({ [CONNECTIONS_STORAGE_KEY]: '[1, {"id": 2}]' }), false)).toBeNull();
    const legacy = storage({ [CONNECTIONS_STORAGE_KEY]: stored, [LEGACY_CONNECTION_STORAGE_KEY]: '{}' });
    expect(activeConnectionHint(legacy, false)).toBeNull();
    expect(activeConnectionHint(storage({}), false)).toBeNull();
  });

  it('carries no secret, whatever the entry holds', () => {
    const withSecret = JSON.stringify([{ ...altcraft, token: 'do-not-copy' }]);
    const hint = activeConnectionHint(storage({ [CONNECTIONS_STORAGE_KEY]: withSecret }), false);
    expect(JSON.stringify(hint)).not.toContain('do-not-copy');
  });
});

describe('crossOriginOf', () => {
  const app = 'https://studio.example.com';

  it('names another http(s) origin, and nothing for the app’s own (a /proxy path) or other schemes', () => {
    expect(crossOriginOf('https://ac.example.com/api/v1.1', app)).toBe('https://ac.example.com');
    expect(crossOriginOf('http://localhost:8787/api/v1.1', app)).toBe('http://localhost:8787');
    expect(crossOriginOf('/proxy/da', app)).toBeNull();
    expect(crossOriginOf('https://studio.example.com/api', app)).toBeNull();
    expect(crossOriginOf('javascript:alert(1)', app)).toBeNull();
    expect(crossOriginOf('http://[bad', app)).toBeNull();
  });
});
