/**
 * Which browser tab this is, and which tabs still have an editor open. Drafts are kept per tab and
 * per segment, so two tabs never overwrite each other's work; a draft whose tab closed or crashed
 * (no heartbeat for a while) is adopted by the next editor of that segment, so nothing is lost.
 * The heartbeat lives in localStorage because a new editor must decide synchronously, before its
 * first render, which draft to start from.
 */
import { keysWithPrefix, localStore, readItem, removeItem, sessionStore, writeItem } from '@/api/connections';
import { newUuid } from '@/api/http';

const TAB_ID_KEY = 'segment-studio:tab-id';
const HEARTBEAT_PREFIX = 'segment-studio:editor-tab:';
const HEARTBEAT_MS = 4_000;
/** A tab silent for this long has closed or crashed (background tabs throttle timers to about 1 s). */
const ALIVE_WINDOW_MS = 15_000;

let tabId: string | null = null;

/** This tab's id: kept in sessionStorage, so a reload stays the same tab. */
export function currentTabId(): string {
  if (tabId) return tabId;
  tabId = readItem(sessionStore(), TAB_ID_KEY) ?? newUuid().slice(0, 8);
  writeItem(sessionStore(), TAB_ID_KEY, tabId);
  return tabId;
}

export function isTabAlive(id: string, now: number = Date.now()): boolean {
  if (id === currentTabId()) return true;
  const beat = Number(readItem(localStore(), `${HEARTBEAT_PREFIX}${id}`));
  return Number.isFinite(beat) && now - beat < ALIVE_WINDOW_MS;
}

/** Says "an editor is open in this tab" until the returned stop is called or the page goes. */
export function startEditorHeartbeat(): () => void {
  const key = `${HEARTBEAT_PREFIX}${currentTabId()}`;
  const beat = () => writeItem(localStore(), key, String(Date.now()));
  beat();
  const timer = setInterval(beat, HEARTBEAT_MS);
  const stop = () => {
    clearInterval(timer);
    removeItem(localStore(), key);
  };
  window.addEventListener('pagehide', stop);
  return () => {
    window.removeEventListener('pagehide', stop);
    stop();
  };
}

/** Heartbeats of tabs gone for good, so they do not pile up. */
export function sweepHeartbeats(now: number = Date.now()): void {
  for (const key of keysWithPrefix(localStore(), HEARTBEAT_PREFIX)) {
    const beat = Number(readItem(localStore(), key));
    if (!Number.isFinite(beat) || now - beat > ALIVE_WINDOW_MS * 4) removeItem(localStore(), key);
  }
}

/** Tests: forget this tab's id. */
export function resetTabForTests(): void {
  tabId = null;
}
