/**
 * The embedded backend counting in the browser: the production demo build in headless Chromium,
 * where the backend runs on the page's main thread behind the MSW worker. From inside the page it
 * asks segments/estimate/ for the 20-condition segment of mocks.ts (every group counted, the
 * total with sample and limit) over the 50,000 Customers profiles:
 * - the first count, right after the app has listed the seeded segments (columns read, this
 *   segment's conditions never asked before);
 * - then warm counts, each over a different sample range so no answer is cached whole.
 * Times are the whole request, service worker round trip included.
 * Run alone with `node --import tsx scripts/bench/browserCount.ts`.
 */
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import { DEMO_ONLY_PATHS } from '@/api/altcraft/endpoints';
import { DEMO_BASE_URL, DEMO_TOKEN } from '@/api/demo';
import { launchBenchChromium } from './chromium';
import { buildDemo, startPreview, stopPreview } from './list';
import { TWENTY_CONDITIONS } from './mocks';

/** Clear of the list (4174), editor (4176) and CI (4173, 4273) previews. */
const PORT = 4177;
const WARM_RUNS = 9;

interface InPageTimes {
  first: number;
  warm: number[];
  total: number;
}

/**
 * Runs in the page (as source text: tsx's name-keeping helpers do not exist there): posts the
 * estimate `1 + runs` times, narrowing the sample each time.
 */
function inPageScript(url: string, body: typeof TWENTY_CONDITIONS, runs: number): string {
  return `(async function () {
    var body = ${JSON.stringify(body)};
    async function ask(percentTo) {
      var started = performance.now();
      var segment = Object.assign({}, body.segment[0], { percent_to: percentTo });
      var response = await fetch(${JSON.stringify(url)}, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + ${JSON.stringify(DEMO_TOKEN)} },
        body: JSON.stringify(Object.assign({}, body, { segment: [segment] })),
      });
      var answer = await response.json();
      if (answer.error !== 0) throw new Error('estimate answered error ' + answer.error);
      return { ms: performance.now() - started, total: answer.data.total };
    }
    var first = await ask(100);
    var warm = [];
    for (var i = 1; i <= ${runs}; i++) warm.push((await ask(100 - i)).ms);
    return { first: first.ms, warm: warm, total: first.total };
  })()`;
}

const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value * 10) / 10;

export async function benchBrowserCount(): Promise<Record<string, number>> {
  buildDemo();
  const server = await startPreview(PORT);
  let browser: Browser | undefined;
  try {
    browser = await launchBenchChromium();
    const page = await browser.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(`http://localhost:${PORT}/segments`);
    await page.getByRole('table', { name: 'Segments' }).getByRole('link').first().waitFor();
    const url = `${DEMO_BASE_URL}/${DEMO_ONLY_PATHS.estimate}`;
    const times = await page.evaluate<InPageTimes>(inPageScript(url, TWENTY_CONDITIONS, WARM_RUNS));
    return {
      estimate20Conditions50kFirstMs: round(times.first),
      estimate20Conditions50kMs: round(median(times.warm)),
      estimate20ConditionsMatches: times.total,
    };
  } finally {
    await browser?.close();
    stopPreview(server);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchBrowserCount().then(console.table, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
