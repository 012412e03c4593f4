import { useEffect, type RefObject } from 'react';

/** Which history step a key press asks for: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y. */
export function historyShortcut(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): 'undo' | 'redo' | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  // `code` names the physical key, so Z works on any keyboard layout (Я on a Russian one).
  const key =
    event.code === 'KeyZ' || event.code === 'KeyY' ? event.code.slice(3).toLowerCase() : event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/**
 * Undo and redo from the keyboard while focus is in the editor (or nowhere in particular). A
 * dialog or a menu elsewhere keeps its own keys.
 */
export function useUndoShortcuts(scope: RefObject<HTMLElement | null>, undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const step = historyShortcut(event);
      if (!step) return;
      const target = event.target instanceof Node ? event.target : null;
      const inside = target === document.body || (target !== null && scope.current?.contains(target) === true);
      if (!inside) return;
      event.preventDefault();
      if (step === 'undo') undo();
      else redo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [scope, undo, redo]);
}
