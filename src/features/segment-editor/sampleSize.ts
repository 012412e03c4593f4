/**
 * The arithmetic of the editor's sample control: a percent slice of the profiles that match a
 * block's conditions. "Sample size N %" is the simple form of a range; the range is the exact form.
 */
import type { SampleRange } from '@/domain/model';

const clampPercent = (value: number): number => (Number.isFinite(value) ? Math.min(Math.max(value, 0), 100) : 0);

/** The share of profiles a range keeps, in percent: 0 for a crossed or empty range, never negative. */
export function sampleShare(range: SampleRange): number {
  return Math.max(0, clampPercent(range.to) - clampPercent(range.from));
}

/** The profiles a sample keeps out of `matching`: matching × share, always within 0..matching. */
export function sampleCount(matching: number, range: SampleRange): number {
  if (!Number.isFinite(matching) || matching <= 0) return 0;
  const whole = Math.floor(matching);
  return Math.min(whole, Math.max(0, Math.round((whole * sampleShare(range)) / 100)));
}

/** The ends run the wrong way round (or meet): the range keeps nobody and Save refuses it. */
export function isCrossed(range: SampleRange): boolean {
  return range.from >= range.to;
}

/**
 * A crossed range put the right way round (80–20 becomes 20–80). Equal ends cannot be mended by a
 * swap: they stay, and validation explains them.
 */
export function orderedRange(range: SampleRange): { range: SampleRange; swapped: boolean } {
  if (range.from <= range.to) return { range, swapped: false };
  return { range: { from: range.to, to: range.from }, swapped: true };
}

/** Whole percent 1..100: what the "Sample size" input accepts. */
export function clampSize(size: number): number {
  return Number.isFinite(size) ? Math.min(Math.max(Math.round(size), 1), 100) : 100;
}

/**
 * The range of a sample of `size` percent: it keeps its start where it can (so an advanced range
 * only changes width), and slides back so it never runs past 100.
 */
export function rangeWithSize(current: SampleRange, size: number): SampleRange {
  const width = clampSize(size);
  const start = Math.min(Math.max(Math.round(isCrossed(current) ? 0 : current.from), 0), 100 - width);
  return { from: start, to: start + width };
}
