import type { RetryNotice } from './http';

/**
 * Automatic read retries (429, 5xx, network) are announced here, so the app can say "retrying in
 * N s" once, wherever the read came from, instead of every page handling it.
 */
type Listener = (notice: RetryNotice) => void;

const listeners = new Set<Listener>();

export function publishRetryNotice(notice: RetryNotice): void {
  for (const listener of listeners) listener(notice);
}

export function subscribeRetryNotices(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
