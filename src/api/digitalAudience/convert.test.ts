import type { Segment } from '@/domain/model';
import { NO_DATABASE } from '../provider';
import list from './fixtures/audience-segments.response.json';
import sparse from './fixtures/loadsegmentbyid-sparse.response.json';
import segment from './fixtures/loadsegmentbyid.response.json';
import { DA_VENDOR, segmentFromWire, statusOf, summaryFromWire, wireOf } from './convert';
import { daInstant, endDateForWire, parseDaDate } from './dates';
import { daSegmentSchema, type DaSegment } from './wire';

const wire = segment.data as DaSegment;
const sparseWire = sparse as DaSegment;

describe('segmentFromWire', () => {
  it('reads every documented property into the model', () => {
    expect(segmentFromWire(wire)).toEqual({
      id: 1,
      name: 'Sports readers NL',
      description: 'Readers of the sports section, last 30 days',
      tags: [],
      kind: 'static',
      refreshDaily: false,
      databaseId: NO_DATABASE,
      blocks: [],
      updatedAt: '2025-11-20T17:03:05.555Z',
      lifecycle: {
        status: 'Active',
        active: true,
        recurring: true,
        startDate: '2025-11-16T00:00:00.000Z',
        endDate: '2025-12-16T00:00:00.000Z',
        createdAt: '2025-11-15T09:12:44.123Z',
        counters: { log: 48210, ready: 45872, pending: 0, upload: 3, noData: 2338, segmentUpload: 3 },
      },
      origin: { vendor: DA_VENDOR, data: wire },
    } satisfies Segment);
  });

  it('reads a sparse segment: the other id, a status from its id, zoneless dates as UTC', () => {
    const model = segmentFromWire(sparseWire);
    expect(model.id).toBe('880499');
    expect(model.description).toBeUndefined();
    expect(model.updatedAt).toBeUndefined();
    expect(model.lifecycle).toEqual({
      status: 'Pending',
      startDate: '2025-12-01T00:00:00.000Z',
      endDate: '2025-12-31T23:59:59.999Z',
      counters: { log: 10 },
    });
  });

  it('keeps a status word over its id, and an unknown id as a number', () => {
    expect(statusOf({ ...wire, status: 'Live', statusId: 1 })).toBe('Live');
    expect(statusOf({ ...wire, status: null, statusId: 42 })).toBe('42');
    expect(statusOf({ ...wire, status: '  ', statusId: null })).toBeUndefined();
  });
});

describe('summaryFromWire', () => {
  it('lists id, name, status and schedule, without kind or size', () => {
    expect(list.data.map((item) => summaryFromWire(item as DaSegment))).toEqual([
      {
        id: 1,
        name: 'Sports readers NL',
        tags: [],
        status: 'Active',
        active: true,
        endDate: '2025-12-16T00:00:00.000Z',
        createdAt: '2025-11-15T09:12:44.123Z',
        updatedAt: '2025-11-20T17:03:05.555Z',
      },
      expect.objectContaining({ id: 2, status: 'Expired', active: false }),
      expect.objectContaining({ id: 3, status: 'Processing' }),
    ]);
  });
});

describe('payload round trip', () => {
  it('gives back the very object the segment was read from', () => {
    const model = segmentFromWire(wire);
    expect(wireOf(model)).toBe(wire);
    // Also after the model was copied, as storage and the query cache do.
    expect(wireOf(structuredClone(model))).toEqual(segment.data);
    expect(JSON.stringify(wireOf(structuredClone(model)))).toBe(JSON.stringify(segment.data));
  });

  it('writes a segment without its origin out from the model', () => {
    const { origin: _origin, ...model } = segmentFromWire(wire);
    const written = wireOf(model);
    expect(daSegmentSchema.safeParse(written).success).toBe(true);
    expect(written).toMatchObject({
      id: 1,
      name: 'Sports readers NL',
      active: true,
      isRecurring: true,
      status: 'Active',
      endDate: '2025-12-16T00:00:00.000Z',
      totalLogCount: 48210,
      totalNoDataCount: 2338,
    });
    expect(wireOf({ ...model, origin: { vendor: DA_VENDOR, data: { broken: true } } })).toEqual(written);
    expect(wireOf({ ...model, origin: { vendor: 'altcraft', data: wire } })).toEqual(written);
  });
});

describe('dates', () => {
  it.each([
    ['2025-12-16T11:36:10.6878666Z', '2025-12-16T11:36:10.687Z'],
    ['2025-12-16T11:36:10Z', '2025-12-16T11:36:10.000Z'],
    ['2025-12-16T11:36', '2025-12-16T11:36:00.000Z'],
    ['2025-12-16T13:36:10+02:00', '2025-12-16T11:36:10.000Z'],
    ['2025-12-16', '2025-12-16T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(daInstant(text)).toBe(iso);
  });

  it.each(['', 'tomorrow', '2026-02-30T00:00:00Z', '2025-12-16T24:00:00Z', '16.12.2025'])('rejects %j', (text) => {
    expect(parseDaDate(text)).toBeNaN();
    expect(daInstant(text)).toBeUndefined();
  });

  it('sends an end date in UTC, keeping one that already is', () => {
    expect(endDateForWire('2025-12-16T11:36:10.6878666Z')).toBe('2025-12-16T11:36:10.6878666Z');
    expect(endDateForWire('2026-01-31')).toBe('2026-01-31T00:00:00.000Z');
    expect(endDateForWire('2026-01-31T02:00:00+02:00')).toBe('2026-01-31T00:00:00.000Z');
    expect(endDateForWire('soon')).toBe('soon');
  });
});
