import * as fc from 'fast-check';
import { ApiError } from '@/api/errors';
import type { MemberResult } from '@/api/provider';
import { MEMBER_CONCURRENCY, runMemberBatch } from './memberRun';

/** A backend whose answers the test releases: counts what is in flight at once. */
function gatedBackend(answer: (id: string) => MemberResult = (id) => ({ profileId: id, ok: true })) {
  let inFlight = 0;
  let peak = 0;
  const sent: string[] = [];
  const send = async (id: string) => {
    sent.push(id);
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1));
    inFlight -= 1;
    return answer(id);
  };
  return { send, sent, peak: () => peak };
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);

describe('runMemberBatch', () => {
  it('sends each profile once, at most three at a time, and reports every answer', async () => {
    const backend = gatedBackend();
    const progress: Array<[number, number]> = [];
    const run = await runMemberBatch({
      ids: ids(10),
      action: 'add',
      send: backend.send,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(run.end).toBe('finished');
    expect(run.rows.map((row) => [row.profileId, row.outcome])).toEqual(ids(10).map((id) => [id, 'added']));
    expect(run.notSent).toEqual([]);
    expect(backend.sent.sort()).toEqual(ids(10).sort());
    expect(backend.peak()).toBe(MEMBER_CONCURRENCY);
    expect(progress).toEqual(ids(10).map((_, i) => [i + 1, 10]));
  });

  it('keeps the given order and one row per profile whatever the answers and concurrency', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}$/), { maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        fc.func(fc.boolean()),
        async (list, concurrency, fails) => {
          const backend = gatedBackend((id) =>
            fails(id) ? { profileId: id, ok: false, error: new ApiError({ code: 500 }) } : { profileId: id, ok: true },
          );
          const run = await runMemberBatch({ ids: list, action: 'remove', send: backend.send, concurrency });
          expect(run.rows.map((row) => row.profileId)).toEqual(list);
          expect(run.rows.map((row) => row.outcome)).toEqual(list.map((id) => (fails(id) ? 'failed' : 'removed')));
          expect(backend.peak()).toBeLessThanOrEqual(concurrency);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('stops sending after a 401 and lists what was not sent', async () => {
    const backend = gatedBackend((id) =>
      id === 'p2' ? { profileId: id, ok: false, error: new ApiError({ code: 401 }) } : { profileId: id, ok: true },
    );
    const run = await runMemberBatch({ ids: ids(20), action: 'add', send: backend.send, concurrency: 2 });
    expect(run.end).toBe('unauthorized');
    // p1 and p2 go first; p3 leaves before p2's refusal arrives; nothing after it.
    expect(run.rows.map((row) => row.profileId)).toEqual(['p1', 'p2', 'p3']);
    expect(run.rows[1]!.outcome).toBe('failed');
    expect(run.notSent).toEqual(ids(20).slice(3));
  });

  it('stops sending when cancelled, and lets the requests already sent finish', async () => {
    const controller = new AbortController();
    const backend = gatedBackend();
    const run = await runMemberBatch({
      ids: ids(30),
      action: 'add',
      send: backend.send,
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 5) controller.abort();
      },
    });
    expect(run.end).toBe('cancelled');
    expect(run.rows.length).toBeGreaterThanOrEqual(5);
    expect(run.rows.every((row) => row.outcome === 'added')).toBe(true);
    expect(run.rows.length + run.notSent.length).toBe(30);
    expect(backend.sent).toHaveLength(run.rows.length);
  });

  it('turns a thrown error into a failed row instead of losing the batch', async () => {
    const run = await runMemberBatch({
      ids: ['a', 'b'],
      action: 'add',
      send: (id) => (id === 'a' ? Promise.reject(new Error('boom')) : Promise.resolve({ profileId: id, ok: true })),
    });
    expect(run.rows.map((row) => [row.profileId, row.outcome, row.error?.message])).toEqual([
      ['a', 'failed', 'boom'],
      ['b', 'added', undefined],
    ]);
  });
});
