import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMBEDDED_BACKEND_AVAILABLE } from '@/api/embeddedBackend';
import { CONNECTIONS_STORAGE_KEY, LEGACY_CONNECTION_STORAGE_KEY } from '@/api/connections/storageKeys';
import { LANGUAGE_STORAGE_KEY } from '@/ui/i18n/languageChoice';
import {
  drawPageShell,
  initialColorScheme,
  isListPath,
  listWillShow,
  loadIntlDataOffThread,
  MUI_MODE_STORAGE_KEY,
  preconnectToBackend,
} from './pageShell';

const FRAME = '<div class="shell-bar" aria-hidden="true"><span>Segment Studio</span></div>';

function systemPrefersDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: dark && query.includes('dark') }));
}

beforeEach(() => {
  document.body.innerHTML = `<div id="root">${FRAME}</div>`;
  document.documentElement.className = '';
  window.history.replaceState(null, '', '/segments');
  systemPrefersDark(false);
});

afterEach(() => {
  localStorage.clear();
  document.head.querySelectorAll('link[rel=preconnect]').forEach((link) => link.remove());
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the page shell', () => {
  it('picks the scheme MUI will: the stored mode, else the system’s', () => {
    expect(initialColorScheme('dark', false)).toBe('dark');
    expect(initialColorScheme('light', true)).toBe('light');
    expect(initialColorScheme('system', true)).toBe('dark');
    expect(initialColorScheme(null, false)).toBe('light');
    expect(initialColorScheme('nonsense', true)).toBe('dark');
  });

  it('draws the list’s heading only where the list will show its page', () => {
    expect(listWillShow(true, null, null)).toBe(true);
    expect(listWillShow(false, null, null)).toBe(false);
    expect(listWillShow(false, '[]', null)).toBe(false);
    expect(listWillShow(false, 'not json', null)).toBe(false);
    expect(listWillShow(false, '[{"id":"c-1"}]', null)).toBe(true);
    expect(listWillShow(false, null, '{"baseUrl":"https://x"}')).toBe(true);
  });

  it('knows the list’s paths', () => {
    for (const path of ['/', '/segments', '/segments/']) expect(isListPath(path)).toBe(true);
    for (const path of ['/segments/new', '/segments/7', '/segments/7/edit', '/settings', '/segmentsx'])
      expect(isListPath(path)).toBe(false);
  });

  it('marks <html> with the chosen scheme and language, and draws the heading in that language', () => {
    localStorage.setItem(MUI_MODE_STORAGE_KEY, 'dark');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ru');
    localStorage.setItem(CONNECTIONS_STORAGE_KEY, '[{"id":"c-1"}]');
    drawPageShell();
    expect(document.documentElement.classList.contains('dark')).toBe(true);
    expect(document.documentElement.lang).toBe('ru');
    const heading = document.querySelector('.shell-main h1');
    expect(heading?.textContent).toBe('Сегменты');
    // Hidden from assistive technology: the app's own heading replaces it in a moment.
    expect(heading?.closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('follows the system’s scheme and the browser’s language until the user chooses', () => {
    systemPrefersDark(true);
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ru-RU', 'en']);
    localStorage.setItem(LEGACY_CONNECTION_STORAGE_KEY, '{}');
    drawPageShell();
    expect(document.documentElement.className).toBe('dark');
    expect(document.querySelector('.shell-main h1')?.textContent).toBe('Сегменты');
  });

  it('draws the frame alone off the list, and without a connection', () => {
    window.history.replaceState(null, '', '/segments/3/edit');
    localStorage.setItem(CONNECTIONS_STORAGE_KEY, '[{"id":"c-1"}]');
    drawPageShell();
    expect(document.querySelector('.shell-main')).toBeNull();

    window.history.replaceState(null, '', '/segments');
    localStorage.clear();
    drawPageShell();
    // With no connection stored, the build decides: one with the embedded backend has its demos.
    expect(document.querySelector('.shell-main') !== null).toBe(EMBEDDED_BACKEND_AVAILABLE);
  });

  it('draws once, and never over what the app has rendered', () => {
    localStorage.setItem(CONNECTIONS_STORAGE_KEY, '[{"id":"c-1"}]');
    drawPageShell();
    drawPageShell();
    expect(document.querySelectorAll('.shell-main')).toHaveLength(1);
  });

  it('preconnects to the active connection’s server, anonymously, and to nothing on the app’s own origin', () => {
    const connection = { id: 'c-1', vendor: 'altcraft', name: 'Prod', baseUrl: 'https://ac.example.com/api/v1.1' };
    localStorage.setItem(CONNECTIONS_STORAGE_KEY, JSON.stringify([connection]));
    localStorage.setItem('segment-studio:active-connection:v2', 'c-1');
    preconnectToBackend('https://studio.example.com', false);
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=preconnect]')];
    expect(links.map((link) => [link.href, link.crossOrigin])).toEqual([['https://ac.example.com/', 'anonymous']]);

    localStorage.setItem(CONNECTIONS_STORAGE_KEY, JSON.stringify([{ ...connection, baseUrl: '/proxy/ac' }]));
    document.head.querySelectorAll('link[rel=preconnect]').forEach((link) => link.remove());
    preconnectToBackend('https://studio.example.com', false);
    expect(document.head.querySelectorAll('link[rel=preconnect]')).toHaveLength(0);
  });

  describe('the Intl worker', () => {
    /** A Worker stand-in that records how it was started and what it was told. */
    function recordWorkers(fail = false) {
      const started: { url: string; options: WorkerOptions | undefined; messages: unknown[] }[] = [];
      class RecordingWorker {
        constructor(url: URL | string, options?: WorkerOptions) {
          if (fail) throw new DOMException('Refused by the policy', 'SecurityError');
          started.push({ url: String(url), options, messages: [] });
        }
        postMessage(message: unknown) {
          started.at(-1)?.messages.push(message);
        }
      }
      vi.stubGlobal('Worker', RecordingWorker);
      return started;
    }

    it('starts a module worker of its own and tells it the language’s locales', () => {
      const started = recordWorkers();
      loadIntlDataOffThread('ru');
      expect(started).toEqual([
        {
          url: expect.stringMatching(/\/intlWorker\.ts(\?|$)/),
          options: { type: 'module', name: 'segment-studio-intl' },
          messages: [['ru', 'ru-RU']],
        },
      ]);
    });

    it('is started by the shell in the user’s language, on every page', () => {
      const started = recordWorkers();
      window.history.replaceState(null, '', '/segments/3/edit');
      localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ru');
      drawPageShell();
      expect(started.map(({ messages }) => messages)).toEqual([[['ru', 'ru-RU']]]);
    });

    it('leaves the page as it is where workers are missing or refused', () => {
      vi.stubGlobal('Worker', undefined);
      expect(() => loadIntlDataOffThread('en')).not.toThrow();
      recordWorkers(true);
      expect(() => drawPageShell()).not.toThrow();
      expect(document.documentElement.lang).toBe('en');
    });
  });
});
