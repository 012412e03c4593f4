import { editorShortcut as historyShortcut } from './useEditorShortcuts';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
  code = `Key${key.toUpperCase()}`,
) => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('history shortcuts', () => {
  it('maps Ctrl/Cmd+Z to undo and Shift+Ctrl/Cmd+Z or Ctrl+Y to redo', () => {
    expect(historyShortcut(press('z', { ctrlKey: true }))).toBe('undo');
    expect(historyShortcut(press('z', { metaKey: true }))).toBe('undo');
    expect(historyShortcut(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(press('z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(historyShortcut(press('y', { ctrlKey: true }))).toBe('redo');
  });

  it('works on other keyboard layouts by the physical key', () => {
    expect(historyShortcut(press('я', { ctrlKey: true }, 'KeyZ'))).toBe('undo');
  });

  it('ignores plain keys and other combinations', () => {
    expect(historyShortcut(press('z'))).toBeNull();
    expect(historyShortcut(press('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyShortcut(press('y', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(historyShortcut(press('x', { ctrlKey: true }))).toBeNull();
    expect(historyShortcut(press('s', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(historyShortcut(press('s'))).toBeNull();
  });

  it('maps Ctrl/Cmd+S to save, on any layout', () => {
    expect(historyShortcut(press('s', { ctrlKey: true }))).toBe('save');
    expect(historyShortcut(press('s', { metaKey: true }))).toBe('save');
    expect(historyShortcut(press('ы', { ctrlKey: true }, 'KeyS'))).toBe('save');
  });
});
