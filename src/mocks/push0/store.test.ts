import { currentBackend, disablePersistence, enablePersistence, resetDemoData, resetStore } from '../backend';
import { push0Id, type Push0Segment } from './seed';
import { PUSH0_STORAGE_KEY } from './store';
import { push0 } from './testing';

afterEach(() => {
  disablePersistence();
  resetStore();
  vi.restoreAllMocks();
});

/** A reload: the module state is gone, only localStorage remains. */
const reload = () => enablePersistence(localStorage);
const all = async () => (await push0<Push0Segment[]>('?limit=100')).body;

describe('Push0 demo persistence', () => {
  it('keeps created, edited and deleted segments across a reload, under its own key', async () => {
    reload();
    expect(localStorage.getItem(PUSH0_STORAGE_KEY)).toBeNull();
    const created = (await push0<Push0Segment>('', { method: 'POST', body: { name: 'Saved', constraints: [] } })).body;
    await push0('', { method: 'PATCH', body: { id: push0Id(0), name: 'Renamed' } });
    await push0(`?id=${push0Id(1)}`, { method: 'DELETE' });
    expect(localStorage.getItem(PUSH0_STORAGE_KEY)).toContain('Saved');

    resetStore(); // the page goes away...
    reload(); // ...and comes back
    const names = (await all()).map((s) => s.name);
    expect(names).toContain('Saved');
    expect(names).toContain('Renamed');
    expect(names).toHaveLength(25);
    const next = (await push0<Push0Segment>('', { method: 'POST', body: { name: 'Next', constraints: [] } })).body;
    expect(next.id).not.toBe(created.id);
  });

  it('reseeds when the saved state does not parse', async () => {
    localStorage.setItem(PUSH0_STORAGE_KEY, '{"segments": 3');
    reload();
    expect(await all()).toHaveLength(25);
  });

  it('forgets every change on "Reset demo data", with the Altcraft data', async () => {
    reload();
    await push0(`?id=${push0Id(0)}`, { method: 'DELETE' });
    currentBackend().store.remove(1);
    resetDemoData();
    expect(localStorage.getItem(PUSH0_STORAGE_KEY)).toBeNull();
    expect((await all())[0]!.id).toBe(push0Id(0));
    expect(currentBackend().store.segment(1)).toBeDefined();
  });

  it('still answers when the storage refuses to save', async () => {
    reload();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const created = await push0('', { method: 'POST', body: { name: 'Unsaved', constraints: [] } });
    expect(created.status).toBe(201);
    expect(warn).toHaveBeenCalled();
  });
});
