/**
 * Deterministic percent slices. A profile's bucket depends only on its id, so the same range always
 * picks the same profiles, as the vendors document for `percent_from`/`percent_to`.
 */
import type { SampleRange } from './model';

export const FULL_SAMPLE: Readonly<SampleRange> = { from: 0, to: 100 };

/**
 * Bucket 0..99 of an id: FNV-1a (32-bit) over the UTF-16 code units, then the murmur3 finaliser.
 * FNV alone leaves sequential ids ('1', '2', ...) clustered in the low bits; the finaliser's
 * avalanche spreads them, which the chi-square test in sample.test.ts checks.
 */
export function sampleBucket(profileId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < profileId.length; i++) {
    h ^= profileId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % 100;
}

export function isFullSample(range: SampleRange): boolean {
  return range.from <= 0 && range.to >= 100;
}

/** `from` is inclusive and `to` exclusive, so 0–50 and 50–100 split the base without overlap. */
export function inSample(profileId: string, range: SampleRange): boolean {
  const bucket = sampleBucket(profileId);
  return range.from <= bucket && bucket < range.to;
}
