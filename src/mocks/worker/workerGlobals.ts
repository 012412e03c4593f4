/**
 * Imported first by the worker: MSW's cookie jar (which Digital Audience's session uses) expects
 * `localStorage`, which workers lack. A worker's jar lives as long as the worker, shared by its tabs.
 */
if (typeof globalThis.localStorage === 'undefined') {
  const items = new Map<string, string>();
  const memoryStorage: Storage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage });
}

export {};
