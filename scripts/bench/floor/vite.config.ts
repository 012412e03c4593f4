/**
 * The stack's floor (see main.tsx): built and served like the app (scripts/precompress.ts), so
 * Lighthouse compares the two on the same terms. `npm run bench -- lighthouse` builds it.
 */
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from '../../precompress';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()],
});
