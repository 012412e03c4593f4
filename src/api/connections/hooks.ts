import { useSyncExternalStore } from 'react';
import type { Connection } from './model';
import { connectionsSnapshot, subscribeConnections, type ConnectionsSnapshot } from './store';

export function useConnectionsSnapshot(): ConnectionsSnapshot {
  return useSyncExternalStore(subscribeConnections, connectionsSnapshot, connectionsSnapshot);
}

export function useConnections(): readonly Connection[] {
  return useConnectionsSnapshot().connections;
}

export function useActiveConnection(): Connection | null {
  return useConnectionsSnapshot().active;
}
