import { ADAPTER_IMPORTS, prefetchAdapter } from './adapterImports';
import { VENDOR_IDS } from './registry';

describe('adapter imports', () => {
  it('has one adapter per vendor of the registry, each with a provider factory', async () => {
    expect(Object.keys(ADAPTER_IMPORTS).sort()).toEqual([...VENDOR_IDS].sort());
    for (const load of Object.values(ADAPTER_IMPORTS)) expect(typeof (await load()).create).toBe('function');
  });

  it('prefetches nothing for a name that is no vendor (a hint from odd storage), and never throws', () => {
    expect(() => prefetchAdapter('toString')).not.toThrow();
    expect(() => prefetchAdapter('nonsense')).not.toThrow();
  });
});
