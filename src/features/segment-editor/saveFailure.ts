/**
 * What a failed save means for the editor: whether the network is to blame (the draft is kept and
 * Save can retry the same write), the error to word when shown (apiErrorText: a switch of
 * language re-words it), and which field each server complaint belongs to.
 */
import { isApiError, type ApiError, type ApiErrorAction } from '@/api/errors';
import { toFormPath } from './draftModel';

export interface FieldComplaint {
  /** Canonical path, e.g. "name" or "blocks.0.limit". */
  path: string;
  message: string;
  /** Whether the form has a control for the path; others are listed in the alert only. */
  onForm: boolean;
}

export interface SaveFailure {
  offline: boolean;
  /**
   * The server may have stored it: the answer was lost, late, a 5xx or unreadable. Its message says
   * "may have been saved", and Save re-sends it under the same Request-ID.
   */
  uncertain: boolean;
  /** The write may have been lost on the way: retry it under the same Request-ID. */
  retrySameWrite: boolean;
  /** What failed, kept as it came: the notice words it in the reader's language when shown. */
  error: unknown;
  /** The server's own words, when it gave any; shown apart unless the worded error already says them. */
  detail?: string;
  fields: FieldComplaint[];
  /** Reuse it to retry this same write without creating a duplicate. */
  requestId?: string;
  action?: ApiErrorAction;
}

/**
 * Whether a failed write may still have been stored. A network failure or a timeout may have lost
 * only the answer; a gateway's 5xx (often an HTML page) and an unreadable body may come after the
 * server committed. A vendor's own refusal (4xx, an envelope error) is certain.
 */
export function isUncertain(error: ApiError): boolean {
  if (error.code === 'network' || error.code === 'timeout' || error.code === 'bad_response') return true;
  return error.status >= 500 || (error.status === 0 && error.code === 500);
}

export function describeSaveFailure(error: unknown): SaveFailure {
  if (!isApiError(error)) {
    return {
      offline: false,
      uncertain: false,
      retrySameWrite: false,
      error,
      fields: [],
    };
  }
  const fields = Object.entries(error.fieldErrors ?? {}).map(([path, message]) => ({
    path,
    message,
    onForm: toFormPath(path) !== null,
  }));
  const uncertain = isUncertain(error);
  const failure: SaveFailure = {
    offline: error.code === 'network',
    uncertain,
    retrySameWrite: uncertain,
    error,
    fields,
  };
  if (error.serverText) failure.detail = error.serverText;
  if (error.requestId !== undefined) failure.requestId = error.requestId;
  if (error.action !== undefined) failure.action = error.action;
  return failure;
}
