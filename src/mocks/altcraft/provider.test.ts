/**
 * The app's own Altcraft provider against the embedded backend: proof that the two agree on the
 * wire, including the round-trip rule (a segment read and saved unchanged keeps its `segment[]`).
 */
import { toWire } from '@/api/altcraft/convert';
import { builtInConnections, createProvider } from '@/api/connections';
import { isApiError } from '@/api/errors';
import type { Segment } from '@/domain/model';
import { currentBackend, resetStore } from '../backend';

const provider = createProvider(builtInConnections(true)[0]!);

beforeEach(() => resetStore());

describe('the Altcraft provider over the embedded backend', () => {
  it('pages the list and searches names', async () => {
    const first = await provider.list({ limit: 20 });
    expect(first.items).toHaveLength(20);
    expect(first.total).toBe(45);
    const second = await provider.list({ limit: 20, cursor: first.nextCursor! });
    expect(second.items[0]!.id).toBe(21);
    const found = await provider.list({ search: 'birthday' });
    expect(found.items.map((item) => item.name)).toEqual(['Birthday this week', 'Birthday this month']);
  });

  it('saves every seeded segment back unchanged', async () => {
    const { store } = currentBackend();
    const before = Object.fromEntries(store.segments().map((record) => [record.name, record.segment]));
    const written: Record<string, unknown> = {};
    for (const record of store.segments()) {
      const segment = await provider.get(record.id);
      written[record.name] = toWire(segment, { mode: 'update' }).segment ?? [];
      await provider.update(segment);
    }
    expect(written).toEqual(before);
    expect(Object.fromEntries(store.segments().map((record) => [record.name, record.segment]))).toEqual(before);
  });

  it('creates, edits, estimates, checks and deletes a segment', async () => {
    const draft: Segment = {
      name: 'Omsk shoppers',
      tags: [],
      kind: 'dynamic',
      refreshDaily: false,
      databaseId: 1,
      blocks: [
        {
          databaseId: 1,
          sample: { from: 0, to: 100 },
          limit: 0,
          root: {
            type: 'group',
            id: 'root',
            combinator: 'and',
            children: [
              {
                type: 'condition',
                id: 'city',
                field: '_city',
                operator: 'equals',
                value: { kind: 'one', value: 'Omsk' },
              },
              {
                type: 'condition',
                id: 'orders',
                field: 'orders_count',
                operator: 'gte',
                value: { kind: 'one', value: 1 },
              },
            ],
          },
        },
      ],
    };
    const estimate = await provider.estimate!(draft);
    expect(estimate.perGroup.root).toBe(estimate.total);
    const { id } = await provider.create(draft);
    const saved = await provider.get(id);
    expect(saved.count).toBe(estimate.total);

    const member = currentBackend().evaluator.members(currentBackend().store.segment(Number(id))!)[0]!;
    const check = await provider.checkProfile!(id, member.id, { segment: saved });
    expect(check.inSegment).toBe(true);
    expect(check.explain.every((line) => line.matched && line.nodeId)).toBe(true);

    await provider.update({ ...saved, name: 'Omsk customers' });
    expect((await provider.get(id)).name).toBe('Omsk customers');
    await provider.remove(id);
    await expect(provider.get(id)).rejects.toSatisfy((error: unknown) => isApiError(error) && error.code === 404);
  });

  it('reads databases, field catalogs, counters and recount tasks', async () => {
    expect((await provider.databases()).map((db) => db.name)).toEqual(['Customers', 'Newsletter', 'Mobile app']);
    const catalog = await provider.fieldCatalog(1);
    expect(catalog.find((field) => field.name === '_sex')?.options).toEqual([
      { value: 1, label: 'Male' },
      { value: 2, label: 'Female' },
    ]);
    const counts = await provider.counts(1, { databaseId: 1 });
    expect(counts.map((c) => c.channel)).toEqual(['email', 'sms', 'push']);
    const { taskId } = await provider.refreshCounts(1);
    const status = await provider.taskStatus(taskId);
    expect(['pending', 'running', 'completed']).toContain(status.status);
  });

  it('adds and removes static members', async () => {
    const staticRecord = currentBackend()
      .store.segments()
      .find((s) => s.is_static && s.segment.length === 0 && s.list_id === 1)!;
    const before = (await provider.get(staticRecord.id)).count!;
    const ids = currentBackend()
      .store.profiles(1)
      .slice(0, 3)
      .map((p) => p.id);
    const added = await provider.addStaticMembers(staticRecord.id, 1, [...ids, 'nobody']);
    expect(added.map((result) => result.ok)).toEqual([true, true, true, false]);
    const after = (await provider.get(staticRecord.id)).count!;
    expect(after - before).toBeGreaterThan(0);
    await provider.removeStaticMembers(staticRecord.id, 1, ids);
    expect((await provider.get(staticRecord.id)).count).toBeLessThan(after);
  });
});
