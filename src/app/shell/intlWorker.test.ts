import { afterEach, describe, expect, it, vi } from 'vitest';

const loadIntlData = vi.hoisted(() => vi.fn<(locales: readonly string[]) => string[]>(() => []));
vi.mock('./intlData', () => ({ loadIntlData }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
  loadIntlData.mockClear();
});

/** Loads the worker's module into this scope, as its own global would run it. */
async function startWorker() {
  const close = vi.fn<() => void>();
  vi.stubGlobal('close', close);
  vi.stubGlobal('onmessage', null);
  await import('./intlWorker');
  const onmessage = (globalThis as unknown as { onmessage: (event: { data: unknown }) => void }).onmessage;
  return { close, post: (data: unknown) => onmessage({ data }) };
}

describe('the Intl worker', () => {
  it('loads the data for the locales it is told, then closes', async () => {
    const worker = await startWorker();
    worker.post(['ru', 'ru-RU']);
    expect(loadIntlData).toHaveBeenCalledWith(['ru', 'ru-RU']);
    expect(worker.close).toHaveBeenCalledOnce();
  });

  it('closes without loading anything on a message that is not a list of locales', async () => {
    const worker = await startWorker();
    worker.post({ locales: 'en' });
    expect(loadIntlData).not.toHaveBeenCalled();
    expect(worker.close).toHaveBeenCalledOnce();
  });
});
