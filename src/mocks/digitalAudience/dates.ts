/**
 * The ISO 8601 dates Digital Audience exchanges, all in UTC (docs/contracts.md §3). Its example sends
 * seven fractional digits ("2025-12-16T11:36:10.6878666Z", a .NET habit) and JavaScript's Date
 * reads at most three, so the fraction is cut before parsing.
 */
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch, or NaN when `text` is not a real ISO 8601 date and time with a zone. */
export function parseIsoUtc(text: string): number {
  const match = ISO_UTC.exec(text);
  if (!match) return Number.NaN;
  const [, year, month, day, hours, minutes, seconds = '00', fraction = '', zone] = match;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const time = Date.parse(`${year}-${month}-${day}T${hours}:${minutes}:${seconds}.${millis}${zone}`);
  // Date.parse rolls 2026-02-30 over to March; a real date reads back the same day.
  const calendar = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const sameDay = new Date(calendar).getUTCDate() === Number(day) && Number(hours) < 24 && Number(minutes) < 60;
  return sameDay ? time : Number.NaN;
}

export const isIsoUtc = (text: string): boolean => !Number.isNaN(parseIsoUtc(text));

/** The stored form of a valid date: UTC with milliseconds, e.g. "2026-12-16T11:36:10.687Z". */
export const toIsoUtc = (text: string): string => new Date(parseIsoUtc(text)).toISOString();
