import { createProvider, connectionSchema, type Connection } from './connection';
import { DEMO_BASE_URL, DEMO_TOKEN } from './demo';
import { subscribeRetryNotices } from './retryNotices';
import list from './altcraft/fixtures/list.response.json';
import { scriptedFetch } from './altcraft/testing/fixtures';

describe('createProvider', () => {
  it('points the demo at the embedded backend with estimates', async () => {
    const scripted = scriptedFetch({ 'segments/list/': list }, DEMO_BASE_URL);
    const demo: Connection = { id: 'demo', vendor: 'demo', name: 'Demo', baseUrl: 'ignored', token: 'ignored' };
    const provider = createProvider(demo, { fetch: scripted.fetch });
    await provider.list();
    expect(scripted.calls[0]!.url).toBe(`${DEMO_BASE_URL}/segments/list/`);
    expect(scripted.calls[0]!.headers.get('Authorization')).toBe(`Bearer ${DEMO_TOKEN}`);
    expect(provider.capabilities.estimate).toBe(true);
    expect(provider.estimate).toBeTypeOf('function');
  });

  it('points an Altcraft connection at its own host and token, without demo extras', async () => {
    const base = 'https://acme.altcraft.test/api/v1.1';
    const scripted = scriptedFetch({ 'segments/list/': list }, base);
    const provider = createProvider(
      { id: 'a1', vendor: 'altcraft', name: 'Acme', baseUrl: `${base}/`, token: 'tok' },
      { fetch: scripted.fetch },
    );
    await provider.list();
    expect(scripted.calls[0]!.url).toBe(`${base}/segments/list/`);
    expect(scripted.calls[0]!.headers.get('Authorization')).toBe('Bearer tok');
    expect(provider.connectionId).toBe('a1');
    expect(provider.capabilities.estimate).toBe(false);
  });

  it('reads connections back from storage strictly', () => {
    expect(connectionSchema.safeParse({ id: 'x', vendor: 'push0', name: '', baseUrl: '', token: '' }).success).toBe(
      false,
    );
    expect(
      connectionSchema.safeParse({ id: 'x', vendor: 'altcraft', name: 'n', baseUrl: 'u', token: 't' }).success,
    ).toBe(true);
  });
});

describe('retry notices', () => {
  it('announces an automatic retry of a read, with the wait', async () => {
    const base = 'https://acme.altcraft.test/api/v1.1';
    const busy = new Response(JSON.stringify({ error: 429, error_text: 'Too many requests' }), {
      status: 429,
      headers: { 'Content-Type': 'application/json', 'Retry-After': '1' },
    });
    const scripted = scriptedFetch({ 'segments/list/': [busy, list] }, base);
    const provider = createProvider(
      { id: 'a1', vendor: 'altcraft', name: 'Acme', baseUrl: base, token: 'tok' },
      { fetch: scripted.fetch },
    );
    const notices: string[] = [];
    const unsubscribe = subscribeRetryNotices((notice) => notices.push(notice.error.message));
    await provider.list();
    unsubscribe();
    expect(notices).toEqual(['Too many requests: retrying in 1 s.']);
    expect(scripted.calls).toHaveLength(2);
  });
});
