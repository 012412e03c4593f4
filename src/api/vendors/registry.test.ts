import list from '../altcraft/fixtures/list.response.json';
import { scriptedFetch } from '../altcraft/testing/fixtures';
import { VENDORS } from './registry';
import type { ProviderSettings } from './settings';

// Records which adapter modules were imported, and when: a mock factory runs on the module's first import.
const imported = vi.hoisted(() => [] as string[]);
vi.mock('./altcraft', async (importOriginal) => {
  imported.push('altcraft');
  return importOriginal();
});
vi.mock('./push0', async (importOriginal) => {
  imported.push('push0');
  return importOriginal();
});
vi.mock('./digitalAudience', async (importOriginal) => {
  imported.push('digitalAudience');
  return importOriginal();
});

const BASE = 'https://acme.altcraft.test/api/v1.1';

function settings(overrides: Partial<ProviderSettings> = {}): ProviderSettings {
  return { connectionId: 'c-1', baseUrl: BASE, secrets: { token: 'tok' }, demo: false, ...overrides };
}

describe('the vendor registry loads adapters on demand', () => {
  it('loads no adapter until a provider is asked for, then only that vendor’s', async () => {
    // Labels, form fields and capabilities are there without any adapter.
    expect(VENDORS.altcraft.label).toBe('Altcraft');
    expect(VENDORS.altcraft.capabilities(false).editing).toBe(true);
    expect(imported).toEqual([]);

    const scripted = scriptedFetch({ 'segments/list/': list }, BASE);
    const provider = VENDORS.altcraft.create(settings({ fetch: scripted.fetch }));
    // Known before the adapter arrives: what the builder offers does not wait for a download.
    expect(provider.capabilities.editing).toBe(true);
    expect(provider.connectionId).toBe('c-1');

    const page = await provider.list();
    expect(page.items.length).toBeGreaterThan(0);
    expect(scripted.calls[0]!.headers.get('Authorization')).toBe('Bearer tok');
    expect(imported).toEqual(['altcraft']);
    expect(VENDORS.altcraft.adapter.loaded()).not.toBeNull();
    expect(VENDORS.push0.adapter.loaded()).toBeNull();
    expect(VENDORS.digitalAudience.adapter.loaded()).toBeNull();
  });

  it('builds a second provider of a loaded vendor without another import', async () => {
    await VENDORS.altcraft.adapter.load();
    const scripted = scriptedFetch({ 'segments/list/': list }, BASE);
    await VENDORS.altcraft.create(settings({ connectionId: 'c-2', fetch: scripted.fetch })).list();
    expect(imported.filter((name) => name === 'altcraft')).toHaveLength(1);
  });

  it('offers optional methods exactly where the capabilities do, before the adapter is here', () => {
    const real = VENDORS.altcraft.create(settings());
    const demo = VENDORS.altcraft.create(settings({ demo: true }));
    expect(real.estimate).toBeUndefined();
    expect(real.checkProfile).toBeUndefined();
    expect(demo.estimate).toBeTypeOf('function');
    expect(demo.listMembers).toBeTypeOf('function');
    const da = VENDORS.digitalAudience.create(
      settings({ baseUrl: '/proxy/da', audienceId: '1001', secrets: { userName: 'u', password: 'p' } }),
    );
    expect(da.updateEndDate).toBeTypeOf('function');
    expect(da.createAudience).toBeTypeOf('function');
    expect(da.estimate).toBeUndefined();
  });
});
