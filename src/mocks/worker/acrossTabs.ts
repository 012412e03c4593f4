/**
 * Where SharedWorker is missing (Chrome on Android), each tab runs the embedded backend in a worker
 * of its own (browser.ts), and those backends share only the stored data. So they take turns: a
 * request is served under one Web Lock for the origin, after its backend has reread whatever
 * another tab wrote since (backend.ts, refreshFromStorage). Two tabs then never hand out the same
 * id, and neither's save overwrites the other's: they behave as one server.
 */
import { refreshFromStorage, writesSettled } from '../backend';
import type { Answers, ToBackend } from './protocol';

/** The part of the Web Locks API used here (navigator.locks, in pages and workers alike). */
export interface TabLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** One lock for the origin: every tab's backend holds it while it serves a request. */
export const BACKEND_LOCK = 'segment-studio-demo-backend';

type Serve = <M extends ToBackend>(message: M) => Promise<Answers[M['kind']]>;

/**
 * `serve`, taking turns with the other tabs. Starting holds the lock until the seed is stored, so a
 * second tab opened at once reads it instead of seeding again; requests and resets reread first.
 * Pings and fault settings touch no data and go straight through.
 */
export function serveAcrossTabs(locks: TabLocks, serve: Serve): Serve {
  return <M extends ToBackend>(message: M): Promise<Answers[M['kind']]> => {
    switch (message.kind) {
      case 'start':
        return locks.request(BACKEND_LOCK, async () => {
          const answer = await serve(message);
          await writesSettled();
          return answer;
        });
      case 'fetch':
      case 'reset':
        return locks.request(BACKEND_LOCK, async () => {
          await refreshFromStorage();
          return serve(message);
        });
      default:
        return serve(message);
    }
  };
}
