import { preloadRoutes } from './pages';
import {
  appPathOf,
  createPreloader,
  IDLE_DELAY_MS,
  matchesPattern,
  routeFor,
  savesData,
  watchForPreloads,
  type PreloadRoute,
} from './preload';

function table() {
  const list = vi.fn<() => Promise<unknown>>(() => Promise.resolve({}));
  const editor = vi.fn<() => Promise<unknown>>(() => Promise.resolve({}));
  const detail = vi.fn<() => Promise<unknown>>(() => Promise.resolve({}));
  const routes: PreloadRoute[] = [
    { path: '/segments', load: list, next: ['/segments/:id/edit', '/segments/:id'] },
    { path: '/segments/new', load: editor },
    { path: '/segments/:id/edit', load: editor, next: ['/segments'] },
    { path: '/segments/:id', load: detail },
  ];
  return { routes, list, editor, detail };
}

describe('createPreloader', () => {
  it('fetches the chunk of the page a path leads to, once', () => {
    const { routes, editor, list } = table();
    const preloader = createPreloader(routes, () => true);
    preloader.preload('/segments/42/edit');
    preloader.preload('/segments/new');
    expect(editor).toHaveBeenCalledTimes(1);
    expect(list).not.toHaveBeenCalled();
  });

  it('preloads the pages usually opened next', () => {
    const { routes, editor, detail, list } = table();
    createPreloader(routes, () => true).preloadNext('/segments');
    expect(editor).toHaveBeenCalledTimes(1);
    expect(detail).toHaveBeenCalledTimes(1);
    expect(list).not.toHaveBeenCalled();
  });

  it('ignores paths of no page', () => {
    const { routes, list, editor, detail } = table();
    const preloader = createPreloader(routes, () => true);
    preloader.preload('/nowhere');
    preloader.preloadNext('/nowhere');
    expect([list, editor, detail].every((load) => load.mock.calls.length === 0)).toBe(true);
  });

  it('fetches nothing ahead for a user who saves data', () => {
    const { routes, editor } = table();
    createPreloader(routes, () => false).preload('/segments/new');
    expect(editor).not.toHaveBeenCalled();
  });

  it('tries a failed preload again next time', async () => {
    const { routes, editor } = table();
    editor.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    const preloader = createPreloader(routes, () => true);
    preloader.preload('/segments/new');
    await Promise.resolve();
    await Promise.resolve();
    preloader.preload('/segments/new');
    expect(editor).toHaveBeenCalledTimes(2);
  });
});

describe('matchesPattern', () => {
  it('matches static parts exactly and a parameter to any one part', () => {
    expect(matchesPattern('/segments/:id/edit', '/segments/12/edit')).toBe(true);
    expect(matchesPattern('/segments/:id/edit', '/segments/12/edit/')).toBe(true);
    expect(matchesPattern('/segments/:id/edit', '/segments/12')).toBe(false);
    expect(matchesPattern('/segments/:id', '/segments/12/edit')).toBe(false);
    expect(matchesPattern('/segments', '/settings')).toBe(false);
    expect(matchesPattern('/', '/')).toBe(true);
  });
});

describe('the app’s preload table', () => {
  it('sends each page of the app to its own chunk, static paths before parameters', () => {
    const load = (path: string) => routeFor(preloadRoutes, path)?.load;
    expect(load('/segments/new')).toBe(load('/segments/5/edit'));
    expect(load('/segments/new')).not.toBe(load('/segments/5'));
    expect(load('/')).toBe(load('/segments'));
    expect(load('/settings')).toBeDefined();
    expect(load('/nowhere/at/all')).toBeUndefined();
  });

  it('names as next pages only pages it has', () => {
    const paths = new Set(preloadRoutes.map((route) => route.path));
    expect(preloadRoutes.flatMap((route) => route.next ?? []).filter((path) => !paths.has(path))).toEqual([]);
  });
});

describe('savesData', () => {
  it('reads Save-Data and a 2G connection as "fetch only what is needed"', () => {
    const with_ = (connection: object) => ({ connection }) as unknown as Navigator;
    expect(savesData(with_({ saveData: true }))).toBe(true);
    expect(savesData(with_({ effectiveType: 'slow-2g' }))).toBe(true);
    expect(savesData(with_({ effectiveType: '2g' }))).toBe(true);
    expect(savesData(with_({ effectiveType: '4g', saveData: false }))).toBe(false);
    expect(savesData({} as Navigator)).toBe(false);
  });
});

describe('appPathOf', () => {
  const origin = 'http://localhost:3000';
  function link(href: string, attributes: Record<string, string> = {}) {
    const anchor = document.createElement('a');
    anchor.href = href;
    for (const [name, value] of Object.entries(attributes)) anchor.setAttribute(name, value);
    const inner = document.createElement('span');
    anchor.append(inner);
    return { anchor, inner };
  }

  it('finds the app path of a link from anything inside it', () => {
    expect(appPathOf(link(`${origin}/segments/7/edit`).inner, origin)).toBe('/segments/7/edit');
  });

  it('ignores other origins, new tabs, downloads and non-links', () => {
    expect(appPathOf(link('https://elsewhere.test/segments').anchor, origin)).toBeNull();
    expect(appPathOf(link(`${origin}/segments`, { target: '_blank' }).anchor, origin)).toBeNull();
    expect(appPathOf(link(`${origin}/export.csv`, { download: '' }).anchor, origin)).toBeNull();
    expect(appPathOf(document.createElement('button'), origin)).toBeNull();
    expect(appPathOf(null, origin)).toBeNull();
  });
});

describe('watchForPreloads', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  function setup() {
    const preloader = { preload: vi.fn<(path: string) => void>(), preloadNext: vi.fn<(path: string) => void>() };
    let showPage: (pathname: string) => void = () => undefined;
    const stop = watchForPreloads(preloader, (onPage) => {
      showPage = onPage;
      return () => undefined;
    });
    return { preloader, showPage: (path: string) => showPage(path), stop };
  }

  it('preloads a link’s page when the pointer is over it or it gets the keyboard focus', () => {
    const { preloader, stop } = setup();
    const anchor = document.createElement('a');
    anchor.href = '/segments/3';
    anchor.textContent = 'Segment 3';
    document.body.append(anchor);
    anchor.dispatchEvent(new Event('pointerover', { bubbles: true }));
    anchor.focus();
    expect(preloader.preload.mock.calls).toEqual([['/segments/3'], ['/segments/3']]);
    stop();
    anchor.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(preloader.preload).toHaveBeenCalledTimes(2);
  });

  it('preloads the next pages once the page shown has been quiet a while, not before', () => {
    vi.useFakeTimers();
    const { preloader, showPage, stop } = setup();
    document.dispatchEvent(new Event('pointermove'));
    showPage('/segments/new');
    vi.advanceTimersByTime(IDLE_DELAY_MS / 2);
    // Left before it settled: only the page the user stays on counts.
    showPage('/segments');
    vi.advanceTimersByTime(IDLE_DELAY_MS - 1);
    expect(preloader.preloadNext).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runOnlyPendingTimers();
    expect(preloader.preloadNext.mock.calls).toEqual([['/segments']]);
    stop();
  });

  it('fetches nothing ahead for a page no one uses, and starts once someone does', () => {
    vi.useFakeTimers();
    const { preloader, showPage, stop } = setup();
    showPage('/segments');
    vi.advanceTimersByTime(IDLE_DELAY_MS * 5);
    vi.runOnlyPendingTimers();
    expect(preloader.preloadNext).not.toHaveBeenCalled();

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    vi.advanceTimersByTime(IDLE_DELAY_MS);
    vi.runOnlyPendingTimers();
    expect(preloader.preloadNext.mock.calls).toEqual([['/segments']]);
    stop();
  });
});
