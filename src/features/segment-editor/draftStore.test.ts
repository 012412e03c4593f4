import { adoptOrphanDraft, clearDraft, draftKey, readDraft, writeDraft } from './draftStore';
import { currentTabId, startEditorHeartbeat, sweepHeartbeats } from './editorTabs';

const parseName = (values: unknown) =>
  typeof values === 'object' && values !== null && typeof (values as { name?: unknown }).name === 'string'
    ? (values as { name: string })
    : null;

describe('draft store', () => {
  it('keys drafts by connection, segment ("new" for an unsaved one) and tab', () => {
    const tab = currentTabId();
    expect(draftKey('demo', '42')).toBe(`segment-studio:c:demo:draft:v2:42:${tab}`);
    expect(draftKey('demo', undefined)).toBe(`segment-studio:c:demo:draft:v2:new:${tab}`);
    expect(draftKey('prod', '42')).not.toBe(draftKey('demo', '42'));
    // Two tabs never share a key, so neither overwrites the other.
    expect(draftKey('demo', undefined, 'tab-a')).not.toBe(draftKey('demo', undefined, 'tab-b'));
  });

  it('adopts the newest draft a closed tab left, and leaves an open tab\u2019s draft alone', () => {
    writeDraft(localStorage, draftKey('demo', '5', 'closed-old'), { name: 'older' }, 1_000);
    writeDraft(localStorage, draftKey('demo', '5', 'closed-new'), { name: 'newer' }, 2_000);
    writeDraft(localStorage, draftKey('demo', '5', 'open'), { name: 'still editing' }, 3_000);
    localStorage.setItem('segment-studio:editor-tab:open', String(Date.now()));

    expect(adoptOrphanDraft(localStorage, 'demo', '5')).toBe(draftKey('demo', '5'));
    expect(readDraft(localStorage, draftKey('demo', '5'), parseName)?.values.name).toBe('newer');
    expect(localStorage.getItem(draftKey('demo', '5', 'closed-new'))).toBeNull();
    expect(localStorage.getItem(draftKey('demo', '5', 'open'))).not.toBeNull();
    expect(adoptOrphanDraft(localStorage, 'demo', '6')).toBeNull();
  });

  it('beats while an editor is open and stops when it closes; stale beats are swept', () => {
    const key = `segment-studio:editor-tab:${currentTabId()}`;
    const stop = startEditorHeartbeat();
    expect(localStorage.getItem(key)).not.toBeNull();
    stop();
    expect(localStorage.getItem(key)).toBeNull();
    localStorage.setItem('segment-studio:editor-tab:gone', '1');
    sweepHeartbeats();
    expect(localStorage.getItem('segment-studio:editor-tab:gone')).toBeNull();
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
