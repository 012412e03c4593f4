/**
 * The embedded backend's worker: one store for every tab of the origin when it runs as a
 * SharedWorker (each tab connects a port), or one per tab as a dedicated Worker where SharedWorker
 * is missing (browser.ts). Seeding, counting and storage all happen here, off the pages' threads.
 */
import './workerGlobals';
import type { Envelope, Reply } from './protocol';
import { transferables } from './protocol';
import { currentBackend } from '../backend';
import { scheduleBackgroundWork } from '../store';
import { serve } from './serve';

// No frames to keep smooth here: background work (reading the profiles' columns) runs a task at a
// time between requests, and the first page's counts find the profiles already generated.
scheduleBackgroundWork((work) => setTimeout(work, 0));
void serve({ kind: 'start', legacy: {} }).then(() => {
  const { store } = currentBackend();
  for (const db of store.databases) setTimeout(() => store.profileTable(db.id), 0);
});

interface Port {
  postMessage(message: Reply, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<Envelope>) => void) | null;
  start?: () => void;
}

function listen(port: Port): void {
  port.onmessage = ({ data: { id, message } }) => {
    serve(message).then(
      (value) => port.postMessage({ id, ok: true, value }, transferables(value)),
      (error: unknown) =>
        port.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) }, []),
    );
  };
  port.start?.();
}

const scope = globalThis as unknown as Port & { onconnect?: ((event: MessageEvent) => void) | null };
if ('onconnect' in scope) {
  scope.onconnect = (event) => {
    const port = event.ports[0];
    if (port) listen(port as unknown as Port);
  };
} else {
  listen(scope);
}
