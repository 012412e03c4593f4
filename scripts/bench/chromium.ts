import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, resolveChromium } from '../../e2e/browser';

/** Headless Chromium for a bench case: Debian's where found, else Playwright's own (as e2e does). */
export function launchBenchChromium(): Promise<Browser> {
  const executablePath = resolveChromium();
  return chromium.launch({ headless: true, args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
}
