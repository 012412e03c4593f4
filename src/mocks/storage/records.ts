/**
 * Where the embedded backend keeps its data between visits: a set of records by key, written one
 * operation at a time. Each write is all or nothing (IndexedDB: one transaction), so a failed save
 * leaves nothing half-written. The browser uses IndexedDB (indexedDb.ts); tests use memoryRecords.
 *
 * Keys name the vendor and the record: `altcraft:segment:12`, `push0:segment:abc`, `da:audience:3`.
 */

export interface RecordChange {
  /** Records to write (insert or overwrite), by key. */
  puts: ReadonlyArray<readonly [string, unknown]>;
  deletes: readonly string[];
}

export interface RecordStorage {
  /** Every stored record, by key. */
  load(): Promise<Map<string, unknown>>;
  /** One record, or undefined when there is none. */
  read(key: string): Promise<unknown>;
  /** Applies every put and delete together, or none of them; rejects when the change cannot be kept. */
  write(change: RecordChange): Promise<void>;
  /** Drops every record. */
  clear(): Promise<void>;
}

export const isEmptyChange = (change: RecordChange): boolean => change.puts.length === 0 && change.deletes.length === 0;

export interface MemoryRecords extends RecordStorage {
  /** What is stored now (a copy of each value, as a real store would hand back). */
  readonly records: ReadonlyMap<string, unknown>;
  /** Every write it accepted, in order (tests count them). */
  readonly writes: readonly RecordChange[];
  /** Makes every write reject with this error until it is set to null (a full disk, a failing database). */
  failWith(error: Error | null): void;
}

/** Records kept in memory: the tests' storage, with a switch to make writes fail. */
export function memoryRecords(initial: Iterable<readonly [string, unknown]> = []): MemoryRecords {
  const records = new Map<string, unknown>([...initial].map(([key, value]) => [key, structuredClone(value)]));
  const writes: RecordChange[] = [];
  let failure: Error | null = null;
  return {
    records,
    writes,
    failWith(error) {
      failure = error;
    },
    load: () => Promise.resolve(new Map([...records].map(([key, value]) => [key, structuredClone(value)]))),
    read: (key) => Promise.resolve(structuredClone(records.get(key))),
    write(change) {
      if (failure) return Promise.reject(failure);
      // Cloned before anything is applied, as IndexedDB does: a value that cannot be stored fails the whole write.
      const puts = change.puts.map(([key, value]) => [key, structuredClone(value)] as const);
      for (const [key, value] of puts) records.set(key, value);
      for (const key of change.deletes) records.delete(key);
      writes.push(change);
      return Promise.resolve();
    },
    clear() {
      if (failure) return Promise.reject(failure);
      records.clear();
      return Promise.resolve();
    },
  };
}

/** Storage that refuses every write with `error`: what the demo has when IndexedDB cannot be opened. */
export function unavailableRecords(error: Error): RecordStorage {
  return {
    load: () => Promise.resolve(new Map()),
    read: () => Promise.resolve(undefined),
    write: () => Promise.reject(error),
    clear: () => Promise.resolve(),
  };
}

/** A plain-words reason for a failed write, for the error the request answers with. */
export function storageFailureReason(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return "the browser's storage for this site is full";
  const message = error instanceof Error ? error.message : String(error);
  return `the browser's storage refused it (${name ? `${name}: ` : ''}${message})`;
}
