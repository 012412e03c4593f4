import type { RequestHandler } from 'msw';
import { DEMO_BASE_URL } from '@/api/demo';
import { altcraftHandlers } from './altcraft';

/**
 * The embedded backend's handlers at `baseUrl`: the browser worker and msw/node use the demo
 * host, scripts/mock-server.ts a real localhost URL. All of them share one store (backend.ts).
 */
export function createHandlers(baseUrl: string = DEMO_BASE_URL): RequestHandler[] {
  return altcraftHandlers(baseUrl.replace(/\/+$/, ''));
}

export const handlers = createHandlers();
