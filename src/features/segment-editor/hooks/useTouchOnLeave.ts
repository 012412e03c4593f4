import { useCallback, useEffect, useRef, type FocusEvent } from 'react';
import { FIELD_IDS } from '../components/SettingsCard';
import type { FormPath, TouchTarget } from '../draftModel';

/** The settings control an element belongs to, by the ids SettingsCard gives its inputs. */
function settingsPathOf(element: HTMLElement, blockIndex: number): FormPath | null {
  if (element.closest('[role="radiogroup"]')) return 'kind';
  switch (element.id) {
    case FIELD_IDS.name:
      return 'name';
    case FIELD_IDS.description:
      return 'description';
    case FIELD_IDS.tags:
      return 'tags';
    case FIELD_IDS.database:
      return 'databaseId';
    case FIELD_IDS.limit:
      return `blocks.${blockIndex}.limit`;
    default:
      return element.id.startsWith('segment-sample') ? `blocks.${blockIndex}.sample` : null;
  }
}

/**
 * What focus leaving `element` for `next` has touched: the condition row (or group) it was in, once
 * focus is out of that row, or the settings control. A popup the control opened (a menu, a list of
 * options) is still the control.
 */
export function touchTargetOf(element: EventTarget, next: EventTarget | null, blockIndex: number): TouchTarget | null {
  if (!(element instanceof HTMLElement)) return null;
  if (
    next instanceof HTMLElement &&
    next.closest('.MuiPopover-root, .MuiPopper-root, [role="listbox"], [role="menu"]')
  ) {
    return null;
  }
  const row = element.closest<HTMLElement>('[data-node-id]');
  if (row) {
    const nodeId = row.dataset.nodeId;
    if (!nodeId || (next instanceof Node && row.contains(next))) return null;
    return { nodeId };
  }
  const path = settingsPathOf(element, blockIndex);
  return path ? { path } : null;
}

/**
 * A focus-out handler that marks what was left as touched, so its problems may show. When focus
 * left because a pointer is pressing something (Add condition, Save), the mark waits until that
 * click is over: a problem line appearing mid-click would move the button away from under the
 * pointer, and the click would be lost.
 */
export function useTouchOnLeave(touch: (target: TouchTarget) => void, blockIndex: number) {
  const pressing = useRef(false);
  const waiting = useRef<TouchTarget[]>([]);
  const latestTouch = useRef(touch);
  useEffect(() => {
    latestTouch.current = touch;
  });

  useEffect(() => {
    const flush = () => {
      const targets = waiting.current.splice(0);
      for (const target of targets) latestTouch.current(target);
    };
    const onDown = () => {
      pressing.current = true;
    };
    // After the click has been handled: a click event follows pointerup in the same task.
    const onUp = () => {
      pressing.current = false;
      if (waiting.current.length > 0) setTimeout(flush, 0);
    };
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerup', onUp, true);
    document.addEventListener('pointercancel', onUp, true);
    return () => {
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerup', onUp, true);
      document.removeEventListener('pointercancel', onUp, true);
    };
  }, []);

  return useCallback(
    (event: FocusEvent<HTMLElement>) => {
      const target = touchTargetOf(event.target, event.relatedTarget, blockIndex);
      if (!target) return;
      if (pressing.current) waiting.current.push(target);
      else latestTouch.current(target);
    },
    [blockIndex],
  );
}
