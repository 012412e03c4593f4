import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
 * Playwright's own download. Returns undefined to let Playwright use its own.
 */
export function resolveChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
  if (found) return found;
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (!bundled || !existsSync(bundled)) {
    console.error(
      [
        'No Chromium found for the e2e tests. Get one of these:',
        '  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
        '  - anywhere else: npx playwright install chromium',
        '  - or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
      ].join('\n'),
    );
  }
  return undefined;
}

/** Flags that keep a headless Chromium quiet on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
