/**
 * Why a checked profile is outside a segment, read from the embedded backend's profiles/check/
 * answer: a line per block root ("0"), and, where the block has them, one for its sample
 * ("0.sample") and one for its limit ("0.limit"). The numbers come from the segment itself.
 */
import type { Block } from '@/domain/model';
import type { ProfileCheckReason } from '../provider';

export interface ExplainedPart {
  path: string;
  matched: boolean;
}

const BLOCK_ROOT = /^\d+$/;

/**
 * The reason a profile is not in the segment. A block whose conditions all pass but whose sample
 * leaves the profile out is the answer first (the limit applies within the sample); then a block
 * whose limit does; `conditions` when no block's conditions pass. Undefined for members, for
 * answers without parts (static segments) and when a block passes but no line says what stopped it.
 */
export function profileCheckReason(
  inSegment: boolean,
  explain: readonly ExplainedPart[],
  blocks: ReadonlyArray<Pick<Block, 'sample' | 'limit'>>,
): ProfileCheckReason | undefined {
  if (inSegment || explain.length === 0) return undefined;
  const matched = new Map(explain.map((part) => [part.path, part.matched]));
  const passing = explain.filter((part) => BLOCK_ROOT.test(part.path) && part.matched).map((part) => Number(part.path));
  if (passing.length === 0) return { kind: 'conditions' };
  for (const block of passing) {
    const sample = blocks[block]?.sample;
    if (matched.get(`${block}.sample`) === false && sample) {
      return { kind: 'sample', block, from: sample.from, to: sample.to };
    }
  }
  for (const block of passing) {
    const limit = blocks[block]?.limit;
    if (matched.get(`${block}.limit`) === false && limit !== undefined) return { kind: 'limit', block, limit };
  }
  return undefined;
}

/** Whether the reason needs the segment's blocks: a block passed, and its sample or limit failed. */
export function needsBlocks(explain: readonly ExplainedPart[]): boolean {
  return explain.some((part) => /^\d+\.(sample|limit)$/.test(part.path) && !part.matched);
}
