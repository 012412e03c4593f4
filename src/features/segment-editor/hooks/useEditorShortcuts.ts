import { useEffect, useRef, type RefObject } from 'react';

export type EditorShortcut = 'undo' | 'redo' | 'save';

type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Which editor command a key press asks for: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y and Ctrl/Cmd+S. */
export function editorShortcut(event: KeyPress): EditorShortcut | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  // `code` names the physical key, so Z and S work on any keyboard layout (Я and Ы on a Russian one).
  const physical = /^Key([SYZ])$/.exec(event.code)?.[1]?.toLowerCase();
  const key = physical ?? event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  if (key === 's' && !event.shiftKey) return 'save';
  return null;
}

export interface EditorCommands {
  undo: () => void;
  redo: () => void;
  save: () => void;
}

/**
 * The editor's keys while focus is in the editor (or nowhere in particular). A dialog or a menu
 * elsewhere keeps its own keys; Ctrl/Cmd+S never opens the browser's "Save page" while the editor
 * is open, since a marketer pressing it means the segment.
 */
export function useEditorShortcuts(scope: RefObject<HTMLElement | null>, commands: EditorCommands): void {
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = editorShortcut(event);
      if (!command) return;
      if (command === 'save') event.preventDefault();
      const target = event.target instanceof Node ? event.target : null;
      const inside = target === document.body || (target !== null && scope.current?.contains(target) === true);
      if (!inside) return;
      event.preventDefault();
      // A held key repeats: one save per press.
      if (command === 'save' && event.repeat) return;
      latest.current[command]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [scope]);
}
