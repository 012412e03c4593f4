import { chromium } from '@playwright/test';
import { chromiumArgs, resolveChromium } from '../../../e2e/browser';
import { serveHarness } from './server';

const server = await serveHarness();
const browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.url);
await page.waitForFunction(() => typeof window.__builderHarness === 'object');
const mode = process.argv[2] ?? 'keys';
const n = Number(process.argv[3] ?? 1000);
await page.evaluate((c) => window.__builderHarness.mountBuilder(c), n);
const inputs = page.locator(mode === 'floorkeys' ? 'input' : 'input[type="text"][aria-label="Value"]');
if (mode === 'floorkeys') await page.evaluate((c) => window.__builderHarness.mountFloor(c), n);
const t = inputs.nth(Math.floor((await inputs.count()) / 2));
await t.click();
await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'v8'] });
if (mode === 'mount') console.log(await page.evaluate((c) => window.__builderHarness.mountBuilder(c), n));
else {
  await page.evaluate(() => window.__builderHarness.resetLatencies());
  for (let i = 0; i < 10; i++) { await page.keyboard.press('a'); await page.waitForTimeout(100); }
  console.log((await page.evaluate(() => window.__builderHarness.latencies())).map(Math.round).join(' '));
  console.log('input work', (await page.evaluate(() => window.__builderHarness.inputWork())).map((x) => x.toFixed(1)).join(' '));
}
const buf = await browser.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents as { name: string; dur?: number; ph: string }[];
const totals = new Map<string, number>();
for (const e of events) if (e.ph === 'X' && e.dur) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur / 1000);
console.log([...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await browser.close();
await server.close();
