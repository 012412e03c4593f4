/**
 * Two tabs without SharedWorker: each runs a backend of its own (a fresh copy of the modules here,
 * as each tab's worker has), sharing one storage. Taking turns through the lock, they behave as one
 * server; without it, they are the bug this fixes (the first case).
 */
import { getResponse } from 'msw';
import { DEMO_BASE_URL, DEMO_TOKEN } from '@/api/demo';
import { memoryRecords, type RecordStorage } from '../storage/records';
import { BACKEND_LOCK, WAITER_CHECK_MS, type TabLocks } from './acrossTabs';
import type { Answers, ToBackend } from './protocol';

/** navigator.locks for one lock at a time, in grant order, as the browser keeps it for an origin. */
function tabLocks(): TabLocks & { names: string[] } {
  let tail: Promise<unknown> = Promise.resolve();
  const names: string[] = [];
  const pending: { name: string }[] = [];
  return {
    names,
    request<T>(name: string, callback: () => Promise<T>) {
      names.push(name);
      const waiter = { name };
      pending.push(waiter);
      const run = tail.then(() => {
        pending.splice(pending.indexOf(waiter), 1);
        return callback();
      });
      tail = run.catch(() => undefined);
      return run;
    },
    query: async () => ({ pending: [...pending] }),
  };
}

type Serve = <M extends ToBackend>(message: M) => Promise<Answers[M['kind']]>;

/**
 * One tab's worker: its own copy of the backend's modules, on the storage every tab shares. As in the
 * worker (serve.ts), with `serveBeforeWritten` the seed is stored behind the first answers.
 */
async function openTab(storage: RecordStorage, locks: TabLocks | null, serveBeforeWritten = false): Promise<Serve> {
  const tab = await loadTab(storage, locks, serveBeforeWritten);
  await tab({ kind: 'start', legacy: {} });
  return tab;
}

async function loadTab(storage: RecordStorage, locks: TabLocks | null, serveBeforeWritten: boolean): Promise<Serve> {
  vi.resetModules();
  const backend = await import('../backend');
  const { handlers } = await import('../handlers');
  const { serveAcrossTabs } = await import('./acrossTabs');
  const { fromWireRequest, toWireResponse } = await import('./protocol');
  const serve = (async (message: ToBackend) => {
    if (message.kind === 'start')
      return backend.enablePersistence(storage, message.legacy, { serveBeforeWritten }).then(() => null);
    if (message.kind === 'fetch') {
      const response = await getResponse(handlers, fromWireRequest(message.request));
      return response ? toWireResponse(response) : null;
    }
    if (message.kind === 'reset') return backend.resetDemoData().then(() => null);
    return null;
  }) as Serve;
  return locks ? serveAcrossTabs(locks, serve) : serve;
}

/** A storage whose writes land only once `open` is called: a seed that takes seconds to store. */
function slowToWrite(storage: RecordStorage): RecordStorage & { open(): void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { ...storage, open, write: (change) => opened.then(() => storage.write(change)) };
}

async function altcraft<T>(tab: Serve, path: string, body: object): Promise<T> {
  const encoded = new TextEncoder().encode(JSON.stringify(body));
  const answer = await tab({
    kind: 'fetch',
    request: {
      method: 'POST',
      url: `${DEMO_BASE_URL}/${path}`,
      headers: [
        ['content-type', 'application/json'],
        ['authorization', `Bearer ${DEMO_TOKEN}`],
      ],
      body: encoded.buffer,
    },
  });
  if (!answer?.body) throw new Error(`${path} had no answer`);
  return (JSON.parse(new TextDecoder().decode(answer.body)) as { data: T }).data;
}

const addStatic = (tab: Serve, name: string) =>
  altcraft<{ saved_id: number }>(tab, 'segments/add/', { name, is_static: true, list_id: 1 }).then(
    (data) => data.saved_id,
  );
const names = (tab: Serve) =>
  altcraft<Array<{ name: string }>>(tab, 'segments/list/', { limit: 1000 }).then((list) =>
    list.map((segment) => segment.name),
  );

afterEach(() => {
  vi.resetModules();
});

describe('tabs that each run the embedded backend (no SharedWorker)', () => {
  it('without taking turns, hand out the same id and the later save erases the other (the bug)', async () => {
    const storage = memoryRecords();
    const one = await openTab(storage, null);
    const two = await openTab(storage, null);
    const first = await addStatic(one, 'Saved in tab one');
    const second = await addStatic(two, 'Saved in tab two');
    expect(second).toBe(first);
  });

  it('taking turns through the lock, give distinct ids and each sees the other’s saves', async () => {
    const storage = memoryRecords();
    const locks = tabLocks();
    const one = await openTab(storage, locks);
    const two = await openTab(storage, locks);

    const [first, second] = await Promise.all([addStatic(one, 'Saved in tab one'), addStatic(two, 'Saved in tab two')]);
    expect(second).not.toBe(first);
    expect(locks.names.every((name) => name === BACKEND_LOCK)).toBe(true);
    for (const tab of [one, two]) {
      expect(await names(tab)).toEqual(expect.arrayContaining(['Saved in tab one', 'Saved in tab two']));
    }

    // A third tab opened later starts from what both stored.
    const three = await openTab(storage, locks);
    expect(await names(three)).toEqual(expect.arrayContaining(['Saved in tab one', 'Saved in tab two']));
  });

  it('answer a tab’s requests within its turn: at once while its seed is stored, one lock for them all', async () => {
    const storage = slowToWrite(memoryRecords());
    const locks = tabLocks();
    const one = await loadTab(storage, locks, true);
    const starting = one({ kind: 'start', legacy: {} });

    // The first page's requests join the starting turn: answered before the seed is stored (its
    // writes land only at storage.open(), below).
    expect(await names(one)).not.toHaveLength(0);

    // Another tab waits for that turn, the seed included, so it reads the seed instead of seeding.
    const two = loadTab(storage, locks, true).then(async (tab) => {
      await tab({ kind: 'start', legacy: {} });
      return tab;
    });
    storage.open();
    await starting;
    const second = await two;
    expect(locks.names).toHaveLength(2);
    expect(await names(second)).toEqual(await names(one));

    // Requests that overlap share one turn.
    const turnsBefore = locks.names.length;
    await Promise.all([names(one), names(one), addStatic(one, 'In one turn')]);
    expect(locks.names).toHaveLength(turnsBefore + 1);
    expect(await names(second)).toContain('In one turn');
  });

  it('answer the page’s own start as soon as the store is loaded, while the seed is still being stored', async () => {
    const storage = slowToWrite(memoryRecords());
    const locks = tabLocks();
    const one = await loadTab(storage, locks, true);
    // The worker starts itself as it boots; the page's start comes once it has connected. The page
    // sends nothing before its start is answered, so that answer must not wait for the seed's writes.
    const booting = one({ kind: 'start', legacy: {} });
    await one({ kind: 'start', legacy: {} });
    expect(await names(one)).not.toHaveLength(0);

    // The turn still lasts until the seed is stored: another tab waits for it, then reads that seed.
    let twoStarted = false;
    const two = loadTab(storage, locks, true).then(async (tab) => {
      await tab({ kind: 'start', legacy: {} });
      twoStarted = true;
      return tab;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(twoStarted).toBe(false);
    storage.open();
    await booting;
    expect(await names(await two)).toEqual(await names(one));
  });

  it('answer a start that hands over the first release’s data only once it is stored (the page then deletes its copy)', async () => {
    const storage = slowToWrite(memoryRecords());
    const one = await loadTab(storage, tabLocks(), true);
    const legacy = { altcraft: JSON.stringify({ segments: [], nextId: 1 }) };
    let answered = false;
    const handing = one({ kind: 'start', legacy }).then(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    storage.open();
    await handing;
  });

  it('see another tab’s reset, and number on from it', async () => {
    const storage = memoryRecords();
    const locks = tabLocks();
    const one = await openTab(storage, locks);
    const two = await openTab(storage, locks);
    const before = await addStatic(one, 'Gone with the reset');
    await two({ kind: 'reset' });
    expect(await names(one)).not.toContain('Gone with the reset');
    expect(await addStatic(one, 'After the reset')).toBeLessThanOrEqual(before);
  });
});

describe('turns between a busy backend and a waiting one', () => {
  /** A backend that notes each request it serves; `slow` stays in flight until released. */
  function backend(label: string, served: string[], slow: Promise<void>): Serve {
    return (async (message: ToBackend) => {
      if (message.kind !== 'fetch') return null;
      served.push(`${label} ${message.request.url}`);
      if (message.request.url === 'slow') await slow;
      return null;
    }) as Serve;
  }
  const request = (url: string): ToBackend => ({
    kind: 'fetch',
    request: { method: 'POST', url, headers: [], body: null },
  });

  /** Backends on one set of locks, whose `slow` requests stay in flight until `release`. */
  async function setUp() {
    const { serveAcrossTabs } = await import('./acrossTabs');
    const locks = tabLocks();
    const served: string[] = [];
    let release = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const open = (label: string) => serveAcrossTabs(locks, backend(label, served, slow));
    return { locks, served, open, release: () => release() };
  }
  const severalChecks = () => new Promise((resolve) => setTimeout(resolve, WAITER_CHECK_MS * 3));

  it('stop taking requests into a turn once another backend waits, so neither starves', async () => {
    const { served, open, release } = await setUp();
    const busy = open('busy');
    const quiet = open('quiet');

    const first = busy(request('slow'));
    await vi.waitFor(() => expect(served).toEqual(['busy slow']));
    const waiting = quiet(request('waiting'));
    // The busy backend's turn notices the waiter; its next request queues behind it.
    await severalChecks();
    const later = busy(request('later'));
    release();
    await Promise.all([first, waiting, later]);
    expect(served).toEqual(['busy slow', 'quiet waiting', 'busy later']);
  });

  it('let a backend alone keep one turn for requests that overlap', async () => {
    const { locks, served, open, release } = await setUp();
    const alone = open('alone');
    const first = alone(request('slow'));
    await severalChecks();
    await alone(request('joined'));
    expect(served).toEqual(['alone slow', 'alone joined']);
    release();
    await first;
    expect(locks.names).toHaveLength(1);
  });
});

describe('servedInTurn: every kind of backend (shared worker, a tab’s worker, the page) takes turns', () => {
  const answerStart = (async () => null) as unknown as Serve;

  it('serves under the origin’s lock where the scope has Web Locks', async () => {
    const { servedInTurn } = await import('./acrossTabs');
    const locks = tabLocks();
    await servedInTurn(answerStart, { navigator: { locks } })({ kind: 'start', legacy: {} });
    expect(locks.names).toEqual([BACKEND_LOCK]);
  });

  it('serves alone where there are none (such a browser has no SharedWorker either)', async () => {
    const { servedInTurn } = await import('./acrossTabs');
    expect(servedInTurn(answerStart, {})).toBe(answerStart);
    expect(servedInTurn(answerStart, { navigator: {} })).toBe(answerStart);
  });
});
