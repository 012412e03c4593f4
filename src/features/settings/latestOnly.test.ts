import { describe, expect, it } from 'vitest';
import { createLatestOnly } from './latestOnly';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('createLatestOnly', () => {
  it('aborts the run before and drops its late result', async () => {
    const latest = createLatestOnly();
    const slow = deferred<string>();
    const fast = deferred<string>();
    const signals: AbortSignal[] = [];
    // Work that ignores its signal, as a slow server might.
    const first = latest.run((signal) => (signals.push(signal), slow.promise));
    const second = latest.run((signal) => (signals.push(signal), fast.promise));
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
    fast.resolve('second');
    expect(await second).toEqual({ current: true, value: 'second' });
    slow.resolve('first');
    expect(await first).toEqual({ current: false });
  });

  it('drops a late failure too, and passes the current one on', async () => {
    const latest = createLatestOnly();
    const stale = latest.run(() => Promise.reject(new Error('stale')));
    latest.cancel();
    expect(await stale).toEqual({ current: false });
    await expect(latest.run(() => Promise.reject(new Error('now')))).rejects.toThrow('now');
  });
});
