import counters from './fixtures/counters.response.json';
import fieldsGet from './fixtures/fields-get.response.json';
import listLowercase from './fixtures/list-lowercase.response.json';
import list from './fixtures/list.response.json';
import {
  catalogFromWire,
  countsFromWire,
  optionsFromDictionary,
  summaryFromWire,
  summaryToWire,
  taskStatusFromWire,
} from './resources';
import { wireFieldsSchema, wireSegmentListItemSchema } from './wire';

describe('list items', () => {
  const upper = list.data.map((item) => wireSegmentListItemSchema.parse(item));
  const lower = listLowercase.data.map((item) => wireSegmentListItemSchema.parse(item));

  it('read the same in both key cases', () => {
    expect(lower.map(summaryFromWire)).toEqual(upper.map(summaryFromWire));
    expect(summaryFromWire(upper[2]!)).toEqual({
      id: 14,
      name: 'Dynamic segment',
      tags: ['test', 'geo'],
      groups: [
        { id: 3, name: 'Marketing' },
        { id: 5, name: 'Sales' },
      ],
    });
  });

  it('convert back to the documented key case', () => {
    expect(upper.map((item) => summaryToWire(summaryFromWire(item)))).toEqual(list.data);
  });

  it('tell the kind only where the flags do', () => {
    const base = { id: 1, name: 'x' };
    expect(summaryFromWire({ ...base, is_static: false }).kind).toBe('dynamic');
    expect(summaryFromWire({ ...base, is_static: true, is_refresh_daily: true }).kind).toBe('updatable');
    expect(summaryFromWire({ ...base, is_static: true, is_refresh_daily: false }).kind).toBeUndefined();
    expect(summaryFromWire({ ...base, list_id: 4, count: 9 })).toMatchObject({ databaseId: 4, count: 9 });
    expect(summaryToWire({ ...base, tags: [], kind: 'updatable', databaseId: 4, count: 9 })).toMatchObject({
      is_static: true,
      is_refresh_daily: true,
      list_id: 4,
      count: 9,
    });
  });
});

describe('field catalog', () => {
  const catalog = catalogFromWire(wireFieldsSchema.parse(fieldsGet.data));

  it('maps Altcraft types and leaves out types the builder cannot model', () => {
    expect(catalog.map((field) => [field.name, field.type, field.category])).toEqual([
      ['email', 'email', 'system'],
      ['_fname', 'string', 'system'],
      ['_sex', 'enum', 'system'],
      ['_bdate', 'date', 'system'],
      ['_status', 'number', 'system'],
      ['_tz', 'enum', 'system'],
      ['orders_count', 'number', 'custom'],
      ['app_version', 'version', 'custom'],
      ['is_vip', 'boolean', 'custom'],
      ['device', 'enum', 'custom'],
    ]);
    expect(catalog.find((field) => field.name === '_sex')).toMatchObject({
      label: 'Gender',
      options: [
        { value: 1, label: 'Male' },
        { value: 2, label: 'Female' },
      ],
    });
  });

  it('reads every dictionary form', () => {
    expect(optionsFromDictionary(['a', 2])).toEqual([
      { value: 'a', label: 'a' },
      { value: 2, label: '2' },
    ]);
    expect(optionsFromDictionary([{ id: 1, title: 'Phone' }, { value: 'x', label: 'X' }, { key: 'k' }, null])).toEqual([
      { value: 1, label: 'Phone' },
      { value: 'x', label: 'X' },
      { value: 'k', label: 'k' },
    ]);
    expect(optionsFromDictionary({ ios: 'iOS', 7: 7 })).toEqual([
      { value: 7, label: '7' },
      { value: 'ios', label: 'iOS' },
    ]);
    expect(optionsFromDictionary(undefined)).toBeUndefined();
  });

  it('guesses the category from the name when the server does not say', () => {
    expect(
      catalogFromWire([
        { name: '_city', type: 'unicode' },
        { name: 'score', type: 'int' },
      ]),
    ).toMatchObject([
      { category: 'system', label: '_city' },
      { category: 'custom', label: 'score' },
    ]);
  });
});

describe('counters and tasks', () => {
  it('reads per-channel counts', () => {
    expect(countsFromWire(counters.data)[0]).toEqual({
      channel: 'email',
      subscribedSendable: 1520,
      unconfirmedSendable: 40,
    });
  });

  it.each([
    [{ status: 'completed' }, { status: 'completed', progress: 100 }],
    [
      { status: 'Processing', progress: 140 },
      { status: 'running', progress: 100 },
    ],
    [{ status: 'queued' }, { status: 'pending', progress: 0 }],
    [
      { status: 'error', progress: 30 },
      { status: 'failed', progress: 30 },
    ],
    [
      { status: 'something new', progress: -5 },
      { status: 'unknown', progress: 0, word: 'something new' },
    ],
  ])('%j → %j', (wire, expected) => {
    expect(taskStatusFromWire(wire)).toEqual(expected);
  });
});
