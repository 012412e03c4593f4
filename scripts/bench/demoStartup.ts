/**
 * The demo's start as a visitor meets it: time from navigation to the list's first rows, and how
 * long the page's main thread is blocked on the way (Long Tasks API: tasks over 50 ms, their count,
 * their sum and the blocking time past 50 ms each, as Lighthouse's TBT counts it), measured from
 * navigation until 3 s after the first rows, with the embedded backend's counting in that window.
 *
 *   node --import tsx scripts/bench/demoStartup.ts <built demo dir> [port] [runs]
 *
 * Per run, in fresh browser contexts (empty storage): the seeded demo (45 segments; every start
 * generates 80,000 profiles), and 10,000 segments handed over as the first release's saved data
 * (list.ts, as the list bench does) on a first visit, then read back on a next visit. Any built demo can be measured, so the
 * same script times a build from before a change and one after it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { BrowserContext } from '@playwright/test';
import { launchBenchChromium } from './chromium';
import { BENCH_SEGMENTS, demoStateWithExtraSegments, stopPreview } from './list';

const [distDir, portArg = '4186', runsArg = '3'] = process.argv.slice(2);
if (!distDir) throw new Error('usage: demoStartup.ts <built demo dir> [port] [runs]');
const PORT = Number(portArg);
const BASE_URL = `http://localhost:${PORT}`;

const IN_PAGE = `
  window.__longTasks = [];
  new PerformanceObserver(function (list) {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(function (_records, observer) {
    if (document.querySelector('table[aria-label="Segments"] tbody a')) {
      window.__firstRowAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

interface Sample {
  firstRowsMs: number;
  longTasks: number;
  longTaskMs: number;
  blockingMs: number;
  longestTaskMs: number;
}

async function preview(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--outDir', distDir!], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(BASE_URL)).ok) return server;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stopPreview(server);
  throw new Error(`vite preview did not answer on ${BASE_URL}`);
}

async function measure(context: BrowserContext): Promise<Sample> {
  const page = await context.newPage();
  await page.addInitScript(IN_PAGE);
  await page.goto(`${BASE_URL}/segments`);
  await page.getByRole('table', { name: 'Segments' }).getByRole('link').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(3_000);
  const { firstRowsMs, tasks } = await page.evaluate<{
    firstRowsMs: number;
    tasks: { start: number; duration: number }[];
  }>('({ firstRowsMs: window.__firstRowAt, tasks: window.__longTasks })');
  await page.close();
  const round = (value: number) => Math.round(value);
  return {
    firstRowsMs: round(firstRowsMs),
    longTasks: tasks.length,
    longTaskMs: round(tasks.reduce((sum, task) => sum + task.duration, 0)),
    blockingMs: round(tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0)),
    longestTaskMs: round(Math.max(0, ...tasks.map((task) => task.duration))),
  };
}

async function main(): Promise<void> {
  const server = await preview();
  const browser = await launchBenchChromium();
  const large = demoStateWithExtraSegments(BENCH_SEGMENTS - 45);
  try {
    const results: Record<string, Sample[]> = {
      seeded: [],
      [`${BENCH_SEGMENTS} segments, first visit`]: [],
      [`${BENCH_SEGMENTS} segments, next visit`]: [],
    };
    for (let run = 0; run < Number(runsArg); run++) {
      const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      results.seeded!.push(await measure(fresh));
      await fresh.close();
      // Handed over once per context; the second visit reads what the first one stored.
      const seeded = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await seeded.addInitScript(
        `if (!sessionStorage.getItem('bench:seeded')) {
          sessionStorage.setItem('bench:seeded', '1');
          window.localStorage.setItem(${JSON.stringify(large.key)}, ${JSON.stringify(large.value)});
        }`,
      );
      results[`${BENCH_SEGMENTS} segments, first visit`]!.push(await measure(seeded));
      results[`${BENCH_SEGMENTS} segments, next visit`]!.push(await measure(seeded));
      await seeded.close();
    }
    for (const [scenario, samples] of Object.entries(results)) {
      console.log(`\n${scenario}`);
      console.table(samples);
    }
  } finally {
    await browser.close();
    stopPreview(server);
  }
}

await main();
