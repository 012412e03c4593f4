import type { z } from 'zod';
import type { Condition, Group } from '@/domain/model';
import { updateCondition } from '@/domain/tree';
import { fromWire, toWire } from './convert';
import constraintsEvaluation from './fixtures/constraints-evaluation.example.json';
import constraintsExample from './fixtures/constraints.example.json';
import createId from './fixtures/create-id.response.json';
import createRequest from './fixtures/create.request.json';
import createSegment from './fixtures/create-segment.response.json';
import createString from './fixtures/create-string.response.json';
import error400 from './fixtures/error-400.response.json';
import error403 from './fixtures/error-403.response.json';
import error429 from './fixtures/error-429.response.json';
import getEmpty from './fixtures/get-empty.response.json';
import get from './fixtures/get.response.json';
import list from './fixtures/list.response.json';
import updateRequest from './fixtures/update.request.json';
import { updateBody } from './patch';
import {
  push0ConstraintsSchema,
  push0CreateBodySchema,
  push0CreatedSchema,
  push0ErrorSchema,
  push0GetSchema,
  push0ListSchema,
  push0SegmentSchema,
  push0UpdateBodySchema,
} from './wire';

const cases: Array<[string, unknown, z.ZodType]> = [
  ['constraints-evaluation.example', constraintsEvaluation, push0ConstraintsSchema],
  ['constraints.example', constraintsExample, push0ConstraintsSchema],
  ['create.request', createRequest, push0CreateBodySchema],
  ['create-string.response', createString, push0CreatedSchema],
  ['create-id.response', createId, push0CreatedSchema],
  ['create-segment.response', createSegment, push0CreatedSchema],
  ['list.response', list, push0ListSchema],
  ['get.response', get, push0GetSchema],
  ['get-empty.response', getEmpty, push0GetSchema],
  ['update.request', updateRequest, push0UpdateBodySchema],
  ['error-400.response', error400, push0ErrorSchema],
  ['error-403.response', error403, push0ErrorSchema],
  ['error-429.response', error429, push0ErrorSchema],
];

/** A stored segment around the page's constraint examples, which show constraints only. */
const stored = (constraints: unknown) => ({ id: 'sg_example', name: 'Example', constraints });

const rootOf = (segment: ReturnType<typeof fromWire>): Group => segment.blocks[0]!.root;

describe('Push0 wire fixtures', () => {
  it.each(cases)('%s parses', (_name, fixture, schema) => {
    const result = schema.safeParse(fixture);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('covers every fixture file', () => {
    const files = Object.keys(import.meta.glob('./fixtures/*.json'));
    expect(files.map((file) => file.replace(/^\.\/fixtures\/|\.json$/g, '')).sort()).toEqual(
      cases.map(([name]) => name).sort(),
    );
  });

  it('every list item is also a full segment', () => {
    for (const item of list) expect(push0SegmentSchema.safeParse(item).success).toBe(true);
  });

  it("reads the page's EQUALS example as equals, in two ANDed groups", () => {
    const root = rootOf(fromWire(stored(constraintsEvaluation)));
    expect(root.combinator).toBe('and');
    const [first, second] = root.children as Group[];
    expect(first!.children.map((node) => (node as Condition).operator)).toEqual(['equals', 'equals']);
    expect(second!.children).toEqual([
      { type: 'condition', id: 'p0-1-0', field: 'osVersion', operator: 'equals', value: { kind: 'one', value: '13' } },
    ]);
  });

  it.each([
    ['constraints-evaluation.example', constraintsEvaluation],
    ['constraints.example', constraintsExample],
  ])("writes the page's %s back exactly as it came", (_name, constraints) => {
    const segment = fromWire(stored(constraints));
    expect(JSON.stringify(toWire(segment).constraints)).toBe(JSON.stringify(constraints));
    expect(updateBody(segment)).toEqual({ id: 'sg_example' });
  });

  it('writes an edited EQUALS condition with ==', () => {
    const segment = fromWire(stored(constraintsEvaluation));
    const edited = updateCondition(rootOf(segment), 'p0-1-0', { value: { kind: 'one', value: '14' } });
    expect(edited.ok).toBe(true);
    const body = toWire({ ...segment, blocks: [{ ...segment.blocks[0]!, root: edited.tree }] });
    expect(body.constraints[1]).toEqual({
      type: 'AND',
      constraints: [{ field: 'osVersion', relation: '==', value: '14' }],
    });
    // The untouched group goes back as it was read.
    expect(JSON.stringify(body.constraints[0])).toBe(JSON.stringify(constraintsEvaluation[0]));
  });

  it("reads the device type of the page's second example as an enum option", () => {
    const [, second] = rootOf(fromWire(stored(constraintsExample))).children as Group[];
    expect(second!.children[2]).toMatchObject({
      field: 'type',
      operator: 'is',
      value: { kind: 'one', value: 'phone' },
    });
  });

  it('builds the create request from what it reads', () => {
    const { id: _id, ...segment } = fromWire({ ...createRequest, id: 'sg_new' });
    expect(toWire(segment)).toEqual(createRequest);
  });

  it('keeps what the builder does not model, verbatim and in place', () => {
    const segment = fromWire(get[0]);
    const [, devices] = rootOf(segment).children as Group[];
    expect(devices!.children.map((node) => (node.type === 'condition' ? node.operator : 'opaque'))).toEqual([
      'begins_with',
      'ends_with',
      'opaque', // >= on a date
      'opaque', // exists with a value other than true
      'opaque', // unknown field
      'opaque', // unknown relation
      'opaque', // extra key
    ]);
    expect(devices!.children[4]).toMatchObject({ vendor: 'push0', label: 'carrier == Orange' });
    expect(JSON.stringify(toWire(segment).constraints)).toBe(JSON.stringify(get[0]!.constraints));
  });

  it('sends only the changed name, as in the update request', () => {
    const segment = fromWire(get[0]);
    expect(updateBody({ ...segment, name: updateRequest.name })).toEqual(updateRequest);
  });
});
