/**
 * Segment editor benchmark: the real editor page (/segments/:id/edit) on the production demo
 * build, in headless Chromium, with 100, 500 and 1,000 conditions. Measures mount time (a full
 * page load, and an in-app navigation from the segment list) and keystroke latency in a value
 * field, with the builder bench's technique (keydown → the frame after it), beside a floor of the
 * same number of bare <input>s typed into in the same browser.
 *
 * The segments are seeded like list.ts seeds its 10,000: as the demo's saved state in
 * localStorage, written before the app starts. Each is a Customers segment of `_city` conditions
 * in nested groups of ten under the root. Run alone with `node --import tsx scripts/bench/editor.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { nestedGroupQuery } from '@/api/altcraft/nesting';
import type { AltcraftQuery } from '@/api/altcraft/wire';
import { STORAGE_KEY } from '@/mocks/persistence';
import { readFormBlock } from '@/mocks/records';
import { seededStore } from '@/mocks/seed';
import { CUSTOMERS_DB } from '@/mocks/seed/segments';
import { CITIES } from '@/mocks/seed/vocabulary';
import type { StoredSegment } from '@/mocks/store';
import { launchBenchChromium } from './chromium';
import { buildDemo, startPreview, stopPreview } from './list';

export const EDITOR_SIZES = [100, 500, 1000] as const;
/** Clear of the list bench's 4174 and of the ports CI and other previews use. */
const PORT = 4176;
const BASE_URL = `http://localhost:${PORT}`;
const GROUP_SIZE = 10;
const MOUNT_RUNS = 3;
const KEYSTROKES = 30;
/** Generous: a 1,000-condition editor on a busy 2-core machine can take seconds per step. */
const STEP_TIMEOUT_MS = 120_000;
/** The page counts as settled after this long without a long task (> 50 ms). */
const QUIET_MS = 1_000;
const QUIET_CAP_MS = 30_000;

const cityQuery = (operator: 'equal' | 'not_equal', city: string): AltcraftQuery => ({
  compo: 'default',
  name: '_city',
  operator,
  type: 'unicode',
  value: [{ name: 'default', value: city }],
});

/**
 * A stored Customers segment with `count` `_city` conditions in nested groups of ten under an AND
 * root, alternately "city is one of these" (OR of `equal`) and "city is none of these" (AND of
 * `not_equal`). Every group names ten different cities, so the editor shows no duplicate or
 * contradiction warnings: the rows are what a real, valid segment of that size renders.
 */
export function segmentWithConditions(id: number, count: number): StoredSegment {
  const groups: AltcraftQuery[] = [];
  for (let start = 0; start < count; start += GROUP_SIZE) {
    const anyOf = groups.length % 2 === 0;
    const child = Array.from({ length: Math.min(GROUP_SIZE, count - start) }, (_, k) =>
      cityQuery(anyOf ? 'equal' : 'not_equal', CITIES[(start + k) % CITIES.length]!.city),
    );
    groups.push(nestedGroupQuery(anyOf ? 'or' : 'and', child));
  }
  return {
    id,
    name: `Bench: ${count.toLocaleString('en')} city conditions`,
    is_static: false,
    is_refresh_daily: false,
    list_id: CUSTOMERS_DB,
    ui_tags: ['bench'],
    Groups: [],
    segment: [
      readFormBlock({
        condition: 'and',
        limit: 0,
        list_id: CUSTOMERS_DB,
        percent_from: 0,
        percent_to: 100,
        queries: groups,
      }),
    ],
  };
}

/** The demo's saved state plus one segment per size; ids of the added segments by size. */
export function demoStateWithEditorSegments(sizes: readonly number[]): {
  key: string;
  value: string;
  ids: Map<number, number>;
} {
  const state = seededStore().toState();
  const ids = new Map(sizes.map((size, index) => [size, state.nextId + index] as const));
  const added = sizes.map((size) => segmentWithConditions(ids.get(size)!, size));
  const value = JSON.stringify({
    ...state,
    nextId: state.nextId + sizes.length,
    segments: [...state.segments, ...added],
  });
  return { key: STORAGE_KEY, value, ids };
}

/**
 * In-page helpers, as source text (tsx's name-keeping helpers do not exist in the page).
 * The keystroke probes are the builder harness's: keydown (capture) → after the next frame
 * (rAF, then the following task), and the script time of each input event from the first
 * listener to the last. `ready` resolves two frames after the page holds `count` value inputs;
 * for a page load it starts at navigation, so the time is from navigation start.
 */
function inPageScript(expected: Record<string, number>): string {
  return `
  (function () {
    var EXPECTED = ${JSON.stringify(expected)};
    var latencies = [];
    var work = [];
    var inputStart = 0;
    var lastLongTaskEnd = 0;
    function afterNextFrame(callback) {
      requestAnimationFrame(function () {
        var channel = new MessageChannel();
        channel.port1.onmessage = function () { callback(); };
        channel.port2.postMessage(null);
      });
    }
    document.addEventListener('keydown', function () {
      var start = performance.now();
      afterNextFrame(function () { latencies.push(performance.now() - start); });
    }, true);
    window.addEventListener('input', function () { inputStart = performance.now(); }, true);
    window.addEventListener('input', function () { work.push(performance.now() - inputStart); });
    try {
      new PerformanceObserver(function (list) {
        list.getEntries().forEach(function (entry) {
          lastLongTaskEnd = Math.max(lastLongTaskEnd, entry.startTime + entry.duration);
        });
      }).observe({ type: 'longtask', buffered: true });
    } catch (error) {
      // No long-task timing: "quiet" then only waits its minimum.
    }
    function valuesPresent(count) {
      return new Promise(function (resolve) {
        function check() {
          if (document.querySelectorAll('input[aria-label="Value"]').length >= count) {
            requestAnimationFrame(function () {
              requestAnimationFrame(function () { resolve(performance.now()); });
            });
          } else {
            requestAnimationFrame(check);
          }
        }
        requestAnimationFrame(check);
      });
    }
    function segmentAnswer() {
      var entries = performance.getEntriesByType('resource').filter(function (entry) {
        return entry.name.indexOf('segments/get') !== -1;
      });
      return entries.length ? entries[entries.length - 1].responseEnd : NaN;
    }
    var match = /^\\/segments\\/(\\d+)\\/edit$/.exec(location.pathname);
    var expected = match ? EXPECTED[match[1]] : undefined;
    window.__benchEditor = {
      ready: expected ? valuesPresent(expected) : null,
      latencies: function () { return latencies.slice(); },
      inputWork: function () { return work.slice(); },
      reset: function () { latencies.length = 0; work.length = 0; },
      lastLongTaskEnd: function () { return lastLongTaskEnd; },
      /** Resolves with the last long task's end once none has run for quietMs (at most capMs). */
      quiet: function (quietMs, capMs) {
        var begun = performance.now();
        return new Promise(function (resolve) {
          function poll() {
            var now = performance.now();
            if (now - Math.max(lastLongTaskEnd, begun) >= quietMs || now - begun >= capMs) resolve(lastLongTaskEnd);
            else setTimeout(poll, 100);
          }
          poll();
        });
      },
      /** When the embedded backend's last segments/get answer arrived, or NaN. */
      segmentAnswer: segmentAnswer,
      /** An in-app navigation (the router follows popstate): ms until the editor is ready. */
      navigate: function (path, count) {
        var start = performance.now();
        history.pushState(null, '', path);
        window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
        return valuesPresent(count).then(function (at) {
          return { ready: at - start, answer: segmentAnswer() - start };
        });
      },
    };
  })();
`;
}

function percentile(values: number[], p: number): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const median = (values: number[]) => percentile(values, 50);
const round = (value: number) => Math.round(value * 10) / 10;

const quiet = (page: Page) => page.evaluate<number>(`window.__benchEditor.quiet(${QUIET_MS}, ${QUIET_CAP_MS})`);

interface Mount {
  /** Value inputs all present, two frames later. */
  ready: number;
  /** The embedded backend's segments/get answer arrived (it runs on the page's main thread). */
  answer: number;
}

/** A full page load of the editor: ms from navigation start until ready, answered and settled. */
async function loadEditor(page: Page, path: string): Promise<Mount & { settled: number }> {
  await page.goto(`${BASE_URL}${path}`, { waitUntil: 'commit' });
  await page.waitForFunction('window.__benchEditor && window.__benchEditor.ready');
  const ready = await page.evaluate<number>('window.__benchEditor.ready');
  const answer = await page.evaluate<number>('window.__benchEditor.segmentAnswer()');
  const lastLongTask = await quiet(page);
  return { ready, answer, settled: Math.max(ready, lastLongTask) };
}

/**
 * From the settled segment list (where a visitor comes from; its counts have already made the
 * backend generate the profiles) to the editor inside the app: ms until ready and answered.
 */
async function navigateToEditor(page: Page, path: string, count: number): Promise<Mount> {
  await page.goto(`${BASE_URL}/segments`);
  await page.getByRole('table', { name: 'Segments' }).getByRole('link').first().waitFor();
  await quiet(page);
  const mount = await page.evaluate<Mount>(`window.__benchEditor.navigate(${JSON.stringify(path)}, ${count})`);
  if (new URL(page.url()).pathname !== path) throw new Error(`in-app navigation did not reach ${path}`);
  return mount;
}

interface Keystrokes {
  latencies: number[];
  work: number[];
}

/** Types KEYSTROKES letters into the value input in the middle of the page (as builder.ts does). */
async function keystrokes(page: Page, selector: string): Promise<Keystrokes> {
  const inputs = page.locator(selector);
  const count = await inputs.count();
  if (count === 0) throw new Error(`no ${selector} to type into`);
  const target = inputs.nth(Math.floor(count / 2));
  await target.scrollIntoViewIfNeeded();
  await target.click();
  const before = (await target.inputValue()).length;
  await quiet(page);
  await page.evaluate('window.__benchEditor.reset()');
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForFunction(`window.__benchEditor.latencies().length >= ${i + 1}`);
    await page.waitForTimeout(30);
  }
  const typed = (await target.inputValue()).length - before;
  if (typed !== KEYSTROKES) throw new Error(`${typed} of ${KEYSTROKES} keystrokes reached the value input`);
  return {
    latencies: await page.evaluate<number[]>('window.__benchEditor.latencies()'),
    work: await page.evaluate<number[]>('window.__benchEditor.inputWork()'),
  };
}

/** The floor: `count` bare inputs in a static page, same probes. */
async function floorKeystrokes(browser: Browser, count: number): Promise<Keystrokes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const inputs = Array.from({ length: count }, () => '<input aria-label="Value">').join('');
    await page.setContent(`<!doctype html><script>${inPageScript({})}</script><div>${inputs}</div>`);
    return await keystrokes(page, 'input[aria-label="Value"]');
  } finally {
    await context.close();
  }
}

/**
 * Contexts bypass the preview's Content-Security-Policy (script-src 'self'): the bench's string
 * predicates for waitForFunction are evaluated in the page, which the policy forbids.
 */
async function measureSize(browser: Browser, seedScript: string, id: number, size: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  try {
    await context.addInitScript(seedScript);
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
    const path = `/segments/${id}/edit`;
    // Warm the HTTP cache and the embedded backend's service worker, as a returning visitor has them.
    await loadEditor(page, path);

    const loads: (Mount & { settled: number })[] = [];
    for (let run = 0; run < MOUNT_RUNS; run++) loads.push(await loadEditor(page, path));
    const inApp: Mount[] = [];
    for (let run = 0; run < MOUNT_RUNS; run++) inApp.push(await navigateToEditor(page, path, size));
    await quiet(page);
    const keys = await keystrokes(page, 'input[aria-label="Value"]');
    // Typed changes make the editor dirty; closing skips its beforeunload prompt.
    await page.close();
    return {
      mount: median(loads.map((load) => load.ready)),
      answer: median(loads.map((load) => load.answer)),
      settled: median(loads.map((load) => load.settled)),
      inApp: median(inApp.map((mount) => mount.ready)),
      inAppAnswer: median(inApp.map((mount) => mount.answer)),
      keys,
    };
  } finally {
    await context.close();
  }
}

export async function benchEditor(): Promise<Record<string, number>> {
  const seed = demoStateWithEditorSegments(EDITOR_SIZES);
  const expected = Object.fromEntries([...seed.ids].map(([size, id]) => [String(id), size]));
  const seedScript = `window.localStorage.setItem(${JSON.stringify(seed.key)}, ${JSON.stringify(seed.value)});\n${inPageScript(expected)}`;
  buildDemo();
  const server = await startPreview(PORT);
  let browser: Browser | undefined;
  const results: Record<string, number> = {};
  try {
    browser = await launchBenchChromium();
    for (const size of EDITOR_SIZES) {
      const floor = await floorKeystrokes(browser, size);
      const editor = await measureSize(browser, seedScript, seed.ids.get(size)!, size);
      const prefix = `n${size}`;
      results[`${prefix}.editor.mountMs`] = round(editor.mount);
      results[`${prefix}.editor.mountSettledMs`] = round(editor.settled);
      results[`${prefix}.editor.segmentAnswerMs`] = round(editor.answer);
      results[`${prefix}.editor.inAppMountMs`] = round(editor.inApp);
      results[`${prefix}.editor.inAppSegmentAnswerMs`] = round(editor.inAppAnswer);
      results[`${prefix}.floor.keyP50Ms`] = round(percentile(floor.latencies, 50));
      results[`${prefix}.floor.keyP95Ms`] = round(percentile(floor.latencies, 95));
      results[`${prefix}.editor.keyP50Ms`] = round(percentile(editor.keys.latencies, 50));
      results[`${prefix}.editor.keyP95Ms`] = round(percentile(editor.keys.latencies, 95));
      results[`${prefix}.keyP95Ratio`] = round(percentile(editor.keys.latencies, 95) / percentile(floor.latencies, 95));
      results[`${prefix}.editor.inputScriptP50Ms`] = round(percentile(editor.keys.work, 50));
      results[`${prefix}.editor.inputScriptP95Ms`] = round(percentile(editor.keys.work, 95));
    }
  } finally {
    await browser?.close();
    stopPreview(server);
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchEditor().then(
    (results) => {
      console.table(
        EDITOR_SIZES.map((size) => {
          const get = (key: string) => results[`n${size}.${key}`];
          return {
            conditions: size,
            'load → ready ms': get('editor.mountMs'),
            'load → segment answer ms': get('editor.segmentAnswerMs'),
            'load → settled ms': get('editor.mountSettledMs'),
            'in-app → ready ms': get('editor.inAppMountMs'),
            'in-app → segment answer ms': get('editor.inAppSegmentAnswerMs'),
            'floor key p95 ms': get('floor.keyP95Ms'),
            'editor key p50 ms': get('editor.keyP50Ms'),
            'editor key p95 ms': get('editor.keyP95Ms'),
            'key p95 ×floor': get('keyP95Ratio'),
            'editor input script p50/p95 ms': `${get('editor.inputScriptP50Ms')} / ${get('editor.inputScriptP95Ms')}`,
          };
        }),
      );
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
