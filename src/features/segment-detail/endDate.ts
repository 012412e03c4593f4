/**
 * The end date as the user edits it: a calendar day in their own time zone (a date input), sent
 * as an instant. Pure, so every rule is unit-tested (endDate.test.ts).
 *
 * What is sent: the last second of the chosen day in the user's time zone, as ISO 8601 in UTC
 * ("2026-06-30T23:59:59.000Z" in UTC, "2026-06-30T20:59:59.000Z" in Moscow). The segment then runs
 * through the whole day the user picked where they are, and the date input, which shows the local
 * day of the stored instant, shows the same day again after the update. (Midnight UTC of the date
 * would end the segment a day early for everyone west of Greenwich and show them the day before.)
 */

const DATE_INPUT = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day of `time` as a date input writes it ("2026-06-30"). */
function dayOf(time: Date): string {
  return `${pad(time.getFullYear(), 4)}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/** The local day of an ISO instant, for a date input; '' when there is none or it is unreadable. */
export function localDateOf(iso: string | undefined): string {
  const time = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(time) ? '' : dayOf(new Date(time));
}

/** The instant the chosen day ends at (see above), or null when `date` is no real calendar day. */
export function endOfLocalDay(date: string): Date | null {
  const match = DATE_INPUT.exec(date.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const end = new Date(year, month, day, 23, 59, 59, 0);
  // new Date rolls 2026-02-30 over to March: a real day reads back the same.
  return end.getFullYear() === year && end.getMonth() === month && end.getDate() === day ? end : null;
}

export type EndDateProblem = 'required' | 'past' | 'beforeStart';

export type EndDateCheck = { ok: true; endDate: string } | { ok: false; problem: EndDateProblem };

/**
 * Checks a day from the date input before anything is sent: a readable day, not over already
 * (today is fine: it ends tonight), and not before the segment starts. `now` defaults to the clock.
 */
export function checkEndDate(date: string, context: { startDate?: string | undefined; now?: Date } = {}): EndDateCheck {
  const end = endOfLocalDay(date);
  if (!end) return { ok: false, problem: 'required' };
  const now = context.now ?? new Date();
  if (end.getTime() < now.getTime()) return { ok: false, problem: 'past' };
  const start = context.startDate ? Date.parse(context.startDate) : Number.NaN;
  if (!Number.isNaN(start) && end.getTime() < start) return { ok: false, problem: 'beforeStart' };
  return { ok: true, endDate: end.toISOString() };
}
