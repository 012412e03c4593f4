/**
 * How much a segment may hold. The backends document no limits, so these are the app's own: large
 * enough for any real segment, small enough that a pasted novel or a runaway import is refused
 * with a message instead of breaking a request, a draft or the page.
 */
export const LIMITS = {
  nameLength: 255,
  descriptionLength: 2_000,
  tags: 50,
  tagLength: 64,
  /** Values of one list condition ("is any of", pasted ids). */
  listValues: 50_000,
} as const;

/** A number a backend (and JSON) keeps exactly. */
export function isSafeNumber(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}
