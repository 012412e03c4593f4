/**
 * Unsaved editor drafts in local storage, one per connection and segment, so a reload, a crash or
 * a closed tab never costs a marketer their work. Storage failures (quota, private mode) are
 * swallowed: a draft is a safety net, never a reason for the editor to break.
 */
import { connectionStoragePrefix } from '@/api/connections';

export interface Draft<T> {
  /** Epoch milliseconds of the last write. */
  savedAt: number;
  values: T;
}

/** Under the connection's storage prefix, so removing the connection removes its drafts. */
export function draftKey(connectionId: string, segmentId: string | undefined): string {
  return `${connectionStoragePrefix(connectionId)}draft:v1:${segmentId ?? 'new'}`;
}

/** Reads a draft; anything unreadable or failing `parse` is dropped rather than restored half-broken. */
export function readDraft<T>(storage: Storage, key: string, parse: (values: unknown) => T | null): Draft<T> | null {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const stored: unknown = JSON.parse(raw);
    if (typeof stored !== 'object' || stored === null) return null;
    const { savedAt, values } = stored as { savedAt?: unknown; values?: unknown };
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
    const parsed = parse(values);
    return parsed === null ? null : { savedAt, values: parsed };
  } catch {
    return null;
  }
}

/** Returns whether the draft was stored. */
export function writeDraft<T>(storage: Storage, key: string, values: T, now: number): boolean {
  try {
    const draft: Draft<T> = { savedAt: now, values };
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: Storage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to clean up if storage is unavailable.
  }
}
