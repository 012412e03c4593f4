/**
 * Vendor adapters are loaded on first use: each is a chunk of its own (its converters and wire
 * schemas), fetched only for a connection of that vendor. The registry hands out a provider at
 * once; its calls wait for the adapter the first time, and go straight through once it is here.
 * A chunk that failed to download is fetched anew on the next call (the user's Retry).
 */
import type { Capabilities } from '@/domain/model';
import { ApiError } from '../errors';
import type { SegmentsProvider } from '../provider';
import type { ProviderSettings, VendorAdapter } from './settings';

export interface AdapterLoader {
  /** The adapter when it has already arrived, for a provider that needs no wait at all. */
  loaded(): VendorAdapter | null;
  /** The adapter, downloading it the first time; a failed download is tried again on the next call. */
  load(): Promise<VendorAdapter>;
}

/** Wraps a dynamic `import()` of an adapter module: one download shared by every caller. */
export function adapterLoader(importModule: () => Promise<VendorAdapter>): AdapterLoader {
  let adapter: VendorAdapter | null = null;
  let pending: Promise<VendorAdapter> | null = null;
  return {
    loaded: () => adapter,
    load() {
      if (adapter) return Promise.resolve(adapter);
      pending ??= importModule().then(
        (module) => {
          adapter = { create: module.create };
          return adapter;
        },
        (cause: unknown) => {
          pending = null;
          throw new ApiError({ code: 'module_load', cause });
        },
      );
      return pending;
    },
  };
}

type Method<K extends keyof SegmentsProvider> = NonNullable<SegmentsProvider[K]>;

/**
 * A provider for `settings` whose adapter comes from `loader`. Optional methods exist exactly where
 * `capabilities` offers them (the UI checks both), so they are known before the adapter arrives.
 */
export function lazyProvider(
  loader: AdapterLoader,
  settings: ProviderSettings,
  capabilities: Capabilities,
): SegmentsProvider {
  let real: SegmentsProvider | null = null;
  const ready = (): SegmentsProvider | Promise<SegmentsProvider> => {
    if (real) return real;
    const adapter = loader.loaded();
    if (adapter) return (real = adapter.create(settings));
    return loader.load().then((loaded) => (real ??= loaded.create(settings)));
  };
  /** Calls `through` with the adapter's provider, at once when it is here. */
  const call = <T>(through: (provider: SegmentsProvider) => Promise<T>): Promise<T> => {
    const provider = ready();
    return provider instanceof Promise ? provider.then(through) : through(provider);
  };
  // Start the download now: the page's own chunk and data are on their way at the same time.
  void Promise.resolve(ready()).catch(() => undefined);

  /** An optional method of the adapter; a capability without it is the adapter's bug, said plainly. */
  const optional = <K extends keyof SegmentsProvider>(name: K, provider: SegmentsProvider): Method<K> => {
    const method = provider[name];
    if (typeof method !== 'function') throw new Error(`The ${settings.connectionId} provider has no ${String(name)}()`);
    return method.bind(provider) as Method<K>;
  };

  const provider: SegmentsProvider = {
    connectionId: settings.connectionId,
    capabilities,
    list: (params) => call((p) => p.list(params)),
    get: (id, signal) => call((p) => p.get(id, signal)),
    create: (segment, options) => call((p) => p.create(segment, options)),
    update: (segment, options) => call((p) => p.update(segment, options)),
    remove: (id, options) => call((p) => p.remove(id, options)),
    writeRequest: (segment, signal) => call((p) => p.writeRequest(segment, signal)),
    payload(segment) {
      // Every segment on screen came through get() or list(), which waited for the adapter.
      const loaded = ready();
      if (loaded instanceof Promise) throw new Error('payload() before the adapter has loaded');
      return loaded.payload(segment);
    },
    checkConnection: (signal) => call((p) => p.checkConnection(signal)),
    databases: (signal) => call((p) => p.databases(signal)),
    fieldCatalog: (databaseId, signal) => call((p) => p.fieldCatalog(databaseId, signal)),
    counts: (id, options) => call((p) => p.counts(id, options)),
    refreshCounts: (id, options) => call((p) => p.refreshCounts(id, options)),
    taskStatus: (taskId, signal) => call((p) => p.taskStatus(taskId, signal)),
    addStaticMembers: (segmentId, databaseId, profileIds, options) =>
      call((p) => p.addStaticMembers(segmentId, databaseId, profileIds, options)),
    removeStaticMembers: (segmentId, databaseId, profileIds, options) =>
      call((p) => p.removeStaticMembers(segmentId, databaseId, profileIds, options)),
  };
  if (capabilities.estimate) provider.estimate = (draft, signal) => call((p) => optional('estimate', p)(draft, signal));
  if (capabilities.lifecycle)
    provider.updateEndDate = (id, endDate, options) => call((p) => optional('updateEndDate', p)(id, endDate, options));
  if (capabilities.audiences)
    provider.createAudience = (input, options) => call((p) => optional('createAudience', p)(input, options));
  if (capabilities.listMembers)
    provider.listMembers = (segmentId, options) => call((p) => optional('listMembers', p)(segmentId, options));
  if (capabilities.fieldValues)
    provider.fieldValues = (databaseId, field, prefix, signal) =>
      call((p) => optional('fieldValues', p)(databaseId, field, prefix, signal));
  if (capabilities.checkProfile)
    provider.checkProfile = (segmentId, profile, options) =>
      call((p) => optional('checkProfile', p)(segmentId, profile, options));
  return provider;
}
