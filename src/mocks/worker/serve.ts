/**
 * The embedded backend's side of the protocol (protocol.ts), whatever hosts it: the SharedWorker
 * (backendWorker.ts), a dedicated worker, or the page itself (browser.ts, as a last resort). It
 * answers each forwarded request with the same handlers msw/node serves in tests.
 */
import { getResponse } from 'msw';
import { enablePersistence, resetDemoData, type LegacyState } from '../backend';
import { getMockBehavior, resetMockBehavior, setMockBehavior } from '../behavior';
import { handlers } from '../handlers';
import { DATABASE_NAME, STORAGE_VERSION } from '../persistence';
import { openIndexedDbRecords } from '../storage/indexedDb';
import { unavailableRecords, type RecordStorage } from '../storage/records';
import { fromWireRequest, toWireResponse, type Answers, type ToBackend } from './protocol';

/** The databases of earlier data versions, deleted to free their space. */
const OLDER_DATABASES = Array.from({ length: STORAGE_VERSION - 1 }, (_, index) => `segment-studio-demo-v${index + 1}`);

let storage: Promise<RecordStorage> | null = null;
let ready: Promise<void> | null = null;

/**
 * Opens IndexedDB once. When it cannot be opened (a private mode without it, a browser policy), the
 * demo still runs, but every change fails with the reason instead of being silently forgotten.
 */
function openStorage(): Promise<RecordStorage> {
  storage ??= openIndexedDbRecords(DATABASE_NAME, OLDER_DATABASES).catch((error: unknown) =>
    unavailableRecords(error instanceof Error ? error : new Error(String(error))),
  );
  return storage;
}

const hasLegacy = (legacy: LegacyState) => Boolean(legacy.altcraft || legacy.push0 || legacy.da);

/** Loads the store on the first page's start; a later page only waits for it, unless it hands over old data. */
function start(legacy: LegacyState): Promise<void> {
  if (!ready || hasLegacy(legacy)) {
    const previous = ready ?? Promise.resolve();
    ready = previous.then(async () => enablePersistence(await openStorage(), legacy, { serveBeforeWritten: true }));
  }
  return ready;
}

export async function serve<M extends ToBackend>(message: M): Promise<Answers[M['kind']]>;
export async function serve(message: ToBackend): Promise<Answers[keyof Answers]> {
  switch (message.kind) {
    case 'start':
      await start(message.legacy);
      return null;
    case 'fetch': {
      await (ready ?? start({}));
      const response = await getResponse(handlers, fromWireRequest(message.request));
      return response && response.type !== 'error' ? toWireResponse(response) : null;
    }
    case 'behavior':
      if (message.reset) resetMockBehavior(message.client);
      if (message.set) setMockBehavior(message.set, message.client);
      return { ...getMockBehavior(message.client) };
    case 'reset':
      await (ready ?? start({}));
      await resetDemoData();
      return null;
    case 'ping':
      return null;
  }
}
