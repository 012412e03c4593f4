import { createId } from './ids';

describe('createId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives unique ids', () => {
    const ids = new Set(Array.from({ length: 2000 }, createId));
    expect(ids.size).toBe(2000);
  });

  it('falls back to a counter with a random suffix where crypto.randomUUID is missing', () => {
    vi.stubGlobal('crypto', undefined);
    const ids = Array.from({ length: 500 }, createId);
    expect(new Set(ids).size).toBe(500);
    expect(ids[0]).toMatch(/^n[0-9a-z]+-[0-9a-z]*$/);
  });
});
