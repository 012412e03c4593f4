/**
 * Condition builder benchmark: mount time and keystroke latency at 100, 500 and 1,000 conditions,
 * on a production build in headless Chromium, beside a floor of the same number of bare <input>s.
 * Run alone with `node --import tsx scripts/bench/builder.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { launchBenchChromium } from './chromium';
import { buildHarness, serveHarness } from './builder-harness/server';

const SIZES = [100, 500, 1000] as const;
const MOUNT_RUNS = 5;
const KEYSTROKES = 30;

const median = (values: number[]) => percentile(values, 50);

function percentile(values: number[], p: number): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const round = (value: number) => Math.round(value * 10) / 10;

async function repeat(run: () => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < MOUNT_RUNS; i++) times.push(await run());
  return times;
}

const mountTimes = (page: Page, kind: 'Builder' | 'Floor', count: number) =>
  repeat(() => page.evaluate(([k, n]) => window.__builderHarness[`mount${k}`](n), [kind, count] as const));

interface Keystrokes {
  /** keydown → the next frame, per key. */
  latencies: number[];
  /** Script time of each input event (React's re-render included). */
  work: number[];
}

/** Types into one input in the middle of the page. */
async function keystrokes(page: Page, selector: string): Promise<Keystrokes> {
  const inputs = page.locator(selector);
  const target = inputs.nth(Math.floor((await inputs.count()) / 2));
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.evaluate(() => window.__builderHarness.resetLatencies());
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForFunction((n) => window.__builderHarness.latencies().length >= n, i + 1);
    await page.waitForTimeout(30);
  }
  return page.evaluate(() => ({
    latencies: window.__builderHarness.latencies(),
    work: window.__builderHarness.inputWork(),
  }));
}

export async function benchBuilder(): Promise<Record<string, number>> {
  buildHarness();
  const server = await serveHarness();
  const browser = await launchBenchChromium();
  const results: Record<string, number> = {};
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page.waitForFunction(() => typeof window.__builderHarness === 'object');
    // Warm the JIT and caches once, so the first size is not charged for them.
    await mountTimes(page, 'Builder', 200);
    await mountTimes(page, 'Floor', 200);

    for (const size of SIZES) {
      const floorMount = median(await mountTimes(page, 'Floor', size));
      const floorKeys = await keystrokes(page, 'input');
      const builderMount = median(await mountTimes(page, 'Builder', size));
      const settled = median(
        await repeat(() =>
          page.evaluate((n) => window.__builderHarness.mountBuilderSettled(n).then((r) => r.settled), size),
        ),
      );
      const builderKeys = await keystrokes(page, 'input[type="text"][aria-label="Value"]');
      const prefix = `n${size}`;
      results[`${prefix}.floor.mountMs`] = round(floorMount);
      results[`${prefix}.builder.mountMs`] = round(builderMount);
      results[`${prefix}.mountRatio`] = round(builderMount / floorMount);
      results[`${prefix}.builder.mountSettledMs`] = round(settled);
      results[`${prefix}.floor.keyP50Ms`] = round(percentile(floorKeys.latencies, 50));
      results[`${prefix}.floor.keyP95Ms`] = round(percentile(floorKeys.latencies, 95));
      results[`${prefix}.builder.keyP50Ms`] = round(percentile(builderKeys.latencies, 50));
      results[`${prefix}.builder.keyP95Ms`] = round(percentile(builderKeys.latencies, 95));
      results[`${prefix}.keyP95Ratio`] = round(
        percentile(builderKeys.latencies, 95) / percentile(floorKeys.latencies, 95),
      );
      results[`${prefix}.builder.inputScriptP50Ms`] = round(percentile(builderKeys.work, 50));
      results[`${prefix}.builder.inputScriptP95Ms`] = round(percentile(builderKeys.work, 95));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchBuilder().then(
    (results) => {
      const rows = SIZES.map((size) => {
        const get = (key: string) => results[`n${size}.${key}`];
        return {
          conditions: size,
          'floor mount ms': get('floor.mountMs'),
          'builder mount ms': get('builder.mountMs'),
          'mount ×floor': get('mountRatio'),
          'builder all options ms': get('builder.mountSettledMs'),
          'floor key p95 ms': get('floor.keyP95Ms'),
          'builder key p50 ms': get('builder.keyP50Ms'),
          'builder key p95 ms': get('builder.keyP95Ms'),
          'key p95 ×floor': get('keyP95Ratio'),
          'builder input script p50/p95 ms': `${get('builder.inputScriptP50Ms')} / ${get('builder.inputScriptP95Ms')}`,
        };
      });
      console.table(rows);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
