import type { Condition, Group, OpaqueCondition, Segment, TreeNode } from '@/domain/model';
import { ApiError } from '../errors';
import { NO_DATABASE } from '../provider';
import { fromWire, isoOf, toWire } from './convert';

const cond = (id: string, field: string, operator: Condition['operator'], value?: string | number): Condition => ({
  type: 'condition',
  id,
  field,
  operator,
  value: value === undefined ? { kind: 'none' } : { kind: 'one', value },
});

const group = (id: string, combinator: Group['combinator'], children: TreeNode[], not?: boolean): Group => ({
  type: 'group',
  id,
  combinator,
  children,
  ...(not ? { not } : {}),
});

function segmentOf(root: Group, patch: Partial<Segment> = {}): Segment {
  return {
    name: 'Draft',
    tags: [],
    kind: 'dynamic',
    refreshDaily: false,
    databaseId: NO_DATABASE,
    blocks: [{ databaseId: NO_DATABASE, sample: { from: 0, to: 100 }, limit: 0, root }],
    ...patch,
  };
}

const OK_CONDITION = cond('c', 'deviceModel', 'equals', 'Pixel 9');

/** The error toWire throws for `segment`, or null when it accepts it. */
function refusal(segment: Segment): unknown {
  try {
    toWire(segment);
    return null;
  } catch (error) {
    return error;
  }
}

const UNSUPPORTED = expect.objectContaining({ code: 'unsupported' }) as unknown;

describe('fromWire', () => {
  const wire = {
    id: 'sg_1',
    name: 'Tablets',
    description: 'German tablets',
    constraints: [{ type: 'OR', constraints: [{ field: 'type', relation: '==', value: 'tablet' }] }],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_760_000_000_000,
  };

  it('makes one dynamic block without a database, sample or limit', () => {
    const segment = fromWire(wire);
    expect(segment).toMatchObject({
      id: 'sg_1',
      name: 'Tablets',
      description: 'German tablets',
      tags: [],
      kind: 'dynamic',
      refreshDaily: false,
      databaseId: NO_DATABASE,
      updatedAt: new Date(1_760_000_000_000).toISOString(),
      origin: { vendor: 'push0', data: wire },
    });
    expect(segment.blocks).toEqual([
      {
        databaseId: NO_DATABASE,
        sample: { from: 0, to: 100 },
        limit: 0,
        root: group('p0-root', 'and', [group('p0-0', 'or', [cond('p0-0-0', 'type', 'is', 'tablet')])]),
      },
    ]);
  });

  it('dates a never-edited segment by its creation, and leaves out an empty description', () => {
    const segment = fromWire({ ...wire, description: '', updatedAt: null });
    expect(segment.updatedAt).toBe(new Date(1_700_000_000_000).toISOString());
    expect(segment).not.toHaveProperty('description');
    expect(fromWire({ id: 'x', name: 'x', constraints: [], createdAt: 8.64e15 + 1 })).not.toHaveProperty('updatedAt');
  });

  it('reads epoch milliseconds as a local date and time', () => {
    const at = new Date(2026, 2, 1, 14, 30).getTime();
    const segment = fromWire({
      ...wire,
      constraints: [{ type: 'AND', constraints: [{ field: 'lastSession', relation: '>', value: at }] }],
    });
    const [read] = segment.blocks[0]!.root.children as Group[];
    expect(read!.children[0]).toEqual(cond('p0-0-0', 'lastSession', 'after', '2026-03-01T14:30'));
  });

  it('refuses a body that is not a Push0 segment', () => {
    for (const body of [null, [], { name: 'x', constraints: [] }, { id: 'x', name: 'x', constraints: [{}] }]) {
      expect(() => fromWire(body)).toThrow(expect.objectContaining({ code: 'bad_response' }) as unknown as Error);
    }
  });
});

describe('toWire', () => {
  it('writes groups in order and the conditions at the root as one AND group, last', () => {
    const root = group('r', 'and', [
      cond('a', 'country', 'is', 'PL'),
      group('g1', 'or', [cond('b', 'language', 'is', 'pol'), cond('c', 'language', 'is_not', 'eng')]),
      cond('d', 'sessionCount', 'gte', 5),
      group('g2', 'and', [cond('e', 'tags', 'list_contains', 'beta')]),
    ]);
    expect(toWire(segmentOf(root, { description: 'Polish', tags: ['ignored'] }))).toEqual({
      name: 'Draft',
      description: 'Polish',
      constraints: [
        {
          type: 'OR',
          constraints: [
            { field: 'language', relation: '==', value: 'pol' },
            { field: 'language', relation: '!=', value: 'eng' },
          ],
        },
        { type: 'AND', constraints: [{ field: 'tags', relation: 'contains', value: 'beta' }] },
        {
          type: 'AND',
          constraints: [
            { field: 'country', relation: '==', value: 'PL' },
            { field: 'sessionCount', relation: '>=', value: 5 },
          ],
        },
      ],
    });
  });

  it('writes an OR root of conditions only as one OR group, and any root around a single group', () => {
    const leaves = [cond('a', 'osVersion', 'begins_with', '13'), cond('b', 'osVersion', 'begins_with', '14')];
    expect(toWire(segmentOf(group('r', 'or', leaves))).constraints).toEqual([
      {
        type: 'OR',
        constraints: [
          { field: 'osVersion', relation: 'starts_with', value: '13' },
          { field: 'osVersion', relation: 'starts_with', value: '14' },
        ],
      },
    ]);
    expect(toWire(segmentOf(group('r', 'or', [group('g', 'and', leaves)]))).constraints[0]!.type).toBe('AND');
  });

  it('writes exists with its value, dates as epoch milliseconds, and nothing for no conditions', () => {
    const root = group('r', 'and', [
      cond('a', 'pushToken', 'exists'),
      cond('b', 'unRegisteredAt', 'before', '2026-03-01T14:30:15.250'),
      cond('c', 'firstSession', 'after', '2026-03-01'),
    ]);
    expect(toWire(segmentOf(root)).constraints[0]!.constraints).toEqual([
      { field: 'pushToken', relation: 'exists', value: true },
      { field: 'unRegisteredAt', relation: '<', value: new Date(2026, 2, 1, 14, 30, 15, 250).getTime() },
      { field: 'firstSession', relation: '>', value: new Date(2026, 2, 1).getTime() },
    ]);
    expect(toWire(segmentOf(group('r', 'and', []))).constraints).toEqual([]);
    expect(toWire({ ...segmentOf(group('r', 'and', [])), blocks: [] }).constraints).toEqual([]);
  });

  it('writes a Push0 opaque condition verbatim, wherever it was moved', () => {
    const raw = { field: 'carrier', relation: '==', value: 'Orange', extra: [1] };
    const opaque: OpaqueCondition = { type: 'opaque', id: 'o', vendor: 'push0', label: 'carrier', raw };
    expect(toWire(segmentOf(group('r', 'and', [opaque]))).constraints).toEqual([{ type: 'AND', constraints: [raw] }]);
  });

  it.each<[string, Segment]>([
    ['a negated group', segmentOf(group('r', 'and', [group('g', 'and', [OK_CONDITION], true)]))],
    ['a negated root', segmentOf(group('r', 'and', [OK_CONDITION], true))],
    ['a group in a group', segmentOf(group('r', 'and', [group('g', 'and', [group('h', 'or', [OK_CONDITION])])]))],
    ['an OR between groups', segmentOf(group('r', 'or', [group('g', 'and', [OK_CONDITION]), OK_CONDITION]))],
    ['11 conditions in a group', segmentOf(group('r', 'and', [group('g', 'and', Array(11).fill(OK_CONDITION))]))],
    ['11 conditions at the root', segmentOf(group('r', 'and', Array(11).fill(OK_CONDITION)))],
    [
      'a sample',
      {
        ...segmentOf(group('r', 'and', [])),
        blocks: [{ ...segmentOf(group('r', 'and', [])).blocks[0]!, sample: { from: 0, to: 50 } }],
      },
    ],
    [
      'a limit',
      { ...segmentOf(group('r', 'and', [])), blocks: [{ ...segmentOf(group('r', 'and', [])).blocks[0]!, limit: 10 }] },
    ],
    ['a static segment', segmentOf(group('r', 'and', []), { kind: 'static' })],
    [
      'two blocks',
      {
        ...segmentOf(group('r', 'and', [])),
        blocks: [...segmentOf(group('r', 'and', [])).blocks, ...segmentOf(group('s', 'and', [])).blocks],
      },
    ],
    ['an unknown field', segmentOf(group('r', 'and', [cond('a', 'carrier', 'equals', 'Orange')]))],
    ['an operator Push0 lacks', segmentOf(group('r', 'and', [cond('a', 'email', 'domain_is', 'gmail.com')]))],
    ['"on" a date', segmentOf(group('r', 'and', [cond('a', 'lastSession', 'on', '2026-03-01')]))],
    ['a fraction on an Int field', segmentOf(group('r', 'and', [cond('a', 'sessionCount', 'gt', 2.5)]))],
    ['a number on a String field', segmentOf(group('r', 'and', [cond('a', 'osApi', 'equals', 35)]))],
    ['a date that is not one', segmentOf(group('r', 'and', [cond('a', 'createdAt', 'before', '2026-02-30')]))],
    [
      "another backend's rule",
      segmentOf(group('r', 'and', [{ type: 'opaque', id: 'o', vendor: 'altcraft', label: 'once', raw: {} }])),
    ],
  ])('refuses %s', (_name, segment) => {
    const error = refusal(segment);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toEqual(UNSUPPORTED);
  });

  it('says what it refuses', () => {
    const fraction = refusal(segmentOf(group('r', 'and', [cond('a', 'sessionCount', 'gt', 2.5)])));
    expect((fraction as ApiError).message).toContain('whole numbers');
    const crowded = refusal(segmentOf(group('r', 'and', [group('g', 'and', Array(11).fill(OK_CONDITION))])));
    expect((crowded as ApiError).message).toContain('at most 10 conditions');
  });

  it('says it in the reader’s language: refusals are detail codes worded when shown', () => {
    const fraction = refusal(segmentOf(group('r', 'and', [cond('a', 'sessionCount', 'gt', 2.5)]))) as ApiError;
    expect(fraction.text('ru')).toBe(
      'Этот бэкенд не может это сохранить. Значение поля «sessionCount» нельзя сохранить. Push0 хранит только целые числа.',
    );
    const date = refusal(segmentOf(group('r', 'and', [cond('a', 'createdAt', 'before', '2026-02-30')]))) as ApiError;
    expect(date.text('en')).toMatch(/It needs a date and time/);
    expect(date.text('ru')).toMatch(/Нужны дата и время/);
    const crowded = refusal(segmentOf(group('r', 'and', [group('g', 'and', Array(11).fill(OK_CONDITION))])));
    expect((crowded as ApiError).text('ru')).toMatch(/Push0 допускает не больше 10 условий в группе, а здесь их 11\.$/);
    const negated = refusal(segmentOf(group('r', 'and', [OK_CONDITION], true))) as ApiError;
    expect(negated.text('ru')).toMatch(/Push0 не умеет отрицать группу\.$/);
  });
});

describe('isoOf', () => {
  it('turns epoch milliseconds into ISO 8601 and refuses what Date cannot hold', () => {
    expect(isoOf(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(isoOf(null)).toBeUndefined();
    expect(isoOf(Number.MAX_SAFE_INTEGER)).toBeUndefined();
  });
});
