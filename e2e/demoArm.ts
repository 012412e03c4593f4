/**
 * Faults scripted for the next page load: a test leaves a behaviour in sessionStorage
 * (armDemoOnNextLoad), and `applyArmedBehavior` (an init script) hands it to the embedded backend, which applies
 * it from its first request (src/mocks/browser.ts reads `window.__segmentStudioMocks.behavior`).
 */
import type { Page } from '@playwright/test';
import type { MockBehaviorPatch } from '@/mocks/behavior';

/** Arms the demo's fault injection for the next page load only (a reload after it is clean). */
export async function armDemoOnNextLoad(page: Page, behavior: MockBehaviorPatch): Promise<void> {
  await page.evaluate((patch) => sessionStorage.setItem('e2e:arm', JSON.stringify(patch)), behavior);
}

/**
 * For `page.addInitScript`: self-contained, since Playwright sends its source to the page.
 *
 * The arm stays in sessionStorage until the embedded backend says this load is the one that applies
 * it (`presetTaken`, src/mocks/browser.ts). MSW reloads a page its service worker does not control
 * yet (msw/browser, getWorkerInstance), which happens when a load starts while the worker an earlier
 * page registered is taking over; an arm taken at the start of that thrown-away load was gone from
 * the real one (1 run in 5 of a11y.spec's load errors).
 */
export function applyArmedBehavior(): void {
  if (!location.protocol.startsWith('http')) return;
  const raw = sessionStorage.getItem('e2e:arm');
  if (!raw) return;
  (window as unknown as { __segmentStudioMocks: unknown }).__segmentStudioMocks = {
    behavior: JSON.parse(raw),
    presetTaken: () => sessionStorage.removeItem('e2e:arm'),
  };
}
