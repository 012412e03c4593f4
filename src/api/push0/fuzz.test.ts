import * as fc from 'fast-check';
import { isApiError } from '../errors';
import type { HttpAnswer } from '../http';
import { fromWire, toWire } from './convert';
import { decodeAccepted, decodeCreated, decodeGet, decodeListPage } from './decode';
import { updateBody } from './patch';
import { wireSegmentArb } from './testing/arbitraries';

/** What `work` throws that is not an ApiError, or null: the decoders may fail only with ApiError. */
function foreignError(work: () => unknown): unknown {
  try {
    work();
    return null;
  } catch (error) {
    return isApiError(error) ? null : error;
  }
}

/** Random JSON, and JSON shaped almost like a segment so the fuzz gets past the first check. */
const bodyArb = fc.oneof(
  fc.jsonValue(),
  wireSegmentArb,
  fc.record({
    id: fc.oneof(fc.string(), fc.integer(), fc.jsonValue()),
    name: fc.oneof(fc.string(), fc.jsonValue()),
    description: fc.jsonValue(),
    constraints: fc.oneof(
      fc.jsonValue(),
      fc.array(
        fc.record({ type: fc.oneof(fc.constantFrom('AND', 'OR'), fc.jsonValue()), constraints: fc.jsonValue() }),
      ),
    ),
    createdAt: fc.oneof(fc.double(), fc.jsonValue()),
    updatedAt: fc.oneof(fc.double(), fc.jsonValue()),
  }),
);

const answerArb = fc.record({
  status: fc.integer({ min: 100, max: 599 }),
  body: fc.oneof(bodyArb, fc.array(bodyArb, { maxLength: 3 }), fc.constant(undefined)),
});

const answerOf = ({ status, body }: { status: number; body: unknown }): HttpAnswer => ({
  status,
  headers: new Headers(),
  body,
});

describe('Push0 decoders on random JSON', () => {
  it('fromWire, and toWire/updateBody of what it reads, throw only ApiError', () => {
    fc.assert(
      fc.property(bodyArb, (body) => {
        let segment: ReturnType<typeof fromWire> | undefined;
        expect(foreignError(() => (segment = fromWire(body)))).toBeNull();
        if (!segment) return;
        const read = segment;
        expect(foreignError(() => toWire(read))).toBeNull();
        expect(foreignError(() => updateBody(read))).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('every answer decoder throws only ApiError', () => {
    fc.assert(
      fc.property(answerArb, fc.integer({ min: 1, max: 100 }), (raw, limit) => {
        const answer = answerOf(raw);
        expect(foreignError(() => decodeListPage(1, limit)(answer))).toBeNull();
        expect(foreignError(() => fromWire(decodeGet('sg_1')(answer)))).toBeNull();
        expect(foreignError(() => decodeCreated(answer))).toBeNull();
        expect(foreignError(() => decodeAccepted(answer))).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('a non-2xx answer is always an error, with the status it came with', () => {
    fc.assert(
      fc.property(
        answerArb.filter(({ status }) => status < 200 || status >= 300),
        (raw) => {
          for (const decode of [decodeListPage(1, 50), decodeGet('sg_1'), decodeCreated, decodeAccepted]) {
            expect(() => decode(answerOf(raw))).toThrow(
              expect.objectContaining({ status: raw.status }) as unknown as Error,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
