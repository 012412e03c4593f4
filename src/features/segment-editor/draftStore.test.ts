import { clearDraft, draftKey, readDraft, writeDraft } from './draftStore';

const parseName = (values: unknown) =>
  typeof values === 'object' && values !== null && typeof (values as { name?: unknown }).name === 'string'
    ? (values as { name: string })
    : null;

describe('draft store', () => {
  it('keys drafts by connection and segment, with "new" for an unsaved segment', () => {
    expect(draftKey('demo', '42')).toBe('segment-studio:c:demo:draft:v1:42');
    expect(draftKey('demo', undefined)).toBe('segment-studio:c:demo:draft:v1:new');
    expect(draftKey('prod', '42')).not.toBe(draftKey('demo', '42'));
  });

  it('writes, reads back and clears a draft', () => {
    const key = draftKey('demo', 'new');
    expect(writeDraft(localStorage, key, { name: 'VIP' }, 1_700_000_000_000)).toBe(true);
    expect(readDraft(localStorage, key, parseName)).toEqual({ savedAt: 1_700_000_000_000, values: { name: 'VIP' } });
    clearDraft(localStorage, key);
    expect(readDraft(localStorage, key, parseName)).toBeNull();
  });

  it('drops corrupt or foreign data instead of restoring it', () => {
    const key = draftKey('demo', '1');
    for (const raw of ['{not json', 'null', '"text"', '{"values":{"name":"x"}}', '{"savedAt":1,"values":{"name":3}}']) {
      localStorage.setItem(key, raw);
      expect(readDraft(localStorage, key, parseName)).toBeNull();
    }
  });

  it('survives a storage that throws (quota exceeded, private mode)', () => {
    const broken: Storage = {
      length: 0,
      clear: () => undefined,
      key: () => null,
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(writeDraft(broken, 'k', { name: 'x' }, 1)).toBe(false);
    expect(readDraft(broken, 'k', parseName)).toBeNull();
    expect(() => clearDraft(broken, 'k')).not.toThrow();
  });
});
