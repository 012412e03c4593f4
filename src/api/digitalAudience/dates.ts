/**
 * Digital Audience's dates: ISO 8601 in UTC (docs/contracts.md §3). Its example has seven fractional
 * digits ("2025-12-16T11:36:10.6878666Z", a .NET habit) that not every browser's Date reads, so the
 * fraction is cut to milliseconds before parsing.
 */
import { DA_UNCONFIRMED } from './endpoints';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?)?$/i;

/** Milliseconds since the epoch, or NaN when `text` is no real ISO 8601 date (time). */
export function parseDaDate(text: string): number {
  const match = ISO.exec(text.trim());
  if (!match) return Number.NaN;
  const [, year, month, day, hours = '00', minutes = '00', seconds = '00', fraction = '', zone] = match;
  const hasTime = match[4] !== undefined;
  // A date alone is midnight UTC, as Date reads it; a time without a zone is UTC by the page's word.
  if (hasTime && zone === undefined && !DA_UNCONFIRMED.zonelessDatesAreUtc) return Number.NaN;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const time = Date.parse(`${year}-${month}-${day}T${hours}:${minutes}:${seconds}.${millis}${zone ?? 'Z'}`);
  // Date.parse rolls 2026-02-30 over to March: a real date reads back the same day.
  const sameDay = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDate() === Number(day);
  return sameDay && Number(hours) < 24 && Number(minutes) < 60 ? time : Number.NaN;
}

/** The instant in the model's form ("2025-12-16T11:36:10.687Z"), or undefined when unreadable. */
export function daInstant(text: string | null | undefined): string | undefined {
  if (typeof text !== 'string') return undefined;
  const time = parseDaDate(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const UTC_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/**
 * The end date as updateenddate takes it: ISO 8601 UTC. A value already in that form goes as it is
 * (seven digits included); another readable one is converted; an unreadable one goes as typed, so
 * the server's own message explains it.
 */
export function endDateForWire(text: string): string {
  if (UTC_DATE_TIME.test(text)) return text;
  return daInstant(text) ?? text;
}
