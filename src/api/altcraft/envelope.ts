/** Decoders of Altcraft answers: the envelope is checked first, even on HTTP 200. */
import type { $ZodType, output } from 'zod/v4/core';
import { ApiError, codeForNumber } from '../errors';
import type { Decode, HttpAnswer } from '../http';
import { validated } from '../validate';
import { envelopeOf, listEnvelopeOf, wireEnvelopeSchema } from './wire';
import { parseValidationErrors } from './validationErrors';

function envelopeError(answer: HttpAnswer): ApiError | null {
  const parsed = wireEnvelopeSchema.safeParse(answer.body);
  if (parsed.success && parsed.data.error !== 0) {
    const { error, error_text: text, data } = parsed.data;
    const code = codeForNumber(error);
    const fieldErrors = code === 450 ? parseValidationErrors(text, data) : undefined;
    return new ApiError({
      code,
      status: answer.status,
      ...(text ? { serverText: text } : {}),
      ...(fieldErrors ? { fieldErrors } : {}),
      ...(code === error ? {} : { vendorCode: error }),
    });
  }
  if (answer.status < 200 || answer.status >= 300) {
    return new ApiError({ code: codeForNumber(answer.status), status: answer.status });
  }
  return null;
}

function checked<S extends $ZodType>(schema: S): Decode<output<S>> {
  return (answer) => {
    const error = envelopeError(answer);
    if (error) throw error;
    return validated(schema, answer.body, answer.status);
  };
}

/** The `data` of an answer, checked against `data`. */
export function decodeData<S extends $ZodType>(data: S): Decode<output<S>> {
  const decode = checked(envelopeOf(data));
  return (answer) => decode(answer).data as output<S>;
}

export interface WirePage<T> {
  items: T[];
  nextFromId: number | null;
  totalCount: number | null;
}

/** A list answer: items plus top-level `next_from_id` and `total_count`. */
export function decodePage<S extends $ZodType>(item: S): Decode<WirePage<output<S>>> {
  const decode = checked(listEnvelopeOf(item));
  return (answer) => {
    const body = decode(answer);
    const next = body.next_from_id;
    return {
      items: body.data as output<S>[],
      nextFromId: typeof next === 'number' && next > 0 ? next : null,
      totalCount: body.total_count ?? null,
    };
  };
}
