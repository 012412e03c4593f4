import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type Blocker, type BlockerFunction } from 'react-router';

/**
 * Asks before leaving while work would be lost (unsaved changes, a batch still sending): in-app
 * navigation goes through the router's blocker (the page shows a dialog for it), a reload or a
 * closed tab through the browser's own prompt. `allowNextLeave` lets a deliberate navigation (after
 * a save) pass without asking.
 */
export function useLeaveGuard(dirty: boolean): { blocker: Blocker; allowNextLeave: () => void } {
  const dirtyRef = useRef(dirty);
  const allowed = useRef(false);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (allowed.current) return;
      event.preventDefault();
      // Older browsers only prompt when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const allowNextLeave = useCallback(() => {
    allowed.current = true;
  }, []);
  return { blocker, allowNextLeave };
}
