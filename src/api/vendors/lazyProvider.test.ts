import { capabilities } from '../capabilities';
import { isApiError } from '../errors';
import type { SegmentsProvider } from '../provider';
import { adapterLoader, lazyProvider } from './lazyProvider';
import type { ProviderSettings, VendorAdapter } from './settings';

const LIST_ONLY = capabilities({ kinds: ['dynamic'] });
const SETTINGS: ProviderSettings = { connectionId: 'c-1', baseUrl: 'https://x.test', secrets: {}, demo: false };

function fakeAdapter(): VendorAdapter & { created: ProviderSettings[] } {
  const created: ProviderSettings[] = [];
  return {
    created,
    create(settings) {
      created.push(settings);
      return {
        connectionId: settings.connectionId,
        list: () => Promise.resolve({ items: [{ id: 7, name: 'Loaded', tags: [] }], nextCursor: null, total: 1 }),
        payload: (segment) => ({ body: { name: segment.name } }),
      } as Partial<SegmentsProvider> as SegmentsProvider;
    },
  };
}

/** A chunk download that fails `failures` times (a network blip, a dropped connection), then succeeds. */
function flakyImport(failures: number, adapter: VendorAdapter) {
  let attempts = 0;
  return vi.fn<() => Promise<VendorAdapter>>(() => {
    attempts += 1;
    return attempts <= failures
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/push0-abc.js'))
      : Promise.resolve(adapter);
  });
}

describe('adapterLoader', () => {
  it('downloads once, however many providers ask at the same time', async () => {
    const adapter = fakeAdapter();
    const importModule = vi.fn<() => Promise<VendorAdapter>>(() => Promise.resolve(adapter));
    const loader = adapterLoader(importModule);
    expect(loader.loaded()).toBeNull();
    await Promise.all([loader.load(), loader.load()]);
    await loader.load();
    expect(importModule).toHaveBeenCalledTimes(1);
    expect(loader.loaded()).not.toBeNull();
  });

  it('says a failed download plainly, with Retry, and downloads anew when retried', async () => {
    const adapter = fakeAdapter();
    const importModule = flakyImport(1, adapter);
    const loader = adapterLoader(importModule);
    const error: unknown = await loader.load().catch((caught: unknown) => caught);
    expect(isApiError(error)).toBe(true);
    if (!isApiError(error)) return;
    expect(error.code).toBe('module_load');
    expect(error.action).toBe('retry');
    expect(error.text('en')).toBe(
      'Part of the app could not be downloaded. Check your network connection and retry; if it keeps failing, reload the page.',
    );
    expect(error.text('ru')).toMatch(/^Не удалось загрузить часть приложения\./);
    expect(String((error.cause as Error).message)).toContain('push0-abc.js');

    await expect(loader.load()).resolves.toBeDefined();
    expect(importModule).toHaveBeenCalledTimes(2);
  });
});

describe('lazyProvider', () => {
  it('starts the download when the provider is made, and answers through the adapter', async () => {
    const adapter = fakeAdapter();
    const importModule = vi.fn<() => Promise<VendorAdapter>>(() => Promise.resolve(adapter));
    const provider = lazyProvider(adapterLoader(importModule), SETTINGS, LIST_ONLY);
    expect(importModule).toHaveBeenCalledTimes(1);
    await expect(provider.list()).resolves.toMatchObject({ items: [{ name: 'Loaded' }] });
    expect(adapter.created).toEqual([SETTINGS]);
  });

  it('makes the adapter’s provider once, and reads payloads synchronously once it is here', async () => {
    const adapter = fakeAdapter();
    const provider = lazyProvider(
      adapterLoader(() => Promise.resolve(adapter)),
      SETTINGS,
      LIST_ONLY,
    );
    await provider.list();
    await provider.list();
    expect(adapter.created).toHaveLength(1);
    const segment = { name: 'Loaded' } as Parameters<SegmentsProvider['payload']>[0];
    expect(provider.payload(segment)).toEqual({ body: { name: 'Loaded' } });
  });

  it('fails a call with the Retry error while the chunk cannot be downloaded, and works on the retry', async () => {
    const adapter = fakeAdapter();
    const importModule = flakyImport(1, adapter);
    const provider = lazyProvider(adapterLoader(importModule), SETTINGS, LIST_ONLY);
    // The first call waits for the download the provider started, which fails; Retry downloads anew.
    await expect(provider.list()).rejects.toMatchObject({ code: 'module_load', action: 'retry' });
    await expect(provider.list()).resolves.toMatchObject({ total: 1 });
    expect(importModule).toHaveBeenCalledTimes(2);
  });

  it('hands out a provider of a loaded adapter without waiting for anything', () => {
    const adapter = fakeAdapter();
    const loader = adapterLoader(() => Promise.resolve(adapter));
    return loader.load().then(() => {
      const provider = lazyProvider(loader, SETTINGS, LIST_ONLY);
      // Built at once, so a payload can be read before any call.
      expect(adapter.created).toHaveLength(1);
      expect(provider.payload({ name: 'Now' } as Parameters<SegmentsProvider['payload']>[0])).toEqual({
        body: { name: 'Now' },
      });
    });
  });
});
