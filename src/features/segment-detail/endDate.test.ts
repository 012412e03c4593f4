import { checkEndDate, endOfLocalDay, localDateOf } from './endDate';

/** A local wall-clock time, whatever zone the tests run in. */
const local = (year: number, month: number, day: number, hours = 12) => new Date(year, month - 1, day, hours);

describe('end date', () => {
  it('shows the local day of the stored instant', () => {
    expect(localDateOf(local(2026, 6, 30, 23).toISOString())).toBe('2026-06-30');
    expect(localDateOf(local(2026, 1, 2, 0).toISOString())).toBe('2026-01-02');
    expect(localDateOf(undefined)).toBe('');
    expect(localDateOf('not a date')).toBe('');
  });

  it('sends the last second of the chosen local day, in UTC, and reads back as the same day', () => {
    const end = endOfLocalDay('2026-06-30')!;
    expect(end.getTime()).toBe(new Date(2026, 5, 30, 23, 59, 59).getTime());
    expect(end.toISOString()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    expect(localDateOf(end.toISOString())).toBe('2026-06-30');
  });

  it('takes only real calendar days', () => {
    expect(endOfLocalDay('')).toBeNull();
    expect(endOfLocalDay('2026-02-30')).toBeNull();
    expect(endOfLocalDay('30.06.2026')).toBeNull();
  });

  it('refuses an empty day, a day already over and a day before the start', () => {
    const now = local(2026, 6, 15, 18);
    expect(checkEndDate('', { now })).toEqual({ ok: false, problem: 'required' });
    expect(checkEndDate('2026-06-14', { now })).toEqual({ ok: false, problem: 'past' });
    const startDate = local(2026, 7, 1, 9).toISOString();
    expect(checkEndDate('2026-06-30', { now, startDate })).toEqual({ ok: false, problem: 'beforeStart' });
    // The start's own day is fine: the segment runs to its end.
    expect(checkEndDate('2026-07-01', { now, startDate })).toEqual({
      ok: true,
      endDate: new Date(2026, 6, 1, 23, 59, 59).toISOString(),
    });
  });

  it('accepts today, which ends tonight', () => {
    const now = local(2026, 6, 15, 18);
    expect(checkEndDate('2026-06-15', { now })).toEqual({
      ok: true,
      endDate: new Date(2026, 5, 15, 23, 59, 59).toISOString(),
    });
  });
});
