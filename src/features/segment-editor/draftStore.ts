/**
 * Unsaved editor drafts in local storage, one per connection and segment, so a reload, a crash or
 * a closed tab never costs a marketer their work. Storage failures (quota, private mode) are
 * swallowed: a draft is a safety net, never a reason for the editor to break.
 */
import { connectionStoragePrefix } from '@/api/connections';
import { keysWithPrefix, readItem, removeItem, writeItem } from '@/api/connections';
import { currentTabId, isTabAlive } from './editorTabs';

/**
 * A save whose outcome is unknown (lost answer, timeout, 5xx, unreadable body). Kept with the draft
 * so a retry, even after a reload, re-sends it under the same Request-ID and the server replays its
 * first answer instead of writing twice.
 */
export interface UncertainWrite {
  requestId: string;
  /** The segment as it was sent, JSON; a create is re-sent exactly as it was. */
  sent: string;
  mode: 'create' | 'update';
}

export interface DraftMeta {
  /** A fingerprint of the server copy the draft started from: when the server's differs, it changed since. */
  base?: string;
  uncertainWrite?: UncertainWrite;
}

export interface Draft<T> extends DraftMeta {
  /** Epoch milliseconds of the last write. */
  savedAt: number;
  values: T;
}

const isUncertainWrite = (value: unknown): value is UncertainWrite => {
  if (typeof value !== 'object' || value === null) return false;
  const { requestId, sent, mode } = value as Record<string, unknown>;
  return typeof requestId === 'string' && typeof sent === 'string' && (mode === 'create' || mode === 'update');
};

function savedAtOf(raw: string | null): number {
  try {
    return raw === null ? NaN : Number((JSON.parse(raw) as { savedAt?: unknown }).savedAt);
  } catch {
    return NaN;
  }
}

/** Where every tab's drafts of one segment (or of a new one) start. */
export function draftPrefix(connectionId: string, segmentId: string | undefined): string {
  return `${connectionStoragePrefix(connectionId)}draft:v2:${segmentId ?? 'new'}:`;
}

/**
 * One draft per connection, segment and tab: under the connection's storage prefix, so removing
 * the connection removes its drafts; per tab, so two tabs never overwrite each other.
 */
export function draftKey(connectionId: string, segmentId: string | undefined, tabId: string = currentTabId()): string {
  return `${draftPrefix(connectionId, segmentId)}${tabId}`;
}

/**
 * The newest draft of this segment left by a tab that closed or crashed, moved under this tab's
 * key; null when there is none. Drafts of tabs still open stay theirs.
 */
export function adoptOrphanDraft(storage: Storage, connectionId: string, segmentId: string | undefined): string | null {
  const prefix = draftPrefix(connectionId, segmentId);
  const own = draftKey(connectionId, segmentId);
  let newest: { key: string; savedAt: number; raw: string } | null = null;
  for (const key of keysWithPrefix(storage, prefix)) {
    if (key === own || isTabAlive(key.slice(prefix.length))) continue;
    const raw = readItem(storage, key);
    const savedAt = savedAtOf(raw);
    if (raw !== null && Number.isFinite(savedAt) && (!newest || savedAt > newest.savedAt))
      newest = { key, savedAt, raw };
  }
  if (!newest || !writeItem(storage, own, newest.raw)) return null;
  removeItem(storage, newest.key);
  return own;
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
    const { savedAt, values, base, uncertainWrite } = stored as Record<string, unknown>;
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
    const parsed = parse(values);
    if (parsed === null) return null;
    return {
      savedAt,
      values: parsed,
      ...(typeof base === 'string' ? { base } : {}),
      ...(isUncertainWrite(uncertainWrite) ? { uncertainWrite } : {}),
    };
  } catch {
    return null;
  }
}

/** Returns whether the draft was stored. */
export function writeDraft<T>(storage: Storage, key: string, values: T, now: number, meta: DraftMeta = {}): boolean {
  try {
    const draft: Draft<T> = { savedAt: now, values, ...meta };
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
