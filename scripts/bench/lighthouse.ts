/**
 * Lighthouse (mobile preset, simulated throttling) on the list and the editor, on both builds:
 *
 * - production: `npm run build`, served by `vite preview`, talking over real HTTP to
 *   `npm run mock-server` through an Altcraft connection;
 * - demo: `npm run build:demo`, the embedded backend in the page;
 * - floor: the stack's floor (scripts/bench/floor), the list's first screen in plain React and MUI,
 *   measured the same hour as the app, so the app's figures can be read against what the stack
 *   alone costs on this machine that day (its speed varies by about 1.5× between days).
 *
 * Every run starts Debian's Chromium (CHROMIUM_PATH, see e2e/browser.ts) with a fresh profile, so
 * the HTTP cache is cold. The production build's connection is seeded into localStorage before
 * Lighthouse navigates: a blank page on the app's origin, answered by the bench itself (nothing of
 * the app is fetched, so nothing is cached), writes it. The token never appears in a URL.
 * The list and the editor are measured RUNS times each and the report holds each figure's median;
 * the other routes once, for their accessibility.
 *
 * Ports and output folders can be moved with BENCH_LH_APP_PORT, BENCH_LH_MOCK_PORT and
 * BENCH_LH_OUT (several agents on one machine); BENCH_LH_RUNS changes the run count and
 * BENCH_LH_BUILDS (`production`, `demo`, `floor`) measures fewer builds. BENCH_LH_PAGES (comma-separated
 * paths) measures fewer pages, and BENCH_LH_REPORTS=1 keeps each run's whole report as JSON in
 * BENCH_LH_OUT, for reading where the blocking time goes (its long tasks and script attribution).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import lighthouse from 'lighthouse';
import { launch, type HTTPRequest, type Page } from 'puppeteer-core';
import { DEMO_TOKEN } from '../../src/api/demo';
import { chromiumArgs, resolveChromium } from '../../e2e/browser';
import {
  failedAccessibilityAudits,
  measureFromResult,
  medianMeasure,
  type LighthouseMeasure,
} from './lighthouseResults';

const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const APP_PORT = Number(process.env.BENCH_LH_APP_PORT ?? 4176);
const MOCK_PORT = Number(process.env.BENCH_LH_MOCK_PORT ?? 8788);
const OUT = process.env.BENCH_LH_OUT ?? join('node_modules', '.cache', 'bench-lighthouse');
/** Which builds to measure: all three unless BENCH_LH_BUILDS names fewer. */
const BUILDS = (process.env.BENCH_LH_BUILDS ?? 'production,demo,floor').split(',');
/** Keep each run's whole Lighthouse report beside the builds. */
const KEEP_REPORTS = process.env.BENCH_LH_REPORTS === '1';
const APP_ORIGIN = `http://localhost:${APP_PORT}`;
/** A seeded segment of the mock server and of the embedded backend alike. */
const EDITED_SEGMENT = 1;
/** Answered by the bench, never by the app: the page that writes the seed into localStorage. */
const SEED_PATH = '/__bench-seed';

export const LIGHTHOUSE_PAGES = ['/segments', `/segments/${EDITED_SEGMENT}/edit`, '/segments/new'] as const;
/**
 * The other routes, for "accessibility 100 on every route": measured once each (an accessibility
 * score does not vary between runs); their performance figures are one run's, with no target.
 */
export const ACCESSIBILITY_PAGES = [`/segments/${EDITED_SEGMENT}`, '/settings'] as const;
/** The pages this run measures: all of them unless BENCH_LH_PAGES names fewer. */
const PAGES: readonly string[] = process.env.BENCH_LH_PAGES?.split(',') ?? [
  ...LIGHTHOUSE_PAGES,
  ...ACCESSIBILITY_PAGES,
];
const runsFor = (path: string) => ((ACCESSIBILITY_PAGES as readonly string[]).includes(path) ? 1 : RUNS);

type BuildKind = 'production' | 'demo' | 'floor';

interface BuildSetup {
  /** Vite's own arguments, for its build and its preview alike. */
  viteArgs: readonly string[];
  /** VITE_ENABLE_MOCKS: the embedded backend in the page. */
  mocks: boolean;
  pages: readonly string[];
}

/** How each build is made, served and measured. */
const BUILD_SETUPS: Record<BuildKind, BuildSetup> = {
  production: { viteArgs: [], mocks: false, pages: PAGES },
  demo: { viteArgs: [], mocks: true, pages: PAGES },
  // Its own config, whose root is its folder; its one page is the list's first screen.
  floor: { viteArgs: ['--config', join('scripts', 'bench', 'floor', 'vite.config.ts')], mocks: false, pages: ['/'] },
};

/** The Altcraft connection a user would have saved in Settings, as the connection store keeps it. */
function altcraftConnectionSeed(mockPort: number): Record<string, string> {
  const id = 'c-bench';
  const connection = {
    id,
    vendor: 'altcraft',
    name: `localhost:${mockPort}`,
    baseUrl: `http://localhost:${mockPort}/api/v1.1`,
    remember: true,
  };
  return {
    'segment-studio:connections:v2': JSON.stringify([connection]),
    [`segment-studio:secrets:v2:${id}`]: JSON.stringify({ token: DEMO_TOKEN }),
    'segment-studio:active-connection:v2': id,
  };
}

/**
 * In-page, as source text (tsx's helpers do not exist in the page): records when the list's
 * first row link appears, the demo's "first rows" time.
 */
const FIRST_ROWS_PROBE = `
  new MutationObserver(function (_records, observer) {
    if (document.querySelector('table[aria-label="Segments"] tbody a')) {
      window.__firstRowAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

function build(kind: BuildKind, outDir: string): void {
  const { viteArgs, mocks } = BUILD_SETUPS[kind];
  execFileSync('npx', ['vite', 'build', ...viteArgs, '--outDir', outDir, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_ENABLE_MOCKS: mocks ? 'true' : 'false' },
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Starts `command` in its own process group and waits until `url` answers. */
async function startServer(command: string[], url: string, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  if (await answers(url)) throw new Error(`${url} already answers: is another bench running on this port?`);
  const child = spawn(command[0]!, command.slice(1), { stdio: 'ignore', detached: true, env });
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !exited()) {
    if (await answers(url)) return child;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stopServer(child);
  throw new Error(`${command.join(' ')} did not answer on ${url}${exited() ? ' (it exited)' : ''}`);
}

function stopServer(child: ChildProcess): void {
  // npx starts vite as a child: end the whole group this script started, and only it.
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

type PageRun = LighthouseMeasure & {
  /** Milliseconds from navigation to the list's first row (unthrottled: this machine's real time); NaN off the list. */
  firstRowsMs: number;
};

async function seedLocalStorage(page: Page, items: Record<string, string>): Promise<void> {
  await page.setRequestInterception(true);
  const answer = (request: HTTPRequest) => {
    // Only the seed page is answered here; nothing else is requested while seeding.
    void request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>seed</title>' });
  };
  page.on('request', answer);
  await page.goto(`${APP_ORIGIN}${SEED_PATH}`);
  await page.evaluate((entries: [string, string][]) => {
    for (const [key, value] of entries) window.localStorage.setItem(key, value);
  }, Object.entries(items));
  page.off('request', answer);
  await page.setRequestInterception(false);
}

async function runOnce(
  path: string,
  seed: Record<string, string> | null,
  reportFile: string | null,
): Promise<{ measure: PageRun; a11yFailures: string[] }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const executablePath = resolveChromium();
  if (!executablePath) throw new Error('Lighthouse needs a Chromium: set CHROMIUM_PATH or install Debian’s chromium');
  const browser = await launch({
    executablePath,
    headless: true,
    userDataDir: profile,
    // Debian's Chromium 156 builds its WebUI omnibox popup in headless mode too: some 300 chrome://
    // loads during the page's load, on the same two cores. Without it the list's first rows came
    // 0.5 s sooner here (2.1 → 1.45 s, median of 5); a one-script page did not move. Puppeteer merges
    // this with its own disabled features (Chromium keeps only the last --disable-features switch).
    args: [...chromiumArgs, '--disable-features=WebUIOmniboxPopup'],
  });
  try {
    const page = await browser.newPage();
    if (seed) await seedLocalStorage(page, seed);
    await page.evaluateOnNewDocument(FIRST_ROWS_PROBE);
    const result = await lighthouse(
      `${APP_ORIGIN}${path}`,
      {
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        // The fresh profile is the cold cache; a storage reset would also erase the seeded connection.
        disableStorageReset: true,
      },
      undefined,
      page,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    if (reportFile) writeFileSync(reportFile, JSON.stringify(result.lhr));
    const firstRowAt = await page.evaluate('window.__firstRowAt');
    return {
      measure: {
        ...measureFromResult(result.lhr),
        firstRowsMs: typeof firstRowAt === 'number' ? Math.round(firstRowAt) : Number.NaN,
      },
      a11yFailures: failedAccessibilityAudits(result.lhr),
    };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export type LighthouseRow = PageRun & {
  build: BuildKind;
  page: string;
  runs: number;
  /** Accessibility audits that failed in any run, so a score under 100 says why. */
  a11yFailures: string;
};

async function measureBuild(kind: BuildKind, seed: Record<string, string> | null): Promise<LighthouseRow[]> {
  // Absolute: the floor's config sets its own root, against which a relative outDir would resolve.
  const outDir = resolvePath(OUT, kind);
  build(kind, outDir);
  const preview = await startServer(
    [
      'npx',
      'vite',
      'preview',
      ...BUILD_SETUPS[kind].viteArgs,
      '--outDir',
      outDir,
      '--port',
      String(APP_PORT),
      '--strictPort',
    ],
    APP_ORIGIN,
    process.env,
  );
  const rows: LighthouseRow[] = [];
  try {
    for (const path of BUILD_SETUPS[kind].pages) {
      const runs: PageRun[] = [];
      const failures = new Set<string>();
      const runCount = runsFor(path);
      for (let run = 0; run < runCount; run += 1) {
        const reportFile = KEEP_REPORTS ? join(OUT, `${kind}${path.replaceAll('/', '_')}-${run + 1}.json`) : null;
        const { measure, a11yFailures } = await runOnce(path, seed, reportFile);
        console.log(`  ${kind} ${path} run ${run + 1}/${runCount}: performance ${measure.performance}`);
        runs.push(measure);
        for (const id of a11yFailures) failures.add(id);
      }
      rows.push({
        build: kind,
        page: path,
        runs: runCount,
        ...medianMeasure(runs),
        a11yFailures: [...failures].join(' '),
      });
    }
  } finally {
    stopServer(preview);
  }
  return rows;
}

/** The rows of the bench report: one per build and page, each figure the median of RUNS cold runs. */
export async function benchLighthouse(): Promise<LighthouseRow[]> {
  const mockServer = await startServer(
    ['node', '--import', 'tsx', 'scripts/mock-server.ts'],
    `http://localhost:${MOCK_PORT}/health`,
    { ...process.env, PORT: String(MOCK_PORT) },
  );
  try {
    const rows: LighthouseRow[] = [];
    if (BUILDS.includes('production'))
      rows.push(...(await measureBuild('production', altcraftConnectionSeed(MOCK_PORT))));
    if (BUILDS.includes('demo')) rows.push(...(await measureBuild('demo', null)));
    if (BUILDS.includes('floor')) rows.push(...(await measureBuild('floor', null)));
    return rows;
  } finally {
    stopServer(mockServer);
  }
}
