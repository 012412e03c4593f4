import { fileURLToPath, URL } from 'node:url';
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

// A backend without CORS headers is reached through /proxy/* (DESIGN.md, Configuration).
function proxyFor(target: string | undefined) {
  if (!target) return undefined;
  return {
    '/proxy': {
      target,
      changeOrigin: true,
      secure: true,
      rewrite: (path: string) => path.replace(/^\/proxy/, ''),
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const proxy = proxyFor(env.VITE_PROXY_TARGET);
  return {
    plugins: [react()],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    server: { port: 5173, strictPort: true, proxy },
    preview: { port: 4173, strictPort: true, proxy },
    build: { sourcemap: false, chunkSizeWarningLimit: 800 },
  };
});
