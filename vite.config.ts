import { fileURLToPath, URL } from 'node:url';
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/csp.ts';
import { PAGE_SHELL_MODULES, pageShell } from './scripts/pageShell.ts';
import { precompress } from './scripts/precompress.ts';
import { proxyConfig } from './scripts/proxy.ts';

export default defineConfig(({ mode, command }) => {
  const env = loadEnv(mode, process.cwd(), '');
  // Backends without CORS headers are reached through /proxy/* (docs/architecture.md, Configuration; scripts/proxy.ts).
  // A build has no server to proxy with, so it neither reads nor reports the proxy settings.
  const proxy = command === 'serve' ? proxyConfig(env) : undefined;
  return {
    plugins: [react(), pageShell(), precompress()],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        // The public suffix list (95 KiB gzip) is not loaded for the demo's own cookie jar: see the file.
        tldts: fileURLToPath(new URL('./src/mocks/registrableDomain.ts', import.meta.url)),
      },
    },
    server: { port: 5173, strictPort: true, proxy },
    // The built app is served with its CSP (scripts/csp.ts); the dev server is not, because
    // React Refresh injects inline scripts.
    preview: {
      port: 4173,
      strictPort: true,
      proxy,
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(env.VITE_CSP_CONNECT_SRC || undefined),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      },
    },
    build: {
      sourcemap: false,
      chunkSizeWarningLimit: 800,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // A group takes the modules it names, not everything they import.
            includeDependenciesRecursively: false,
            groups: [
              {
                // The page shell's entry and the little it imports (scripts/pageShell.ts), kept
                // apart from the chunks the app's modules share, which import React and MUI.
                name: 'shell',
                test: PAGE_SHELL_MODULES,
              },
              {
                // What the registry knows of every vendor before its adapter arrives (capabilities and
                // their operator tables), one chunk rather than one per vendor: the entry's adapter
                // prefetch (api/vendors/adapterImports.ts) would otherwise split them apart.
                name: 'vendors',
                test: /src[\\/]api[\\/](vendors[\\/](registry|lazyProvider)|capabilities|http|displayLanguage|[a-zA-Z]+[\\/](capabilities|operators|nesting|endpoints|fieldTypes))\.ts/,
              },
              {
                // The demo's constants (built-in connections, the embedded backend's host) ride with
                // the connection store, which every page loads, instead of a chunk of their own that
                // a build without the demo fetched on every first load.
                name: 'connections',
                test: /src[\\/]api[\\/](demo\.ts|connections[\\/](?!storageKeys|activeHint))/,
              },
            ],
          },
        },
      },
    },
  };
});
