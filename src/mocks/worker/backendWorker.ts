/**
 * The embedded backend's worker: one store for every tab of the origin when it runs as a
 * SharedWorker (each tab connects a port), or one per tab as a dedicated Worker where SharedWorker
 * is missing (browser.ts). Every backend takes turns with any other on the same stored data through
 * a Web Lock (acrossTabs.ts). Seeding, counting and storage all happen here, off the pages' threads.
 */
import './workerGlobals';
import type { Envelope, Reply } from './protocol';
import { transferables } from './protocol';
import { currentBackend } from '../backend';
import { scheduleBackgroundWork } from '../store';
import { servedInTurn } from './acrossTabs';
import { serve } from './serve';

// No frames to keep smooth here, but requests to answer: background work (generating the profiles,
// reading their columns) runs a few milliseconds at a time, with a macrotask between runs, so a
// request that arrives meanwhile waits for one run, not for a whole database. `scheduler.yield()`
// would not do: its continuation goes ahead of the queued messages. The first page's counts then
// usually find the profiles already generated.
scheduleBackgroundWork((work) => setTimeout(work, 0));

const scope = globalThis as unknown as Port & { onconnect?: ((event: MessageEvent) => void) | null };
const shared = 'onconnect' in scope;
// A shared worker takes turns too: another build's worker, or a tab's backend in its page, may be
// serving the same stored data (acrossTabs.ts). From its start on.
const answer = servedInTurn(serve);

void answer({ kind: 'start', legacy: {} }).then(async () => {
  const { store } = currentBackend();
  for (const db of store.databases) await store.prepare(db.id);
});

interface Port {
  postMessage(message: Reply, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<Envelope>) => void) | null;
  start?: () => void;
}

function listen(port: Port, serveMessage: typeof serve): void {
  port.onmessage = ({ data: { id, message } }) => {
    serveMessage(message).then(
      (value) => port.postMessage({ id, ok: true, value }, transferables(value)),
      (error: unknown) =>
        port.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) }, []),
    );
  };
  port.start?.();
}

if (shared) {
  scope.onconnect = (event) => {
    const port = event.ports[0];
    if (port) listen(port as unknown as Port, answer);
  };
} else {
  listen(scope, answer);
}
