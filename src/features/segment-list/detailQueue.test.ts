import { detailQueue } from './detailQueue';

/** Reads that finish when the test says, recording what was asked and what was aborted. */
function fakeReads() {
  const pending = new Map<string, { resolve: (value: string) => void; reject: (error: Error) => void }>();
  const started: string[] = [];
  const aborted: string[] = [];
  const load = (id: string, signal: AbortSignal) =>
    new Promise<string>((resolve, reject) => {
      started.push(id);
      pending.set(id, { resolve, reject });
      signal.addEventListener('abort', () => {
        aborted.push(id);
        reject(new Error('aborted'));
      });
    });
  const settle = async (id: string, outcome: 'ok' | 'fail' = 'ok') => {
    const read = pending.get(id)!;
    pending.delete(id);
    if (outcome === 'ok') read.resolve(`detail ${id}`);
    else read.reject(new Error(`no ${id}`));
    // Let the queue's then-callbacks run.
    await Promise.resolve();
    await Promise.resolve();
  };
  return { load, settle, started, aborted };
}

function setup(concurrency = 2) {
  const reads = fakeReads();
  const loaded: Array<[string, string]> = [];
  const failed: string[] = [];
  const queue = detailQueue({
    concurrency,
    load: reads.load,
    onLoaded: (id, value: string) => loaded.push([id, value]),
    onFailed: (id) => failed.push(id),
  });
  return { queue, reads, loaded, failed };
}

describe('detailQueue', () => {
  it('reads at most `concurrency` at once, in the order wanted, and starts the next as one finishes', async () => {
    const { queue, reads, loaded } = setup(2);
    queue.want(['a', 'b', 'c', 'd']);
    expect(reads.started).toEqual(['a', 'b']);
    await reads.settle('b');
    expect(reads.started).toEqual(['a', 'b', 'c']);
    expect(queue.running()).toEqual(['a', 'c']);
    await reads.settle('a');
    await reads.settle('c');
    await reads.settle('d');
    expect(loaded).toEqual([
      ['b', 'detail b'],
      ['a', 'detail a'],
      ['c', 'detail c'],
      ['d', 'detail d'],
    ]);
    expect(queue.running()).toEqual([]);
  });

  it('aborts reads of rows scrolled away and reads the rows now in view first', async () => {
    const { queue, reads, loaded } = setup(2);
    queue.want(['a', 'b', 'c']);
    queue.want(['x', 'b', 'y']);
    expect(reads.aborted).toEqual(['a']);
    expect(queue.running()).toEqual(['b', 'x']);
    await Promise.resolve();
    await Promise.resolve();
    // An aborted read reports nothing, and may be wanted again later.
    expect(loaded).toEqual([]);
    queue.want(['a']);
    expect(reads.aborted).toEqual(['a', 'b', 'x']);
    expect(reads.started.at(-1)).toBe('a');
    await reads.settle('a');
    expect(loaded).toEqual([['a', 'detail a']]);
  });

  it('reads each id once, and does not retry a failure by itself', async () => {
    const { queue, reads, failed } = setup(1);
    queue.want(['a', 'b']);
    await reads.settle('a', 'fail');
    await reads.settle('b');
    queue.want(['a', 'b']);
    expect(reads.started).toEqual(['a', 'b']);
    expect(failed).toEqual(['a']);
  });

  it('stops on dispose: running reads are aborted and report nothing', async () => {
    const { queue, reads, loaded, failed } = setup(2);
    queue.want(['a', 'b', 'c']);
    queue.dispose();
    expect(reads.aborted).toEqual(['a', 'b']);
    queue.want(['c']);
    expect(reads.started).toEqual(['a', 'b']);
    await Promise.resolve();
    expect([loaded, failed]).toEqual([[], []]);
  });
});
