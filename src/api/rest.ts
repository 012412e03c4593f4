/**
 * Decoders for REST vendors (Push0, Digital Audience): success is a 2xx status, failure a non-2xx
 * status with `{message}` in the body when there is one (docs/contracts.md §2, §3). Altcraft's envelope
 * has its own decoders in altcraft/envelope.ts.
 */
import { z } from 'zod';
import { ApiError, codeForNumber } from './errors';
import type { Decode, HttpAnswer } from './http';
import { validated } from './validate';

const messageBodySchema = z.object({ message: z.string() });

/** The vendor's own words for a failure, when its body carries `{message}`. */
export function serverMessage(body: unknown): string | undefined {
  const parsed = messageBodySchema.safeParse(body);
  return parsed.success && parsed.data.message.trim() ? parsed.data.message : undefined;
}

/** The ApiError of a non-2xx answer, or null for a success. */
export function restError(answer: HttpAnswer): ApiError | null {
  if (answer.status >= 200 && answer.status < 300) return null;
  const serverText = serverMessage(answer.body);
  return new ApiError({
    code: codeForNumber(answer.status),
    status: answer.status,
    ...(serverText ? { serverText } : {}),
    ...(codeForNumber(answer.status) === answer.status ? {} : { vendorCode: answer.status }),
  });
}

export interface RestDecodeOptions {
  /** Unwrap `{"data": …}` when the body has that shape; a bare body is accepted too (Digital Audience). */
  unwrapData?: boolean;
  /** Maps a vendor's failure before it is thrown, e.g. 401 to "session expired". */
  mapError?: (error: ApiError) => ApiError;
}

const isDataWrapper = (body: unknown): body is { data: unknown } =>
  typeof body === 'object' && body !== null && !Array.isArray(body) && 'data' in body;

/** Checks a 2xx body against `schema`; a failure becomes the mapped ApiError. */
export function decodeRest<S extends z.ZodType>(schema: S, options: RestDecodeOptions = {}): Decode<z.output<S>> {
  return (answer) => {
    const error = restError(answer);
    if (error) throw options.mapError ? options.mapError(error) : error;
    const body = options.unwrapData && isDataWrapper(answer.body) ? answer.body.data : answer.body;
    return validated(schema, body, answer.status);
  };
}
