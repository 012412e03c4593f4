/**
 * The active provider, from context: one instance per connection (providers.ts). Pages call
 * `useProvider()`; the app renders them only inside a scope that has a connection.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { SegmentsProvider } from '../provider';
import { useActiveConnection } from './hooks';
import type { Connection } from './model';
import { providerFor } from './providers';
import { connectionRevision } from './store';

export interface ActiveProvider {
  connection: Connection;
  provider: SegmentsProvider;
}

const ProviderContext = createContext<ActiveProvider | null>(null);

/**
 * Provides the active connection's provider. Without a connection (a build without the embedded
 * backend, before the user adds one) children render with none: see `useOptionalProvider`.
 */
export function ProviderScope({ children }: { children: ReactNode }) {
  const connection = useActiveConnection();
  const revision = connection ? connectionRevision(connection.id) : 0;
  const value = useMemo(
    () => (connection ? { connection, provider: providerFor(connection) } : null),
    // The revision changes when the connection is edited: a new provider for the new settings.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [connection, revision],
  );
  return <ProviderContext value={value}>{children}</ProviderContext>;
}

/** A fixed provider, for tests and for previews of a connection not yet active. */
export function StaticProviderScope({ value, children }: { value: ActiveProvider; children: ReactNode }) {
  return <ProviderContext value={value}>{children}</ProviderContext>;
}

export function useProvider(): ActiveProvider {
  const value = useContext(ProviderContext);
  if (!value) throw new Error('useProvider() needs a connection: render the page inside <ProviderScope>.');
  return value;
}

/** The active provider where there may be none (the app bar, Settings). */
export function useOptionalProvider(): ActiveProvider | null {
  return useContext(ProviderContext);
}
