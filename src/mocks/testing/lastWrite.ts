import { REVISION_KEY } from '../backend';
import type { MemoryRecords, RecordChange } from '../storage/records';

/** The last change `storage` accepted, without the revision that every write also stores (backend.ts). */
export function lastDataWrite(storage: MemoryRecords): RecordChange {
  const change = storage.writes.at(-1);
  if (!change) throw new Error('Nothing was written');
  return { puts: change.puts.filter(([key]) => key !== REVISION_KEY), deletes: change.deletes };
}
