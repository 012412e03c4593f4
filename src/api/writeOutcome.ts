import { isApiError } from './errors';

/**
 * Whether a failed write may still have been stored, so only the same Request-ID may send it again:
 * a network failure or a timeout may have lost only the answer; a gateway's 5xx and an unreadable
 * body may come after the server committed. A vendor's own refusal (4xx, an envelope error) is
 * certain. The editor's save and the clones both ask it.
 */
export function isUncertainWrite(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.code === 'network' || error.code === 'timeout' || error.code === 'bad_response') return true;
  return error.status >= 500 || (error.status === 0 && error.code === 500);
}
