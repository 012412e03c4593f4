/**
 * Screenshots of the builder harness's demo segment at 1280 and 1920 px (light mode by default).
 * `node --import tsx scripts/bench/builder-harness/screenshots.ts [outDir] [--dark] [--no-build]`
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, resolveChromium } from '../../../e2e/browser';
import { buildHarness, serveHarness } from './server';

const args = process.argv.slice(2);
const outDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'test-results/builder');
const mode = args.includes('--dark') ? 'dark' : 'light';

async function main() {
  if (!args.includes('--no-build')) buildHarness();
  mkdirSync(outDir, { recursive: true });
  const server = await serveHarness();
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumArgs, headless: true });
  try {
    for (const width of [1280, 1920]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: mode });
      await page.goto(`${server.url}?scene=demo&mode=${mode}`);
      await page.getByRole('button', { name: 'Add condition' }).first().waitFor();
      const file = join(outDir, `builder-${width}${mode === 'dark' ? '-dark' : ''}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.info(`Wrote ${file}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
