import { DEMO_HOST } from './demoHost';

/**
 * The app renders while the embedded backend starts (src/main.tsx): its worker, IndexedDB and
 * service worker take a while on a first visit, and the page's frame, headings and skeletons need
 * none of them. A request to the demo's host waits here until the backend can answer it; without
 * the wait it would go to the network, where the demo's host does not resolve. Requests to real
 * backends never wait.
 */
let started: Promise<void> = Promise.resolve();

/** Holds demo requests until `start` settles. A failed start lets them go, to fail as they would. */
export function holdDemoRequestsUntil(start: Promise<unknown>): void {
  started = start.then(
    () => undefined,
    () => undefined,
  );
}

/** Resolves when a request to `url` may be sent. */
export function demoRequestMayGo(url: string): Promise<void> {
  return url.startsWith(`${DEMO_HOST}/`) ? started : Promise.resolve();
}
