/**
 * More than one embedded backend can run on one origin's stored data: a dedicated worker per tab
 * where SharedWorker is missing (Chrome on Android), a backend in the page where no worker can start,
 * or two SharedWorkers at once when two builds of the app are open (each build's worker script has
 * its own URL, and a SharedWorker is one per script URL). Those backends share only the stored
 * data. So every backend takes turns under one Web Lock for the origin, and each turn begins by
 * rereading whatever another backend wrote since (backend.ts, refreshFromStorage). Two tabs
 * then never hand out the same id, and neither's save overwrites the other's: they behave as one
 * server, whatever each tab could start.
 */
import { refreshFromStorage, writesSettled } from '../backend';
import type { Answers, ToBackend } from './protocol';

/** The part of the Web Locks API used here (navigator.locks, in pages and workers alike). */
export interface TabLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
  /** Who holds and who waits for which lock (LockManager.query); without it a turn never closes early. */
  query?(): Promise<{ pending?: readonly { name?: string }[] }>;
}

/** One lock for the origin: every tab's backend holds it while it serves a request. */
export const BACKEND_LOCK = 'segment-studio-demo-backend';

type Serve = <M extends ToBackend>(message: M) => Promise<Answers[M['kind']]>;

/** One backend's hold on the lock: its requests join it while any of them is still being served. */
interface Turn {
  join<T>(work: () => Promise<T>): Promise<T>;
}

/** How often an open turn looks whether another backend is waiting for the lock. */
export const WAITER_CHECK_MS = 100;

/** Calls `onWaiter` once another backend waits for the lock; the returned function stops looking. */
function watchForWaiters(locks: TabLocks, onWaiter: () => void): () => void {
  const query = locks.query?.bind(locks);
  if (!query) return () => {};
  const timer = setInterval(() => {
    void query().then(
      ({ pending = [] }) => {
        if (pending.some((lock) => lock.name === BACKEND_LOCK)) onWaiter();
      },
      () => undefined,
    );
  }, WAITER_CHECK_MS);
  return () => clearInterval(timer);
}

/**
 * `serve`, taking turns with the other backends. A turn begins when the lock is granted, by
 * rereading what another backend wrote since (refreshFromStorage), and lasts while any of this
 * backend's requests is being served: requests that arrive meanwhile join it, as they would on one
 * server, instead of queueing behind another backend. So the first page's requests are answered
 * while the seed is still being stored, yet starting holds the turn until it is, and a second tab
 * opened at once reads that seed instead of seeding again. Once another backend waits, the turn
 * takes no more requests (they queue for the next one, behind it), so a busy tab cannot starve a
 * quiet one. Pings and fault settings touch no data and go straight through.
 */
export function serveAcrossTabs(locks: TabLocks, serve: Serve): Serve {
  let turn: Turn | null = null;

  function openTurn(): Turn {
    let inFlight = 0;
    let end = () => {};
    let stopWatching = () => {};
    const over = new Promise<void>((resolve) => (end = resolve));
    const takeNoMore = () => {
      if (turn === opened) turn = null;
    };
    const ready = new Promise<void>((granted, refused) => {
      locks
        .request(BACKEND_LOCK, () => {
          granted();
          return over;
        })
        .catch(refused);
    }).then(() => {
      stopWatching = watchForWaiters(locks, takeNoMore);
      return refreshFromStorage();
    });
    const opened: Turn = {
      join(work) {
        inFlight += 1;
        return ready.then(work).finally(() => {
          inFlight -= 1;
          if (inFlight > 0) return;
          takeNoMore();
          stopWatching();
          end();
        });
      },
    };
    return opened;
  }

  const inTurn = <T>(work: () => Promise<T>): Promise<T> => (turn ??= openTurn()).join(work);

  /**
   * A start holds its turn until the seed (or whatever it loaded) is stored, so another backend
   * reads it instead of seeding again. Its answer comes as soon as the store is loaded: the page
   * sends its first requests only then, and they join this turn. Answering after the writes made a
   * first visit's rows wait for the whole seed to be stored. Data handed over from the first
   * release is answered once stored, though: the page deletes its own copy on that answer.
   */
  const startInTurn = <T>(start: () => Promise<T>, handsOver: boolean): Promise<T> =>
    new Promise((answer, fail) => {
      inTurn(async () => {
        const started = await start();
        if (!handsOver) answer(started);
        await writesSettled();
        answer(started);
      }).catch(fail);
    });

  return <M extends ToBackend>(message: M): Promise<Answers[M['kind']]> => {
    switch (message.kind) {
      case 'start':
        return startInTurn(() => serve(message), Object.values(message.legacy).some(Boolean));
      case 'fetch':
      case 'reset':
        return inTurn(() => serve(message));
      default:
        return serve(message);
    }
  };
}

/**
 * `serve` taking turns with every other backend of the origin, where the browser has Web Locks
 * (workers and pages alike). A browser without them has no SharedWorker either, and runs alone.
 */
export function servedInTurn(serve: Serve, scope: { navigator?: { locks?: TabLocks } } = globalThis): Serve {
  const locks = scope.navigator?.locks;
  return locks ? serveAcrossTabs(locks, serve) : serve;
}
