/**
 * The embedded backend's records in IndexedDB: one object store of key → record. Every write is one
 * readwrite transaction, so it lands whole or not at all; a full disk (QuotaExceededError), a
 * private mode without IndexedDB or any other failure rejects, and the request that wrote fails.
 */
import type { RecordChange, RecordStorage } from './records';

const STORE = 'records';

const settled = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const finished = (transaction: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    // A quota error surfaces as an abort whose error is the QuotaExceededError.
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });

/**
 * Opens (creating when missing) the database `name`. Names carry the data's version: a new version
 * starts empty (and is seeded), and the databases of `older` names are deleted to free their space.
 */
export async function openIndexedDbRecords(name: string, older: readonly string[] = []): Promise<RecordStorage> {
  for (const old of older) indexedDB.deleteDatabase(old);
  const opening = indexedDB.open(name, 1);
  opening.onupgradeneeded = () => {
    if (!opening.result.objectStoreNames.contains(STORE)) opening.result.createObjectStore(STORE);
  };
  const db = await settled(opening);

  return {
    async load() {
      const transaction = db.transaction(STORE, 'readonly');
      const store = transaction.objectStore(STORE);
      const [keys, values] = await Promise.all([settled(store.getAllKeys()), settled(store.getAll())]);
      return new Map(keys.map((key, index) => [String(key), values[index]]));
    },
    read(key: string) {
      return settled(db.transaction(STORE, 'readonly').objectStore(STORE).get(key));
    },
    write(change: RecordChange) {
      const transaction = db.transaction(STORE, 'readwrite');
      const done = finished(transaction);
      const store = transaction.objectStore(STORE);
      try {
        for (const [key, value] of change.puts) store.put(value, key);
        for (const key of change.deletes) store.delete(key);
      } catch (error) {
        // A value that cannot be cloned throws here; nothing of this transaction is kept.
        done.catch(() => undefined);
        transaction.abort();
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      return done;
    },
    clear() {
      const transaction = db.transaction(STORE, 'readwrite');
      const done = finished(transaction);
      transaction.objectStore(STORE).clear();
      return done;
    },
  };
}
