/**
 * "Test connection" as data: what the browser would refuse before anything is sent, and what a
 * failed check means, named by its real cause. Pure: the page turns an outcome into words.
 */
import { isApiError, type ApiError } from '@/api/errors';
import { checkBaseUrl, type SecretKind } from './connectionForm';

export type TestFailure =
  /** No answer at all: a wrong host, a dead server, no network, or CORS (browsers report it alike). */
  | { cause: 'unreachable' }
  /** The browser will not send there: plain http from an https page, or a scheme fetch cannot use. */
  | { cause: 'refused'; reason: 'mixedContent' | 'scheme' | 'other' }
  /** Something answered, but not this vendor's API: most likely the base URL's path. */
  | { cause: 'wrongPath' }
  /** The server refused the token, the sign-in or the session. */
  | { cause: 'wrongSecret'; secret: SecretKind }
  | { cause: 'timeout'; seconds: number }
  /**
   * Anything else the API layer reported: worded when shown, in the language of the moment, with
   * `hide` (the secrets tested) masked wherever the text echoes them.
   */
  | { cause: 'other'; error: ApiError; hide?: readonly string[] };

export type TestOutcome = { ok: true } | ({ ok: false; serverText?: string } & TestFailure);

/**
 * What the browser would refuse before any request is sent: fetch to a mixed-content address fails
 * with the same bare TypeError as a dead server, so the cause would be lost after sending.
 */
export function refusedBeforeSending(baseUrl: string, pageProtocol: string): TestOutcome | null {
  const problem = checkBaseUrl(baseUrl, pageProtocol);
  if (problem === 'mixedContent') return { ok: false, cause: 'refused', reason: 'mixedContent' };
  if (problem === 'scheme') return { ok: false, cause: 'refused', reason: 'scheme' };
  return null;
}

export interface TestContext {
  /** Which secret a refusal is about. */
  secret: SecretKind;
  /** The time limit the check ran under, for "did not answer within N s". */
  timeoutMs: number;
}

/** A check that failed, by its cause. */
export function classifyTestError(error: unknown, { secret, timeoutMs }: TestContext): TestOutcome {
  if (!isApiError(error)) {
    // A fetch that threw something other than the transport's ApiError: nothing answered.
    return { ok: false, cause: 'unreachable' };
  }
  const details = error.serverText ? { serverText: error.serverText } : {};
  const failure = ((): TestFailure => {
    switch (error.code) {
      case 'network':
        return { cause: 'unreachable' };
      case 'refused_address':
        return { cause: 'refused', reason: 'other' };
      case 'timeout':
        return { cause: 'timeout', seconds: Math.max(1, Math.round(timeoutMs / 1000)) };
      case 'wrong_path':
      // On the cheap read a check makes, "not found", "no such method" and an answer that is not
      // the vendor's API (an HTML page, a different JSON) all point at the path, not at data.
      case 404:
      case 501:
      case 'bad_response':
        return { cause: 'wrongPath' };
      case 401:
      case 403:
      case 'session_expired':
        return { cause: 'wrongSecret', secret };
      default:
        return { cause: 'other', error };
    }
  })();
  return { ok: false, ...details, ...failure };
}

const MASK = '••••••';

/**
 * Replaces every secret that appears in `text` (a vendor echoing a token in its error text, say):
 * nothing secret reaches the page.
 */
export function redactSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let result = text;
  for (const secret of secrets) {
    // Very short values would blank out ordinary words; nobody's secret is one or two letters.
    if (secret && secret.length >= 3) result = result.split(secret).join(MASK);
  }
  return result;
}
