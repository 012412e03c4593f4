/**
 * Decoders of Digital Audience answers: a 2xx body wrapped as `{data: …}` or bare, a failure as a
 * non-2xx status with `{message}` (docs/contracts.md §3).
 */
import type { z } from 'zod';
import { ApiError, isApiError } from '../errors';
import type { Decode } from '../http';
import { decodeRest, restError, serverMessage } from '../rest';
import { DA_UNCONFIRMED } from './endpoints';
import { daLoginAnswerSchema } from './wire';

/** A 401 means the session cookie has run out: the message leads to Settings. */
export function expireSession(error: ApiError): ApiError {
  return error.code === 401 ? error.with({ code: 'session_expired' }) : error;
}

export const isSessionExpired = (error: unknown): boolean => isApiError(error) && error.code === 'session_expired';

/** Any answer but login's. */
export function decodeDa<S extends z.ZodType>(schema: S): Decode<z.output<S>> {
  return decodeRest(schema, { unwrapData: true, mapError: expireSession });
}

/** Login's rejection, with the vendor's words when it gave any. */
function rejected(status: number, body: unknown): ApiError {
  const serverText = serverMessage(body);
  return new ApiError({ code: 401, status, ...(serverText ? { serverText } : {}) });
}

const decodeLoginBody = decodeRest(daLoginAnswerSchema, { unwrapData: true });

/**
 * Login answers `{data: true}`. Wrong credentials (a rejecting status, or `false`) are a 401 that
 * carries the vendor's message; other failures keep their own meaning (a 404 is a wrong base URL).
 */
export const decodeLogin: Decode<void> = (answer) => {
  const error = restError(answer);
  if (error)
    throw DA_UNCONFIRMED.loginRejectedStatuses.includes(answer.status) ? rejected(answer.status, answer.body) : error;
  if (decodeLoginBody(answer) !== true) throw rejected(answer.status, answer.body);
};
