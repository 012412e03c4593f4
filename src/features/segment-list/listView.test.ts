import { applyView, type ViewRow } from './listView';

const rows: ViewRow[] = [
  { name: 'beta', kind: 'static', count: 10, updatedAt: '2024-03-01T00:00:00Z' },
  { name: 'Alpha', kind: 'dynamic', count: 500 },
  { name: 'gamma', count: undefined, updatedAt: '2024-05-01T00:00:00Z' },
  { name: 'delta 2', kind: 'dynamic', count: 50, updatedAt: '2023-01-01T00:00:00Z' },
  { name: 'delta 10', kind: 'updatable', count: 50 },
];
const names = (list: ViewRow[]) => list.map((row) => row.name);

describe('applyView', () => {
  it('keeps the backend order by default and never mutates its input', () => {
    const copy = [...rows];
    expect(applyView(rows, { kind: null, sort: 'default' })).toEqual(rows);
    applyView(rows, { kind: null, sort: 'name-desc' });
    expect(rows).toEqual(copy);
  });

  it('filters by type, leaving out rows whose type is unknown', () => {
    expect(names(applyView(rows, { kind: 'dynamic', sort: 'default' }))).toEqual(['Alpha', 'delta 2']);
  });

  it('sorts names naturally and case-insensitively', () => {
    expect(names(applyView(rows, { kind: null, sort: 'name-asc' }))).toEqual([
      'Alpha',
      'beta',
      'delta 2',
      'delta 10',
      'gamma',
    ]);
  });

  it('sorts by size either way with unknown sizes last, ties kept in order', () => {
    expect(names(applyView(rows, { kind: null, sort: 'size-desc' }))).toEqual([
      'Alpha',
      'delta 2',
      'delta 10',
      'beta',
      'gamma',
    ]);
    expect(names(applyView(rows, { kind: null, sort: 'size-asc' })).at(-1)).toBe('gamma');
  });

  it('sorts by last update, newest first, undated last', () => {
    expect(names(applyView(rows, { kind: null, sort: 'updated-desc' })).slice(0, 3)).toEqual([
      'gamma',
      'beta',
      'delta 2',
    ]);
  });

  it('sorts by end date soonest first and by creation either way, undated last', () => {
    const dated: ViewRow[] = [
      { name: 'later', endDate: '2026-09-01T00:00:00Z', createdAt: '2025-01-01T00:00:00Z' },
      { name: 'open-ended' },
      { name: 'sooner', endDate: '2026-07-01T00:00:00Z', createdAt: '2025-06-01T00:00:00Z' },
    ];
    expect(names(applyView(dated, { kind: null, sort: 'endDate-asc' }))).toEqual(['sooner', 'later', 'open-ended']);
    expect(names(applyView(dated, { kind: null, sort: 'endDate-desc' }))).toEqual(['later', 'sooner', 'open-ended']);
    expect(names(applyView(dated, { kind: null, sort: 'created-desc' }))).toEqual(['sooner', 'later', 'open-ended']);
  });
});
