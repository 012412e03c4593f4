import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';
import { DEMO_BASE_URL } from '../src/api/demo';

const DEMO_HOST = new URL(DEMO_BASE_URL).host;

/**
 * A page load cuts off the embedded backend's requests still in flight: MSW's worker lets go of the
 * closing page and passes them to the network, where the demo's reserved `.invalid` host cannot
 * resolve. The user never sees it (the page is gone); any other failure still fails the test, and
 * a worker that never intercepted would leave the page without data, which the tests' assertions catch.
 */
function isCutOffDemoRequest(message: ConsoleMessage): boolean {
  return message.text().includes('net::ERR_NAME_NOT_RESOLVED') && message.location().url.includes(DEMO_HOST);
}

/**
 * A console error a test expects, and so does not fail on: the browser's own log line for an error
 * status the test provokes on purpose (Chromium logs every 4xx/5xx response as a console error).
 * Both the text and the URL the message comes from must match.
 */
export interface ExpectedConsoleError {
  text: RegExp;
  url: RegExp;
}

const isExpected = (message: ConsoleMessage, expected: readonly ExpectedConsoleError[]) =>
  expected.some(({ text, url }) => text.test(message.text()) && url.test(message.location().url));

/** Every e2e test fails on a console error or an uncaught page error, other than those it declares. */
export const test = base.extend<{ consoleErrors: string[]; expectedConsoleErrors: ExpectedConsoleError[] }>({
  expectedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error' || isCutOffDemoRequest(message)) return;
        if (!isExpected(message, expectedConsoleErrors)) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectNoAxeViolations(page: Page) {
  // Axe reads colours as they are painted: a menu or dialog still fading in is part-transparent and
  // fails contrast it does not have. Scan the page once its transitions have settled.
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          // Spinners and skeletons loop for ever; only transitions that end are waited for.
          .every(
            (animation) =>
              animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity,
          ),
      null,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}
