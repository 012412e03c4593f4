/**
 * Condition values ⇄ Push0 constraint values, per canonical field type. Decoding is the exact
 * inverse of encoding: a wire value that would not come back the same (a fraction on an Int field,
 * a number on a String field) is not decoded, so its constraint stays opaque and is kept verbatim.
 */
import type { Scalar } from '@/domain/model';
import type { ValueNeed } from '../messages';
import type { Push0FieldType } from './fieldTypes';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Epoch milliseconds as a local date and time, `YYYY-MM-DDTHH:mm`, with `:ss` and `.sss` only when
 * they are not zero: the form a `datetime-local` input shows, in the marketer's own time zone.
 * Null outside years 0–9999, which the form cannot write.
 */
export function epochToLocal(ms: number): string | null {
  if (!Number.isSafeInteger(ms)) return null;
  const date = new Date(ms);
  const year = date.getFullYear();
  if (!(year >= 0 && year <= 9999)) return null;
  const day = `${pad(year, 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const [seconds, millis] = [date.getSeconds(), date.getMilliseconds()];
  const tail = millis ? `:${pad(seconds)}.${pad(millis, 3)}` : seconds ? `:${pad(seconds)}` : '';
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}${tail}`;
}

/**
 * A local `YYYY-MM-DD[THH:mm[:ss[.sss]]]` as epoch milliseconds (a bare date is local midnight,
 * which is what the date editor writes today). Null for anything else or an impossible date.
 * A wall time that a daylight-saving change skips moves forward, as `Date` does; one it repeats
 * is the earlier instant, which is why fromWire keeps the later one opaque.
 */
export function localToEpoch(text: string): number | null {
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m) return null;
  const [year, month, day, hours, minutes, seconds, millis] = m.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const calendar = new Date(Date.UTC(2000, 0, 1));
  calendar.setUTCFullYear(year, month - 1, day);
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return null;
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  // setFullYear, not the constructor: the constructor reads years 0–99 as 1900–1999.
  const local = new Date(2000, 0, 1);
  local.setFullYear(year, month - 1, day);
  local.setHours(hours, minutes, seconds, millis);
  const ms = local.getTime();
  return Number.isSafeInteger(ms) ? ms : null;
}

/** The wire value of one scalar on a field of `type`, or null when Push0 cannot hold it. */
export function encodeScalar(type: Push0FieldType, scalar: Scalar): unknown {
  switch (type) {
    case 'number':
      // Int fields: whole numbers only.
      return typeof scalar === 'number' && Number.isSafeInteger(scalar) ? scalar : null;
    case 'date':
      return typeof scalar === 'string' ? localToEpoch(scalar) : null;
    default:
      return typeof scalar === 'string' ? scalar : null;
  }
}

/** The scalar a wire value stands for on a field of `type`, or null when it is not one. */
export function decodeScalar(type: Push0FieldType, value: unknown): Scalar | null {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
    case 'date':
      return typeof value === 'number' ? epochToLocal(value) : null;
    default:
      return typeof value === 'string' ? value : null;
  }
}

/** What a value on a field of `type` must be, for the "unsupported" detail (worded per language). */
export function scalarNeed(type: Push0FieldType): ValueNeed {
  switch (type) {
    case 'number':
      return 'whole_number';
    case 'date':
      return 'datetime';
    default:
      return 'text';
  }
}
