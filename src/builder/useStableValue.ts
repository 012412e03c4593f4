import { useState } from 'react';

/** Plain data (no functions, no cycles) compared by content. */
export function sameContent(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.hasOwn(recordB, key) && sameContent(recordA[key], recordB[key]));
}

/**
 * The previous value while the new one has the same content. Lets an owner pass a freshly built
 * capabilities object or catalog on every render without re-rendering every row.
 */
export function useStableValue<T>(value: T): T {
  const [stable, setStable] = useState(value);
  const same = sameContent(stable, value);
  // Derived state: React re-renders this component at once with the new value stored.
  if (!same) setStable(value);
  return same ? stable : value;
}
