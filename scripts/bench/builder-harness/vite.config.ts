import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Production build of the builder harness: its own root, output kept out of dist/. */
export const harnessRoot = fileURLToPath(new URL('.', import.meta.url));
export const harnessOutDir = fileURLToPath(new URL('../../../node_modules/.cache/builder-bench', import.meta.url));

export default defineConfig({
  root: harnessRoot,
  base: './',
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('../../../src', import.meta.url)) } },
  logLevel: 'warn',
  build: {
    outDir: harnessOutDir,
    emptyOutDir: true,
    sourcemap: false,
    minify: process.env.HARNESS_MINIFY !== 'false',
    chunkSizeWarningLimit: 2000,
  },
});
