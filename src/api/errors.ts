import {
  messageFor,
  VENDOR_CODES,
  type ApiErrorCode,
  type DetailText,
  type MessageParams,
  type VendorCode,
} from './messages';

/** What the UI can offer next to the message. */
export type ApiErrorAction = 'settings' | 'retry';

const ACTIONS: Partial<Record<ApiErrorCode, ApiErrorAction>> = {
  401: 'settings',
  403: 'settings',
  429: 'retry',
  500: 'retry',
  network: 'retry',
  module_load: 'retry',
  timeout: 'retry',
  session_expired: 'settings',
  refused_address: 'settings',
  wrong_path: 'settings',
};

export interface ApiErrorInit {
  code: ApiErrorCode;
  /** HTTP status; 0 when no answer arrived. */
  status?: number;
  /** Overrides the catalog message in every language (words that came from elsewhere, untranslated). */
  message?: string;
  params?: MessageParams;
  /** Canonical field path (e.g. "name", "blocks.0.limit") → message, for 450. */
  fieldErrors?: Record<string, string>;
  retryAfterSeconds?: number;
  /** The Request-ID of a failed write: pass it back to retry that same write safely. */
  requestId?: string;
  /** The vendor's own `error_text`, for a details line. */
  serverText?: string;
  /** The vendor's code when it is not one of the documented ones. */
  vendorCode?: number;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly fieldErrors?: Record<string, string>;
  readonly retryAfterSeconds?: number;
  readonly requestId?: string;
  readonly serverText?: string;
  readonly vendorCode?: number;
  readonly action?: ApiErrorAction;
  /** What the message says besides the code; the text is worded from these when shown. */
  readonly params: MessageParams;
  readonly #init: ApiErrorInit;

  /** `message` is the English text, for logs; screens show `text(locale)` (see `apiErrorText`). */
  constructor(init: ApiErrorInit) {
    const params: MessageParams = { seconds: init.retryAfterSeconds, ...init.params };
    super(init.message ?? messageFor(init.code, params), { cause: init.cause });
    this.params = params;
    this.#init = init;
    this.code = init.code;
    this.status = init.status ?? 0;
    this.action = ACTIONS[init.code];
    if (init.fieldErrors) this.fieldErrors = init.fieldErrors;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.serverText !== undefined) this.serverText = init.serverText;
    if (init.vendorCode !== undefined) this.vendorCode = init.vendorCode;
  }

  /** The message in the words of `locale` ("ru", "en-US"…), rebuilt from the code and parameters. */
  text(locale: string): string {
    return this.#init.message ?? messageFor(this.code, this.params, locale);
  }

  /** A copy with more details; the message is rebuilt unless it was given explicitly. */
  with(patch: Partial<ApiErrorInit>): ApiError {
    return new ApiError({ ...this.#init, ...patch, params: { ...this.#init.params, ...patch.params } });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const isVendorCode = (n: number): n is VendorCode => (VENDOR_CODES as readonly number[]).includes(n);

/** The code for a vendor's numeric `error` (or an HTTP status); unknown ones fall into their class. */
export function codeForNumber(n: number): ApiErrorCode {
  if (isVendorCode(n)) return n;
  if (n === 408 || n === 504) return 'timeout';
  return n >= 500 && n < 600 ? 500 : 400;
}

/** Worth retrying a read: the server may answer next time. */
export function isTransient(error: ApiError): boolean {
  if (error.code === 'network' || error.code === 429 || error.code === 500) return true;
  return error.status >= 500 && error.status !== 501;
}

/** What a backend cannot do; a `DetailText` is worded in the reader's language, a string stays as is. */
export function unsupported(detail: string | DetailText): ApiError {
  return new ApiError({ code: 'unsupported', params: { detail } });
}

/**
 * Any error in the words of `locale`: an ApiError from its code and parameters, so a switch of
 * language re-words it; another error says its own message.
 */
export function apiErrorText(error: unknown, locale: string): string {
  if (isApiError(error)) return error.text(locale);
  return error instanceof Error ? error.message : String(error);
}
