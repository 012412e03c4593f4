/**
 * Human messages of the API layer, one catalog per locale. English is the default; another
 * locale is a second object of the same shape handed to `setApiMessages`.
 */

/** Codes the vendor sends in the envelope's `error` (CONTRACTS.md §1) or as HTTP status. */
export const VENDOR_CODES = [0, 400, 401, 402, 403, 404, 409, 413, 415, 429, 435, 441, 450, 500, 501] as const;
export type VendorCode = (typeof VENDOR_CODES)[number];

/** Failures the client detects itself. */
export const CLIENT_CODES = [
  'network',
  'timeout',
  'bad_response',
  'aborted',
  'unsupported',
  // A vendor's session (Digital Audience's cookie) has run out: sign in again in Settings.
  'session_expired',
  // The browser will not send to this address at all (mixed content, a scheme it refuses).
  'refused_address',
  // The server answered, but not as this vendor's API does there: most likely a wrong base path.
  'wrong_path',
] as const;
export type ClientCode = (typeof CLIENT_CODES)[number];

export type ApiErrorCode = VendorCode | ClientCode;

export interface MessageParams {
  /** Seconds to wait (429) or the timeout that passed. */
  seconds?: number;
  /** True while the transport is about to retry by itself. */
  retrying?: boolean;
  /** First validation issues of an unreadable answer. */
  issues?: readonly string[];
  /** What exactly cannot be done. */
  detail?: string;
}

export type ApiMessage = (params: MessageParams) => string;

export interface ApiMessages {
  errors: Record<`${ApiErrorCode}`, ApiMessage>;
}

const withDetail = (base: string) => (p: MessageParams) => (p.detail ? `${base} ${p.detail}` : base);

export const apiMessagesEn: ApiMessages = {
  errors: {
    0: () => 'The operation succeeded.',
    400: withDetail('The server rejected the request as incorrect.'),
    401: () => 'The API token or sign-in details are missing or wrong. Check them in Settings.',
    402: () => 'The account has reached a limit of its tariff.',
    403: () => 'This API token has no rights for this action. Check its role in Settings.',
    404: () => 'Not found. It may have been deleted, or this API token cannot see it.',
    409: () => 'Another record with the same unique attributes already exists, for example the same name.',
    413: () => 'The database is not available in the selected resource.',
    415: () => 'The server does not accept the format of the request.',
    429: (p) => {
      if (p.retrying) return `Too many requests: retrying in ${p.seconds ?? 1} s.`;
      if (p.seconds !== undefined) return `Too many requests. Try again in ${p.seconds} s.`;
      return 'Too many requests. Wait a moment and try again.';
    },
    435: () => 'Several objects match these attributes, so the server cannot tell which one is meant.',
    441: () => 'The object belongs to another group, which this API token cannot use.',
    450: () => 'Some values are not valid. Check the highlighted fields.',
    500: (p) =>
      p.retrying ? 'The server had an internal error: retrying.' : 'The server had an internal error. Try again later.',
    501: () => 'The server does not support this action. It may run an older version of the API.',
    network: () => 'The server could not be reached. Check the base URL and your network connection.',
    timeout: (p) => `The server did not answer within ${p.seconds ?? 15} s.`,
    bad_response: (p) =>
      p.issues && p.issues.length > 0
        ? `The server sent an answer the app cannot read: ${p.issues.join('; ')}.`
        : 'The server sent an answer the app cannot read.',
    aborted: () => 'The request was cancelled.',
    session_expired: () => 'The session has expired. Sign in again in Settings.',
    refused_address: withDetail('The browser refuses to send requests to this address.'),
    wrong_path: withDetail(
      'The server answered, but not as this API does at this address. Check the path of the base URL.',
    ),
    unsupported: withDetail('This backend cannot store this.'),
  },
};

let active: ApiMessages = apiMessagesEn;

/** Switch the locale of messages built from now on. */
export function setApiMessages(messages: ApiMessages): void {
  active = messages;
}

export function messageFor(code: ApiErrorCode, params: MessageParams = {}): string {
  return active.errors[`${code}`](params);
}
