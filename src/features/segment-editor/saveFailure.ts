/**
 * What a failed save means for the editor: whether the network is to blame (the draft is kept and
 * Save can retry the same write), the error to word when shown (apiErrorText: a switch of
 * language re-words it), and which field each server complaint belongs to.
 */
import { isApiError, type ApiErrorAction } from '@/api/errors';
import { isUncertainWrite } from '@/api/writeOutcome';
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
  // One rule for every write (api/writeOutcome.ts): a lost answer, a timeout, a 5xx or an unreadable body.
  const uncertain = isUncertainWrite(error);
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
