/**
 * The checks a save goes through after its wire schema passed, as Altcraft states them: a name,
 * conditions for dynamic and updatable segments, a database for static ones, sample bounds
 * 0–99 / 1–100, a non-negative limit, and a database that never changes on update.
 */
import { MAX_NESTING_DEPTH, readNestedGroup } from '@/api/altcraft/nesting';
import type { AltcraftQuery, AltcraftSegmentBody } from '@/api/altcraft/wire';
import type { DemoStore, StoredSegment } from '../store';

export interface RuleOptions {
  /** Estimates check a draft, whose name may still be empty. */
  requireName: boolean;
  previous?: StoredSegment;
}

const isWhole = (n: number) => Number.isInteger(n);

/** Group levels below a block's root: a flat block is 1, as the adapter counts. */
function depthOf(queries: readonly AltcraftQuery[]): number {
  let deepest = 1;
  for (const query of queries) {
    const group = readNestedGroup(query);
    if (group) deepest = Math.max(deepest, 1 + depthOf(group.child));
  }
  return deepest;
}

/** Field path → message for every broken rule; empty when the body can be stored. */
export function segmentBodyProblems(
  body: AltcraftSegmentBody,
  store: DemoStore,
  options: RuleOptions,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const blocks = body.segment ?? [];
  if (options.requireName && body.name.trim() === '') problems.name = 'must not be empty';
  if (!body.is_static && blocks.length === 0) {
    problems.segment = 'at least one block is required for a dynamic segment';
  }

  const databaseId = options.previous?.list_id ?? body.list_id ?? blocks[0]?.list_id;
  if (options.previous && body.list_id !== undefined && body.list_id !== options.previous.list_id) {
    problems.list_id = "the database of a segment can't be changed";
  } else if (databaseId === undefined) {
    problems.list_id = 'required for a static segment';
  } else if (!store.database(databaseId)) {
    problems[body.list_id === undefined ? 'segment.0.list_id' : 'list_id'] = `database ${databaseId} does not exist`;
  }

  blocks.forEach((block, index) => {
    const at = (key: string) => `segment.${index}.${key}`;
    if (databaseId !== undefined && block.list_id !== databaseId) {
      problems[at('list_id')] ??= `must be the segment's database (${databaseId})`;
    }
    if (block.condition !== 'and' && block.condition !== 'or') problems[at('condition')] = 'must be "and" or "or"';
    const from = block.percent_from ?? 0;
    const to = block.percent_to ?? 100;
    if (!isWhole(from) || from < 0 || from > 99) problems[at('percent_from')] = 'must be a whole number from 0 to 99';
    if (!isWhole(to) || to < 1 || to > 100) problems[at('percent_to')] = 'must be a whole number from 1 to 100';
    else if (to <= from) problems[at('percent_to')] = 'must be greater than percent_from';
    const limit = block.limit ?? 0;
    if (!isWhole(limit) || limit < 0) problems[at('limit')] = 'must be a whole number, 0 for no limit';
    if (depthOf(block.queries) > MAX_NESTING_DEPTH) {
      problems[at('queries')] = `groups can be nested at most ${MAX_NESTING_DEPTH} levels deep`;
    }
  });
  return problems;
}
