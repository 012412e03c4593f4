import * as fc from 'fast-check';
import { isApiError } from '../errors';
import type { Decode, HttpAnswer } from '../http';
import segment from './fixtures/loadsegmentbyid.response.json';
import { segmentFromWire, summaryFromWire, wireOf } from './convert';
import { decodeDa, decodeLogin } from './decode';
import { daCreatedAudienceSchema, daEndDateAnswerSchema, daSegmentListSchema, daSegmentSchema } from './wire';

const statusArb = fc.oneof(
  fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 429, 500, 503),
  fc.integer({ min: 100, max: 599 }),
);

/** Anything JSON, and segment-like objects whose documented keys hold anything JSON. */
const segmentish = fc
  .record(Object.fromEntries(Object.keys(segment.data).map((key) => [key, fc.jsonValue()])), { requiredKeys: [] })
  .chain((random) => fc.constantFrom(random, { ...segment.data, ...random }));
const bodyArb = fc.oneof(
  fc.jsonValue(),
  segmentish,
  segmentish.map((data) => ({ data })),
  fc.array(segmentish, { maxLength: 3 }).map((data) => ({ data })),
);

const answerOf = (status: number, body: unknown): HttpAnswer => ({ status, headers: new Headers(), body });

/** Runs `work`; anything it throws must be an ApiError (fast-check reports any other as a failure). */
function onlyApiErrors(work: () => unknown) {
  try {
    work();
  } catch (error) {
    if (!isApiError(error)) throw error;
  }
}

const decodeSegment = decodeDa(daSegmentSchema);
const decodeList = decodeDa(daSegmentListSchema);
const decodeEndDate = decodeDa(daEndDateAnswerSchema);
const decoders: Array<Decode<unknown>> = [decodeLogin, decodeDa(daCreatedAudienceSchema)];

/** A segment body wrapped in a 200: its payload after conversion, or the ApiError code. */
function roundTrip(body: unknown): { payload: unknown; blocks: unknown[] } | { code: unknown } {
  try {
    const model = segmentFromWire(decodeSegment(answerOf(200, { data: body })));
    return { payload: wireOf(model), blocks: model.blocks };
  } catch (error) {
    return { code: isApiError(error) ? error.code : error };
  }
}

describe('decoders and converters on random answers', () => {
  it('only ever throw ApiError', () => {
    const property = fc.property(statusArb, bodyArb, (status, body) => {
      const answer = answerOf(status, body);
      for (const decode of decoders) onlyApiErrors(() => decode(answer));
      onlyApiErrors(() => {
        const wire = decodeSegment(answer);
        wireOf(segmentFromWire(wire));
        summaryFromWire(wire);
      });
      onlyApiErrors(() => decodeList(answer).map(summaryFromWire));
      onlyApiErrors(() => {
        const answered = decodeEndDate(answer);
        if (answered !== true) segmentFromWire(answered);
      });
    });
    expect(() => fc.assert(property, { numRuns: 500 })).not.toThrow();
  });

  it('a 2xx segment either converts, its payload being what came, or is a bad_response', () => {
    const property = fc.property(segmentish, (body) => {
      const outcome = roundTrip(body);
      return 'code' in outcome
        ? outcome.code === 'bad_response'
        : outcome.payload === body && outcome.blocks.length === 0;
    });
    expect(() => fc.assert(property, { numRuns: 300 })).not.toThrow();
  });
});
