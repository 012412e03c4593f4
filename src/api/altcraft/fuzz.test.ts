import * as fc from 'fast-check';
import { isApiError } from '../errors';
import type { HttpAnswer } from '../http';
import { fromWire, toWire } from './convert';
import { decodeData, decodePage } from './envelope';
import { taskStatusFromWire } from './resources';
import { wireSegmentListItemSchema, wireSegmentRecordSchema, wireTaskStatusSchema } from './wire';

/** What `work` throws that is not an ApiError, or null: a server's answer may fail only as ApiError. */
function foreignError(work: () => unknown): unknown {
  try {
    work();
    return null;
  } catch (error) {
    return isApiError(error) ? null : error;
  }
}

const queryArb = fc.record(
  {
    compo: fc.oneof(fc.constantFrom('default', 'domaingroup'), fc.jsonValue()),
    name: fc.oneof(fc.constantFrom('email', '_city', '_bdate', 'custom'), fc.jsonValue()),
    operator: fc.oneof(fc.constantFrom('equal', 'in_list', 'more', 'once', 'weird'), fc.jsonValue()),
    type: fc.oneof(fc.constantFrom('email', 'unicode', 'int', 'date', 'enum'), fc.jsonValue()),
    value: fc.oneof(fc.array(fc.record({ name: fc.string(), value: fc.jsonValue() })), fc.jsonValue()),
    condition: fc.oneof(fc.constantFrom('', 'and', 'or'), fc.jsonValue()),
    child: fc.oneof(fc.constant([]), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

/** Random JSON, and JSON almost shaped like a segment so the fuzz gets past the first checks. */
const dataArb = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      id: fc.oneof(fc.integer(), fc.jsonValue()),
      name: fc.oneof(fc.string(), fc.jsonValue()),
      is_static: fc.oneof(fc.boolean(), fc.jsonValue()),
      is_refresh_daily: fc.oneof(fc.boolean(), fc.jsonValue()),
      list_id: fc.oneof(fc.integer(), fc.jsonValue()),
      segment: fc.oneof(
        fc.array(
          fc.record(
            {
              condition: fc.oneof(fc.constantFrom('and', 'or'), fc.jsonValue()),
              list_id: fc.oneof(fc.integer(), fc.jsonValue()),
              limit: fc.oneof(fc.integer(), fc.jsonValue()),
              percent_from: fc.oneof(fc.integer({ min: -5, max: 105 }), fc.jsonValue()),
              percent_to: fc.oneof(fc.integer({ min: -5, max: 105 }), fc.jsonValue()),
              queries: fc.oneof(fc.array(queryArb, { maxLength: 4 }), fc.jsonValue()),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 3 },
        ),
        fc.jsonValue(),
      ),
    },
    { requiredKeys: [] },
  ),
);

const answerArb = fc.record({
  status: fc.integer({ min: 100, max: 599 }),
  body: fc.oneof(
    fc.jsonValue(),
    fc.record({
      error: fc.oneof(fc.constant(0), fc.integer(), fc.jsonValue()),
      error_text: fc.jsonValue(),
      data: dataArb,
    }),
    fc.constant(undefined),
  ),
});

const answerOf = ({ status, body }: { status: number; body: unknown }): HttpAnswer => ({
  status,
  headers: new Headers(),
  body,
});

describe('Altcraft decoders on random JSON', () => {
  it('a segment answer is read, converted and written back, failing only with ApiError', () => {
    const decode = decodeData(wireSegmentRecordSchema);
    fc.assert(
      fc.property(answerArb, (answer) => {
        expect(
          foreignError(() => {
            const segment = fromWire(decode(answerOf(answer)));
            toWire(segment);
          }),
        ).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('list pages and task statuses fail only with ApiError', () => {
    const page = decodePage(wireSegmentListItemSchema);
    const task = decodeData(wireTaskStatusSchema);
    fc.assert(
      fc.property(answerArb, (answer) => {
        expect(foreignError(() => page(answerOf(answer)))).toBeNull();
        expect(foreignError(() => taskStatusFromWire(task(answerOf(answer))))).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
