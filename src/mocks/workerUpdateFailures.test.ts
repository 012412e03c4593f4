import { afterEach, describe, expect, it, vi } from 'vitest';
import { isFailedWorkerUpdate, quietFailedWorkerUpdates } from './workerUpdateFailures';

/** A rejection event as the browser dispatches it for a promise nobody handled. */
function rejection(reason: unknown): Event & { reason: unknown } {
  return Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason });
}

const FAILED_UPDATE = new TypeError(
  "Failed to update a ServiceWorker for scope ('http://localhost:4173/') with script ('http://localhost:4173/mockServiceWorker.js'): Not found",
);

describe('failed service worker update checks', () => {
  afterEach(() => vi.restoreAllMocks());

  it('recognises only the browser’s failed update check', () => {
    expect(isFailedWorkerUpdate(FAILED_UPDATE)).toBe(true);
    expect(isFailedWorkerUpdate(new TypeError('Failed to fetch'))).toBe(false);
    expect(isFailedWorkerUpdate('Failed to update a ServiceWorker')).toBe(false);
    expect(isFailedWorkerUpdate(undefined)).toBe(false);
  });

  it('keeps the failed update check out of the console’s errors, as a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const target = new EventTarget();
    quietFailedWorkerUpdates(target as unknown as Window);

    const event = rejection(FAILED_UPDATE);
    target.dispatchEvent(event);

    expect(event.defaultPrevented).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Not found'));
  });

  it('lets every other unhandled rejection through', () => {
    const target = new EventTarget();
    quietFailedWorkerUpdates(target as unknown as Window);

    const event = rejection(new Error('Something else broke'));
    target.dispatchEvent(event);

    expect(event.defaultPrevented).toBe(false);
  });
});
