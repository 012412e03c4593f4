/**
 * Storage that never throws: private modes, quotas and disabled storage turn into "not stored",
 * which callers report, instead of a crashed page.
 */
export function readItem(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Whether the value was stored. */
export function writeItem(storage: Storage | undefined, key: string, value: string): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeItem(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to remove where storage is unavailable.
  }
}

/** Every key of `storage` that starts with `prefix`. */
export function keysWithPrefix(storage: Storage | undefined, prefix: string): string[] {
  const keys: string[] = [];
  try {
    if (!storage) return keys;
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
  } catch {
    // Unreadable storage holds nothing we can list.
  }
  return keys;
}

export const localStore = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);
export const sessionStore = (): Storage | undefined =>
  typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
