import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, resolveChromium } from './e2e/browser';

// Overridable so a second run (or a busy port) does not collide with a running preview.
const appPort = Number(process.env.E2E_APP_PORT ?? 4173);
const mockServerPort = Number(process.env.E2E_MOCK_PORT ?? 8787);
const executablePath = resolveChromium();
const distDir = process.env.E2E_DIST ?? 'dist';
const mockOrigin = `http://localhost:${mockServerPort}`;
/**
 * The preview's named proxies (scripts/proxy.ts) to each vendor on the mock server, so a connection
 * can use a base URL under /proxy/ the way one does in front of a backend without CORS headers.
 * `vite preview` reads it once, at start.
 */
const proxyTargets = [`altcraft=${mockOrigin}/api/v1.1`, `push0=${mockOrigin}/push0/v1`, `da=${mockOrigin}/da`].join(
  ',',
);

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    ['json', { outputFile: 'reports/e2e.json' }],
  ],
  use: {
    baseURL: `http://localhost:${appPort}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
  ],
  webServer: [
    {
      // The production build with the embedded backend: what a demo deploy serves.
      // E2E_DIST lets two runs on one machine build side by side without overwriting each other.
      command: `npm run build:demo -- --outDir ${distDir} --emptyOutDir && npx vite preview --outDir ${distDir} --port ${appPort} --strictPort`,
      url: `http://localhost:${appPort}`,
      env: { VITE_PROXY_TARGETS: proxyTargets },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The same handlers over real HTTP, for the spec that uses a real connection.
      command: `npm run mock-server`,
      url: `http://localhost:${mockServerPort}/health`,
      env: { PORT: String(mockServerPort) },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
