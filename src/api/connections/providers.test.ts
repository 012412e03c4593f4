import { DEMO_BASE_URL, DEMO_TOKEN } from '../demo';
import list from '../altcraft/fixtures/list.response.json';
import { scriptedFetch } from '../altcraft/testing/fixtures';
import { subscribeRetryNotices } from '../retryNotices';
import { builtInConnections } from './builtIn';
import { createProvider, providerFor } from './providers';
import { saveConnection } from './store';

describe('providers per connection', () => {
  it('points the Altcraft demo at the embedded backend, with estimates', async () => {
    const scripted = scriptedFetch({ 'segments/list/': list }, DEMO_BASE_URL);
    const provider = createProvider(builtInConnections(true)[0]!, { fetch: scripted.fetch });
    await provider.list();
    expect(scripted.calls[0]!.url).toBe(`${DEMO_BASE_URL}/segments/list/`);
    expect(scripted.calls[0]!.headers.get('Authorization')).toBe(`Bearer ${DEMO_TOKEN}`);
    expect(provider.capabilities.estimate).toBe(true);
  });

  it('points a user connection at its own host and stored token, without demo extras', async () => {
    const base = 'https://acme.altcraft.test/api/v1.1';
    const { connection } = saveConnection(
      { vendor: 'altcraft', name: 'Acme', baseUrl: base, remember: false },
      { token: 'tok' },
    );
    const scripted = scriptedFetch({ 'segments/list/': list }, base);
    const provider = createProvider(connection, { fetch: scripted.fetch });
    await provider.list();
    expect(scripted.calls[0]!.headers.get('Authorization')).toBe('Bearer tok');
    expect(provider.connectionId).toBe(connection.id);
    expect(provider.capabilities.estimate).toBe(false);
  });

  it('keeps one provider per connection until the connection is edited', () => {
    const { connection } = saveConnection(
      { vendor: 'altcraft', name: 'Acme', baseUrl: 'https://a.test', remember: false },
      { token: 't' },
    );
    const first = providerFor(connection);
    expect(providerFor(connection)).toBe(first);
    const { connection: edited } = saveConnection({ ...connection, name: 'Acme 2' }, { token: 't2' });
    expect(providerFor(edited)).not.toBe(first);
  });

  it('builds each vendor through the registry', () => {
    const vendors = builtInConnections(true).map((c) => createProvider(c).capabilities);
    expect(vendors.map((c) => c.editing)).toEqual([true, true, false]);
    expect(vendors.map((c) => c.databases)).toEqual([true, false, false]);
  });

  it('announces an automatic retry of a read, with the wait', async () => {
    const base = 'https://acme.altcraft.test/api/v1.1';
    const busy = new Response(JSON.stringify({ error: 429, error_text: 'Too many requests' }), {
      status: 429,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '1' },
    });
    const { connection } = saveConnection(
      { vendor: 'altcraft', name: 'Acme', baseUrl: base, remember: false },
      { token: 'tok' },
    );
    const scripted = scriptedFetch({ 'segments/list/': [busy, list] }, base);
    const notices: string[] = [];
    const unsubscribe = subscribeRetryNotices((notice) => notices.push(notice.error.message));
    vi.useFakeTimers();
    try {
      const pending = createProvider(connection, { fetch: scripted.fetch }).list();
      await vi.advanceTimersByTimeAsync(1000);
      await pending;
    } finally {
      vi.useRealTimers();
      unsubscribe();
    }
    expect(notices).toEqual(['Too many requests: retrying in 1 s.']);
  });
});
