import { chromium } from '@playwright/test';
import { chromiumArgs, resolveChromium } from '../../../e2e/browser';
import { serveHarness } from './server';

const server = await serveHarness();
const browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.url);
await page.waitForFunction(() => typeof window.__builderHarness === 'object');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const mode = process.argv[2] ?? 'mount';
await page.evaluate(() => window.__builderHarness.mountBuilder(1000));
await cdp.send('Profiler.start');
if (mode === 'mount') {
  console.log('mount', await page.evaluate(() => window.__builderHarness.mountBuilder(1000)));
} else {
  const inputs = page.locator('input[type="text"][aria-label="Value"]');
  const t = inputs.nth(Math.floor((await inputs.count()) / 2));
  await t.click();
  await page.evaluate(() => window.__builderHarness.resetLatencies());
  for (let i = 0; i < 10; i++) { await page.keyboard.press('a'); await page.waitForTimeout(100); }
  console.log(await page.evaluate(() => window.__builderHarness.latencies()));
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const dt = profile.timeDeltas ?? [];
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples?.forEach((id, i) => {
  const n = byId.get(id)!;
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await browser.close();
await server.close();
