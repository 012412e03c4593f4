import type { RequestHandler } from 'msw';
import { DEMO_BASE_URL, DEMO_DA_BASE_URL, DEMO_PUSH0_BASE_URL } from '@/api/demo';
import { altcraftHandlers } from './altcraft';
import { digitalAudienceHandlers, type DaSessionOptions } from './digitalAudience';
import { push0Handlers } from './push0';

/** Where each vendor's embedded backend answers, and how Digital Audience takes its session. */
export interface HandlerOptions {
  altcraft?: string;
  push0?: string;
  digitalAudience?: string;
  /** Defaults suit the browser demo and msw/node, which have no proxy in front (session.ts). */
  daSession?: DaSessionOptions;
}

const trim = (url: string) => url.replace(/\/+$/, '');

/**
 * The embedded backend's handlers for the three vendors: the browser worker and msw/node use the
 * demo host, scripts/mock-server.ts real localhost URLs. A string is the Altcraft base URL alone
 * (the first release's form); the other vendors then stay at their demo URLs. Every vendor keeps
 * its data in one shared place (backend.ts and each vendor's store.ts).
 */
export function createHandlers(options: string | HandlerOptions = {}): RequestHandler[] {
  const urls = typeof options === 'string' ? { altcraft: options } : options;
  const daSession = (typeof options === 'string' ? undefined : options.daSession) ?? { acceptSessionHeader: true };
  return [
    ...altcraftHandlers(trim(urls.altcraft ?? DEMO_BASE_URL)),
    ...push0Handlers(trim(urls.push0 ?? DEMO_PUSH0_BASE_URL)),
    ...digitalAudienceHandlers(trim(urls.digitalAudience ?? DEMO_DA_BASE_URL), daSession),
  ];
}

export const handlers = createHandlers();
