import { DA_PATHS } from '@/api/digitalAudience/endpoints';
import { DEMO_DA_AUDIENCE_ID } from '@/api/demo';
import { disablePersistence, enablePersistence, resetDemoData, resetStore } from '../backend';
import { memoryRecords, type MemoryRecords } from '../storage/records';
import { DA_FIRST_ID, type DaSegment } from './seed';
import { da } from './testing';
import { lastDataWrite } from '../testing/lastWrite';

afterEach(() => {
  disablePersistence();
  resetStore();
  vi.restoreAllMocks();
});

/** A reload: the module state is gone, only the stored records remain. */
async function reload(storage: MemoryRecords): Promise<void> {
  resetStore();
  await enablePersistence(storage);
}
const list = async () => (await da<{ data: DaSegment[] }>(DA_PATHS.listByAudience(DEMO_DA_AUDIENCE_ID))).body.data;
const extend = (endDate: string) =>
  da(DA_PATHS.updateEndDate, { method: 'POST', body: { segmentid: DA_FIRST_ID, endDate } });

describe('Digital Audience demo persistence', () => {
  it('keeps end dates, deletions and new audiences across a reload', async () => {
    const storage = memoryRecords();
    await reload(storage);
    await extend('2027-06-30T00:00:00Z');
    expect(lastDataWrite(storage).puts.map(([key]) => key)).toEqual([`da:segments:${DA_FIRST_ID}`]);
    await da(DA_PATHS.remove(DA_FIRST_ID + 1), { method: 'DELETE' });
    await da(DA_PATHS.createAudience, { method: 'POST', body: { name: 'Kept', campaignId: 78 } });

    await reload(storage);
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
    const storage = memoryRecords();
    await reload(storage);
    await extend('2027-06-30T00:00:00Z');
    await resetDemoData();
    expect((await list())[0]!.endDate).not.toContain('2027-06-30');
    await reload(storage);
    expect((await list())[0]!.endDate).not.toContain('2027-06-30');
  });

  it('reseeds from broken records, and answers 507 with nothing changed when the storage refuses', async () => {
    const storage = memoryRecords([['da:meta', { order: { segments: [1], audiences: [] } }]]);
    await reload(storage);
    expect(await list()).toHaveLength(15);
    storage.failWith(new Error('disabled'));
    const refused = await extend('2027-06-30T00:00:00Z');
    expect(refused.status).toBe(507);
    expect((await list())[0]!.endDate).not.toContain('2027-06-30');
  });
});
