/**
 * Digital Audience's session cookie (`digitalAudience=…`), which a page can neither set on fetch
 * nor send cross-site (docs/contracts.md §3, docs/architecture.md Configuration). The app reaches the vendor
 * through its own proxy, in one of two ways:
 * - `session`: every request carries the session in DA_SESSION_HEADER; the proxy turns it into the
 *   cookie. Nothing to sign in; a 401 means the session has run out.
 * - `login`: the app signs in once through the proxy, which keeps the cookie for the app's origin,
 *   so `credentials: 'same-origin'` sends it back. When the cookie runs out, a read signs in afresh
 *   once and is repeated; a write is not (it may have been applied), it fails as session_expired.
 */
import { ApiError } from '../errors';
import { DA_SESSION_HEADER } from '../demo';
import type { HttpClient, HttpClientOptions } from '../http';
import { decodeLogin, isSessionExpired } from './decode';
import { DA_PATHS } from './endpoints';
import type { DaLoginRequest } from './wire';

export type DaAuth = { kind: 'login'; userName: string; password: string } | { kind: 'session'; session: string };

/** How the credentials travel; `describe()` masks the session header's value. */
export function transportFor(auth: DaAuth): Pick<HttpClientOptions, 'authHeaders' | 'credentials'> {
  return auth.kind === 'session'
    ? { authHeaders: () => ({ [DA_SESSION_HEADER]: auth.session }) }
    : { credentials: 'same-origin' };
}

/** Runs requests inside the session: signs in first where needed, and again once when it runs out. */
export interface DaSession {
  read<T>(run: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  write<T>(run: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

/**
 * Waits for a shared promise, but lets one caller give up: the sign-in goes on for the others
 * (it is bounded by the transport's timeout).
 */
function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new ApiError({ code: 'aborted' }));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

const direct: DaSession = { read: (run) => run(), write: (run) => run() };

export function createSession(auth: DaAuth, http: HttpClient): DaSession {
  if (auth.kind === 'session') return direct;
  const credentials: DaLoginRequest = { userName: auth.userName, password: auth.password };

  /** The sign-in in force: memoized, so concurrent requests share one; dropped when it fails. */
  let current: Promise<void> | null = null;

  function signIn(): Promise<void> {
    if (!current) {
      // A read: repeating a login after a network failure or a 5xx changes nothing but the cookie.
      const attempt: Promise<void> = http
        .read({ method: 'POST', path: DA_PATHS.login, body: credentials }, decodeLogin)
        .catch((error: unknown) => {
          if (current === attempt) current = null;
          throw error;
        });
      current = attempt;
    }
    return current;
  }

  /** Forgets a sign-in the server no longer honours, unless a newer one already replaced it. */
  function forget(used: Promise<void>) {
    if (current === used) current = null;
  }

  return {
    async read(run, signal) {
      const used = signIn();
      await abortable(used, signal);
      try {
        return await run();
      } catch (error) {
        if (!isSessionExpired(error)) throw error;
        forget(used);
        await abortable(signIn(), signal);
        return run();
      }
    },

    async write(run, signal) {
      const used = signIn();
      await abortable(used, signal);
      try {
        return await run();
      } catch (error) {
        // Not repeated: the next request signs in afresh, and the user decides about this one.
        if (isSessionExpired(error)) forget(used);
        throw error;
      }
    },
  };
}
