import type { Page } from '@playwright/test';

/**
 * Waits until the page is loaded and its embedded demo backend has had no request in flight for
 * `quietMs`: a page load cuts off such requests, so loads wait for this first. It stands in for
 * `waitForLoadState('networkidle')`, which never comes while a page holds a SharedWorker (the demo
 * backend's): Playwright counts the worker's script request as in flight for ever, since Chromium
 * reports its end on the worker, not on the page. Pages without the demo backend only wait for load.
 */
export async function waitForQuietDemo(page: Page, quietMs = 500): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(
    (quiet) => {
      const mocks = (window as { __segmentStudioMocks?: { quietForMs?: () => number } }).__segmentStudioMocks;
      return !mocks?.quietForMs || mocks.quietForMs() >= quiet;
    },
    quietMs,
    { polling: 100 },
  );
}
