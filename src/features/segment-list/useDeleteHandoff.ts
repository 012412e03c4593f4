import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { readDeleteHandoff } from '@/ui/deleteHandoff';
import type { DeleteTarget } from './useDelayedDelete';

/**
 * Picks up a deletion confirmed on another page (the detail view) and runs it here, with the
 * same Undo window. The state is cleared at once, so Back or a reload never deletes twice.
 */
export function useDeleteHandoff(schedule: (target: DeleteTarget) => void): void {
  const location = useLocation();
  const navigate = useNavigate();
  const handled = useRef<string | null>(null);
  useEffect(() => {
    const target = readDeleteHandoff(location.state);
    if (!target || handled.current === location.key) return;
    handled.current = location.key;
    schedule(target);
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [location, navigate, schedule]);
}
