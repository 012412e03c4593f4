/**
 * A short-lived worker that loads the browser's Intl data for the page (intlData.ts): it is told the
 * locales, builds the formatters, and closes. The data it loaded stays with the renderer process.
 */
import { loadIntlData } from './intlData';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  close(): void;
};

scope.onmessage = ({ data }) => {
  if (Array.isArray(data) && data.every((locale) => typeof locale === 'string')) loadIntlData(data);
  scope.close();
};
