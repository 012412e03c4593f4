/**
 * MSW's `worker.start()` finds the service worker an earlier page registered and asks the browser
 * to check it for a newer script (`registration.update()`), without waiting for the answer or
 * catching its failure. Chromium refuses that check with "Not found" when it runs while the
 * registration is still being stored, which happens when a second page load follows the first
 * closely on a busy machine (seen in CI). The failure is harmless, since the worker that is
 * already active keeps answering, but it surfaces as an uncaught error. Only that one rejection is
 * caught here. Every other error still reaches the console.
 */
const FAILED_UPDATE = /^Failed to update a ServiceWorker\b/;

export function isFailedWorkerUpdate(reason: unknown): boolean {
  return reason instanceof Error && FAILED_UPDATE.test(reason.message);
}

/** Stops the failed update check from reaching the console as an error; it is logged as a warning. */
export function quietFailedWorkerUpdates(target: Pick<Window, 'addEventListener'>): void {
  target.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    if (!isFailedWorkerUpdate(event.reason)) return;
    event.preventDefault();
    console.warn(`The embedded backend's service worker was not checked for updates: ${String(event.reason)}`);
  });
}
