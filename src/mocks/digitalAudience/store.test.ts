import { DA_PATHS } from '@/api/digitalAudience/endpoints';
import { DEMO_DA_AUDIENCE_ID } from '@/api/demo';
import { disablePersistence, enablePersistence, resetDemoData, resetStore } from '../backend';
import { DA_FIRST_ID, type DaSegment } from './seed';
import { DA_STORAGE_KEY } from './store';
import { da } from './testing';

afterEach(() => {
  disablePersistence();
  resetStore();
  vi.restoreAllMocks();
});

const reload = () => enablePersistence(localStorage);
const list = async () => (await da<{ data: DaSegment[] }>(DA_PATHS.listByAudience(DEMO_DA_AUDIENCE_ID))).body.data;
const extend = (endDate: string) =>
  da(DA_PATHS.updateEndDate, { method: 'POST', body: { segmentid: DA_FIRST_ID, endDate } });

describe('Digital Audience demo persistence', () => {
  it('keeps end dates, deletions and new audiences across a reload', async () => {
    reload();
    await extend('2027-06-30T00:00:00Z');
    await da(DA_PATHS.remove(DA_FIRST_ID + 1), { method: 'DELETE' });
    await da(DA_PATHS.createAudience, { method: 'POST', body: { name: 'Kept', campaignId: 78 } });
    expect(localStorage.getItem(DA_STORAGE_KEY)).toContain('2027-06-30');

    resetStore();
    reload();
    const segments = await list();
    expect(segments).toHaveLength(14);
    expect(segments[0]!.endDate).toBe('2027-06-30T00:00:00.000Z');
    const next = await da<{ data: { id: number } }>(DA_PATHS.createAudience, {
      method: 'POST',
      body: { name: 'After reload', campaignId: 78 },
    });
    expect(next.body.data.id).toBe(1004);
  });

  it('resets with the rest of the demo data', async () => {
    reload();
    await extend('2027-06-30T00:00:00Z');
    resetDemoData();
    expect(localStorage.getItem(DA_STORAGE_KEY)).toBeNull();
    expect((await list())[0]!.endDate).not.toContain('2027-06-30');
  });

  it('reseeds from a broken save, and answers when the storage refuses to save', async () => {
    localStorage.setItem(DA_STORAGE_KEY, '[]');
    reload();
    expect(await list()).toHaveLength(15);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('disabled');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await extend('2027-06-30T00:00:00Z')).status).toBe(200);
  });
});
