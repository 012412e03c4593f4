/**
 * The built-in demo connections: one per vendor, all on the embedded backend. They exist only
 * where the build carries that backend (embeddedBackend.ts), and can be neither edited nor removed.
 */
import {
  DEMO_BASE_URL,
  DEMO_DA_AUDIENCE_ID,
  DEMO_DA_BASE_URL,
  DEMO_DA_SESSION,
  DEMO_PUSH0_BASE_URL,
  DEMO_PUSH0_KEY,
  DEMO_TOKEN,
} from '../demo';
import type { Connection, ConnectionSecrets } from './model';

/** The first release's only connection id; drafts and links made then keep working. */
export const DEMO_CONNECTION_ID = 'demo';

const BUILT_IN: ReadonlyArray<{ connection: Connection; secrets: ConnectionSecrets }> = [
  {
    connection: {
      id: DEMO_CONNECTION_ID,
      vendor: 'altcraft',
      name: 'Demo · Altcraft',
      baseUrl: DEMO_BASE_URL,
      builtIn: true,
      remember: false,
    },
    secrets: { token: DEMO_TOKEN },
  },
  {
    connection: {
      id: 'demo-push0',
      vendor: 'push0',
      name: 'Demo · Push0',
      baseUrl: DEMO_PUSH0_BASE_URL,
      builtIn: true,
      remember: false,
    },
    secrets: { token: DEMO_PUSH0_KEY },
  },
  {
    connection: {
      id: 'demo-da',
      vendor: 'digitalAudience',
      name: 'Demo · Digital Audience',
      baseUrl: DEMO_DA_BASE_URL,
      audienceId: DEMO_DA_AUDIENCE_ID,
      // No proxy stands before the embedded backend, so it takes the session header itself.
      daAuth: 'session',
      builtIn: true,
      remember: false,
    },
    secrets: { session: DEMO_DA_SESSION },
  },
];

export function builtInConnections(available: boolean): Connection[] {
  return available ? BUILT_IN.map((entry) => entry.connection) : [];
}

export function builtInSecrets(id: string): ConnectionSecrets | null {
  return BUILT_IN.find((entry) => entry.connection.id === id)?.secrets ?? null;
}
