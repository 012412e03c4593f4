/**
 * "Test connection": one check of the settings as typed, through an uncached provider, where the
 * latest test wins (latestOnly.ts). The outcome is classified by connectionTest.ts.
 */
import { useCallback, useEffect, useState } from 'react';
import { secretsOf, settingsFor, type Connection, type ConnectionSecrets } from '@/api/connections';
import { VENDORS, type VendorId } from '@/api/vendors/registry';
import { secretKindOf, targetOf } from './connectionForm';
import { classifyTestError, redactSecrets, refusedBeforeSending, type TestOutcome } from './connectionTest';
import { createLatestOnly } from './latestOnly';

export const TEST_TIMEOUT_MS = 15_000;

export type CheckConnection = (
  connection: Connection,
  secrets: ConnectionSecrets,
  signal: AbortSignal,
) => Promise<void>;

/**
 * The real check: an uncached provider for these settings and secrets (createProvider would read
 * the stored secrets only), making the vendor's cheapest authorised read.
 */
export const checkThroughProvider: CheckConnection = (connection, secrets, signal) => {
  const provider = VENDORS[connection.vendor].create({
    ...settingsFor(connection),
    secrets,
    // One attempt: a test reports what happens now, rather than after quiet retries (which would
    // also show "retrying" notices for a connection nobody uses yet).
    http: { timeoutMs: TEST_TIMEOUT_MS, maxAttempts: 1 },
  });
  return provider.checkConnection(signal);
};

export interface TestRequest {
  /** The connection as the form has it; its id is the edited one's, or a placeholder. */
  connection: Connection;
  /** The typed secrets; undefined tests with the ones stored for `connection.id`. */
  secrets?: ConnectionSecrets;
  /** The tested values (valuesKey), for "the last test of these exact values failed". */
  key: string;
}

export type TestState =
  | { phase: 'idle' }
  | { phase: 'running'; target: string }
  | { phase: 'done'; target: string; vendor: VendorId; key: string; outcome: TestOutcome };

function redacted(outcome: TestOutcome, secrets: ConnectionSecrets): TestOutcome {
  if (outcome.ok) return outcome;
  const values = Object.values(secrets);
  const clean = { ...outcome };
  if (clean.serverText !== undefined) clean.serverText = redactSecrets(clean.serverText, values);
  if (clean.cause === 'other') clean.hide = values.filter((value): value is string => typeof value === 'string');
  return clean;
}

export function useConnectionTest(pageProtocol: string, check: CheckConnection = checkThroughProvider) {
  const [latest] = useState(createLatestOnly);
  const [state, setState] = useState<TestState>({ phase: 'idle' });
  useEffect(() => () => latest.cancel(), [latest]);

  const start = useCallback(
    async ({ connection, secrets: typed, key }: TestRequest) => {
      const target = targetOf(connection.baseUrl);
      const done = (outcome: TestOutcome) =>
        setState({ phase: 'done', target, vendor: connection.vendor, key, outcome });
      const refused = refusedBeforeSending(connection.baseUrl, pageProtocol);
      if (refused) {
        latest.cancel();
        done(refused);
        return;
      }
      setState({ phase: 'running', target });
      const secrets = typed ?? secretsOf(connection);
      const context = { secret: secretKindOf(connection.vendor, connection.daAuth), timeoutMs: TEST_TIMEOUT_MS };
      const result = await latest.run(async (signal): Promise<TestOutcome> => {
        try {
          await check(connection, secrets, signal);
          return { ok: true };
        } catch (error) {
          return redacted(classifyTestError(error, context), secrets);
        }
      });
      if (result.current) done(result.value);
    },
    [check, latest, pageProtocol],
  );

  const reset = useCallback(() => {
    latest.cancel();
    setState({ phase: 'idle' });
  }, [latest]);

  return { state, start, reset };
}
