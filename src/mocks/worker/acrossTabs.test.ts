/**
 * Two tabs without SharedWorker: each runs a backend of its own (a fresh copy of the modules here,
 * as each tab's worker has), sharing one storage. Taking turns through the lock, they behave as one
 * server; without it, they are the bug this fixes (the first case).
 */
import { getResponse } from 'msw';
import { DEMO_BASE_URL, DEMO_TOKEN } from '@/api/demo';
import { memoryRecords, type RecordStorage } from '../storage/records';
import { BACKEND_LOCK, type TabLocks } from './acrossTabs';
import type { Answers, ToBackend } from './protocol';

/** navigator.locks for one lock at a time, in grant order, as the browser keeps it for an origin. */
function tabLocks(): TabLocks & { names: string[] } {
  let tail: Promise<unknown> = Promise.resolve();
  const names: string[] = [];
  return {
    names,
    request<T>(name: string, callback: () => Promise<T>) {
      names.push(name);
      const run = tail.then(callback);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

type Serve = <M extends ToBackend>(message: M) => Promise<Answers[M['kind']]>;

/** One tab's worker: its own copy of the backend's modules, on the storage every tab shares. */
async function openTab(storage: RecordStorage, locks: TabLocks | null): Promise<Serve> {
  vi.resetModules();
  const backend = await import('../backend');
  const { handlers } = await import('../handlers');
  const { serveAcrossTabs } = await import('./acrossTabs');
  const { fromWireRequest, toWireResponse } = await import('./protocol');
  const serve = (async (message: ToBackend) => {
    if (message.kind === 'start') return backend.enablePersistence(storage, message.legacy).then(() => null);
    if (message.kind === 'fetch') {
      const response = await getResponse(handlers, fromWireRequest(message.request));
      return response ? toWireResponse(response) : null;
    }
    if (message.kind === 'reset') return backend.resetDemoData().then(() => null);
    return null;
  }) as Serve;
  const tab = locks ? serveAcrossTabs(locks, serve) : serve;
  await tab({ kind: 'start', legacy: {} });
  return tab;
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
