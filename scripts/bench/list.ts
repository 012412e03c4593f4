/**
 * Segment list with 10,000 segments, in headless Chromium on the production demo build:
 * time to the first rows, and frame times while scrolling (which loads page after page).
 *
 * The embedded backend has no switch for extra segments, so this seeds them the way a returning
 * visitor's browser would hold them: as the demo's saved state in localStorage, written before
 * the app starts. The extra segments are copies of the seeded ones (same conditions, new names),
 * so sizes shown in the list are computed by the backend as usual.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { STORAGE_KEY } from '@/mocks/persistence';
import { seededStore } from '@/mocks/seed';
import { launchBenchChromium } from './chromium';

const PORT = 4174;
const BASE_URL = `http://localhost:${PORT}`;
/** Outside dist/, so the bundle-size bench's production build is left alone. */
const OUT_DIR = join('node_modules', '.cache', 'bench-list-demo');
const TRACE_FILE = process.env.BENCH_LIST_TRACE;
/** Copies above this size would push 10,000 of them past the browser's localStorage quota. */
const MAX_RECORD_CHARS = 420;

export const BENCH_SEGMENTS = 10_000;

/**
 * The demo's saved state with `extra` more segments: seeded records cycled with new ids and
 * names. `key` and `value` go into localStorage before the app loads.
 */
export function demoStateWithExtraSegments(extra: number): { key: string; value: string } {
  const state = seededStore().toState();
  const templates = state.segments.filter((record) => JSON.stringify(record).length <= MAX_RECORD_CHARS);
  const firstId = state.nextId;
  const copies = Array.from({ length: extra }, (_, index) => {
    const template = templates[index % templates.length]!;
    return { ...template, id: firstId + index, name: `${template.name} #${index + 1}` };
  });
  const value = JSON.stringify({ ...state, nextId: firstId + extra, segments: [...state.segments, ...copies] });
  return { key: STORAGE_KEY, value };
}

let demoBuilt = false;

/** The production demo build (embedded backend on), made once per process: later cases reuse it. */
export function buildDemo(): void {
  if (demoBuilt) return;
  execFileSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_ENABLE_MOCKS: 'true' },
  });
  demoBuilt = true;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** `vite preview` of the demo build on `port`; stop it with stopPreview. */
export async function startPreview(port = PORT): Promise<ChildProcess> {
  const url = `http://localhost:${port}`;
  // Something else answering there would be mistaken for this preview.
  if (await answers(url)) throw new Error(`port ${port} is already in use`);
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', OUT_DIR], {
    stdio: 'ignore',
    detached: true,
  });
  const exited = () => server.exitCode !== null || server.signalCode !== null;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && !exited()) {
    if (await answers(url)) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stopPreview(server);
  throw new Error(`vite preview did not answer on ${url}${exited() ? ' (it exited)' : ''}`);
}

export function stopPreview(server: ChildProcess): void {
  // npx starts vite as a child: end the whole group this script started, and only it.
  if (server.pid !== undefined) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Milliseconds from navigation start until the first row link is in the table. */
async function timeToFirstRows(page: Page): Promise<number> {
  await page.goto(`${BASE_URL}/segments`);
  await page.getByRole('table', { name: 'Segments' }).getByRole('link').first().waitFor({ timeout: 60_000 });
  return page.evaluate<number>('window.__firstRowAt ?? performance.now()');
}

interface ScrollResult {
  frames: number[];
  rowsLoaded: number;
  rowsInDom: number;
}

/**
 * In-page helpers, as source text: tsx compiles functions with name-keeping helpers that do not
 * exist in the page, so code that runs there is handed over as a string.
 * `__benchScroll(ms, px)` scrolls `px` every animation frame for `ms`, recording each frame's
 * duration; the list fetches the next page as the end nears, so this exercises paging too.
 */
const IN_PAGE = `
  new MutationObserver(function (_records, observer) {
    if (document.querySelector('table[aria-label="Segments"] tbody a')) {
      window.__firstRowAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  window.__benchScroll = function (durationMs, pixelsPerFrame) {
    return new Promise(function (resolve) {
      var frames = [];
      var last = 0;
      var end = 0;
      function step(now) {
        frames.push(now - last);
        last = now;
        window.scrollBy(0, pixelsPerFrame);
        if (now < end) return requestAnimationFrame(step);
        var table = document.querySelector('table[aria-label="Segments"]');
        // The footer's count ("Showing N of M segments"), in whichever live region says it.
        var status = Array.prototype.map
          .call(document.querySelectorAll('output'), function (output) { return output.textContent || ''; })
          .join(' ');
        var loaded = /Showing ([\\d,]+)/.exec(status);
        resolve({
          frames: frames,
          rowsLoaded: loaded ? Number(loaded[1].replace(/,/g, '')) : NaN,
          rowsInDom: table ? table.querySelectorAll('tbody tr a').length : 0,
        });
      }
      requestAnimationFrame(function (now) {
        last = now;
        end = now + durationMs;
        requestAnimationFrame(step);
      });
    });
  };
`;

function scrollAndMeasure(page: Page, durationMs: number, pixelsPerFrame: number): Promise<ScrollResult> {
  return page.evaluate(`window.__benchScroll(${durationMs}, ${pixelsPerFrame})`);
}

function frameStats(prefix: string, frames: number[]): Record<string, number> {
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    [`${prefix}FrameP50Ms`]: round(percentile(sorted, 50)),
    [`${prefix}FrameP95Ms`]: round(percentile(sorted, 95)),
    [`${prefix}FrameMaxMs`]: round(sorted.at(-1) ?? Number.NaN),
    [`${prefix}Frames`]: frames.length,
  };
}

export async function benchList(): Promise<Record<string, number>> {
  const seed = demoStateWithExtraSegments(BENCH_SEGMENTS - seededStore().segments().length);
  buildDemo();
  const server = await startPreview();
  const browser = await launchBenchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(
      `window.localStorage.setItem(${JSON.stringify(seed.key)}, ${JSON.stringify(seed.value)});`,
    );
    await context.addInitScript(IN_PAGE);
    const page = await context.newPage();

    const coldMs = await timeToFirstRows(page);
    // How much of that the embedded backend took: it answers from the page's own main thread.
    const firstListAnswerMs = await page.evaluate<number>(
      "(performance.getEntriesByType('resource').find((entry) => entry.name.includes('segments/list')) || {}).responseEnd || NaN",
    );
    const warmMs = await timeToFirstRows(page);
    const total = Number(
      (
        (await page
          .getByText(/^[\d,]+ segments$/)
          .first()
          .textContent()) ?? ''
      ).replace(/\D/g, ''),
    );

    // A steady wheel-like scroll: about 3 rows per frame, paging as it goes.
    const steady = await scrollAndMeasure(page, 8_000, 160);
    // A fling: far more than a screen per frame, so pages are requested back to back.
    const fling = await scrollAndMeasure(page, 8_000, 1_200);
    // Back up through everything loaded so far: pure virtualization, no requests.
    // BENCH_LIST_TRACE=file.json records a Chromium trace of it, to see where a frame's time goes.
    if (TRACE_FILE) await browser.startTracing(page, { path: TRACE_FILE });
    const back = await scrollAndMeasure(page, 4_000, -2_000);
    if (TRACE_FILE) await browser.stopTracing();

    return {
      segments: total,
      firstRowsColdMs: round(coldMs),
      firstRowsWarmMs: round(warmMs),
      firstListAnswerColdMs: round(firstListAnswerMs),
      ...frameStats('steadyScroll', steady.frames),
      ...frameStats('flingScroll', fling.frames),
      ...frameStats('scrollBack', back.frames),
      rowsLoadedAfterScrolling: fling.rowsLoaded,
      rowsInDomWhileScrolling: Math.max(steady.rowsInDom, fling.rowsInDom, back.rowsInDom),
    };
  } finally {
    await browser.close();
    stopPreview(server);
  }
}
