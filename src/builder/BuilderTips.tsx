import type { RefObject } from 'react';
import { TipLayer } from '@/ui/TipLayer';

/**
 * The builder's one tooltip layer: icon buttons show their accessible name, other elements the
 * explanation or reason in their `data-tip`.
 */
export function BuilderTips({ containerRef }: { containerRef: RefObject<HTMLElement | null> }) {
  return <TipLayer containerRef={containerRef} targets="[data-tip], button[aria-label]" textAttribute="tip" />;
}
