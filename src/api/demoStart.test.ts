import { describe, expect, it } from 'vitest';
import { DEMO_BASE_URL } from './demo';
import { demoRequestMayGo, holdDemoRequestsUntil } from './demoStart';

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe('requests while the embedded backend starts', () => {
  it('hold a demo request until the start is over, and let a real backend’s go at once', async () => {
    let finish = () => {};
    holdDemoRequestsUntil(new Promise<void>((resolve) => (finish = resolve)));

    const demo = demoRequestMayGo(`${DEMO_BASE_URL}/segments/list/`);
    expect(await settled(demo)).toBe(false);
    expect(await settled(demoRequestMayGo('https://api.altcraft.example/api/v1.1/segments/list/'))).toBe(true);

    finish();
    expect(await settled(demo)).toBe(true);
  });

  it('let demo requests go after a failed start, so that they fail as they would', async () => {
    holdDemoRequestsUntil(Promise.reject(new Error('IndexedDB is off')));
    await expect(demoRequestMayGo(`${DEMO_BASE_URL}/segments/list/`)).resolves.toBeUndefined();
  });
});
