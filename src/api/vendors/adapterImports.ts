/**
 * Each vendor's adapter chunk, by vendor id. The registry loads one on first use (lazyProvider.ts);
 * main.tsx starts the active connection's download at once (connections/activeHint.ts), alongside
 * the app's scripts instead of after them. Both go through these `import()`s, so the bundler makes
 * one chunk per vendor and the browser fetches it once. No other import: the entry carries this.
 */
import type { VendorAdapter } from './settings';

export const ADAPTER_IMPORTS = {
  altcraft: (): Promise<VendorAdapter> => import('./altcraft'),
  push0: (): Promise<VendorAdapter> => import('./push0'),
  digitalAudience: (): Promise<VendorAdapter> => import('./digitalAudience'),
};

/** Starts the download of `vendor`'s adapter, when it names one; a failure is left to the first real use. */
export function prefetchAdapter(vendor: string): void {
  if (Object.hasOwn(ADAPTER_IMPORTS, vendor))
    ADAPTER_IMPORTS[vendor as keyof typeof ADAPTER_IMPORTS]().catch(() => undefined);
}
