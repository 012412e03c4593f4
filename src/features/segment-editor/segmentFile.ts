/**
 * Segments as .json files: export writes the canonical segment (without the identity and the
 * backend's bookkeeping, so the file can seed any segment), import checks a file with the domain
 * schema and merges it into the editor without touching what the editor must keep.
 */
import type { z } from 'zod';
import type { Segment, SegmentKind } from '@/domain/model';
import { segmentSchema } from '@/domain/schemas';
import { cloneWithFreshIds, collectIds, maxDepth } from '@/domain/tree';
import { defaultKind, toFormValues, withDatabase, type SegmentFormValues } from './segmentForm';

const MAX_LISTED_ISSUES = 5;
/** Larger files are refused before they are read: no real segment comes near it. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/**
 * JSON nesting the schema check may walk. The recursive schema overflows the stack at about a
 * thousand levels (a RangeError, silently lost in an event handler); no backend nests past 10.
 */
const MAX_JSON_NESTING = 200;

/**
 * Why a file is refused, as a code with its parameters: the editor words it when shown, in the
 * reader's language (`import.error.*` in messages.ts), so a switch of language re-words it.
 */
export type ImportError =
  | { code: 'too_large'; megabytes: number }
  /** `detail`: the JSON parser's own words, shown as they are. */
  | { code: 'not_json'; detail: string }
  | { code: 'too_nested' }
  | { code: 'too_deep'; depth: number; limit: number }
  /** A schema issue at `path`; the issue is kept (with its input) so it can be worded per language. */
  | { code: 'schema'; path: string; issue: z.core.$ZodIssue }
  | { code: 'more'; count: number }
  /** The browser could not read the file; `detail` is its own words. */
  | { code: 'unreadable'; detail: string };

/** Why a file of `bytes` is refused, or null. */
export function importSizeError(bytes: number): ImportError | null {
  return bytes > MAX_IMPORT_BYTES ? { code: 'too_large', megabytes: MAX_IMPORT_BYTES / (1024 * 1024) } : null;
}

/** How deep arrays and objects nest in `data`, counted without recursion, stopping past `limit`. */
function nestingDepth(data: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[data, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export interface ParseOptions {
  /** The backend's group levels (Capabilities.maxDepth); deeper trees are refused. */
  maxDepth?: number;
}

export function exportFileName(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'segment'}.segment.json`;
}

/** The file's text: the segment as the domain models it, minus id, counts and adapter data. */
export function exportSegment(segment: Segment): { fileName: string; text: string } {
  const { id: _id, count: _count, updatedAt: _updatedAt, origin: _origin, ...portable } = segment;
  return { fileName: exportFileName(segment.name), text: `${JSON.stringify(portable, null, 2)}\n` };
}

export type ImportResult = { ok: true; segment: Segment } | { ok: false; errors: ImportError[] };

/** Reads a file's text; every reason it is refused is listed, in words a marketer can act on. */
export function parseSegmentFile(text: string, options: ParseOptions = {}): ImportResult {
  // A UTF-16 length is at most the byte length, so this never refuses a file under the limit.
  const sizeError = importSizeError(text.length);
  if (sizeError) return { ok: false, errors: [sizeError] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ code: 'not_json', detail }] };
  }
  if (nestingDepth(data, MAX_JSON_NESTING) > MAX_JSON_NESTING) {
    return { ok: false, errors: [{ code: 'too_nested' }] };
  }
  // The input stays on each issue: zod's locale tables need it to name what was found instead.
  const result = segmentSchema.safeParse(data, { reportInput: true });
  if (result.success) {
    const limit = options.maxDepth;
    const deepest = Math.max(0, ...result.data.blocks.map((block) => maxDepth(block.root)));
    if (limit !== undefined && Number.isFinite(limit) && deepest > limit) {
      return { ok: false, errors: [{ code: 'too_deep', depth: deepest, limit }] };
    }
    return { ok: true, segment: result.data };
  }
  const issues = result.error.issues;
  const listed: ImportError[] = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map((issue) => ({ code: 'schema', path: issue.path.map(String).join('.'), issue }));
  if (issues.length > MAX_LISTED_ISSUES) listed.push({ code: 'more', count: issues.length - MAX_LISTED_ISSUES });
  return { ok: false, errors: listed };
}

export type ImportNote =
  | { kind: 'database-kept'; databaseId: number }
  | { kind: 'database-unknown'; databaseId: number }
  | { kind: 'kind-unsupported'; requested: SegmentKind; used: SegmentKind };

export interface MergeOptions {
  /** The database can't change once a segment exists. */
  databaseLocked: boolean;
  /** Databases this backend has; an unknown one in the file is replaced by the current one. */
  databaseIds: readonly number[];
  kinds: readonly SegmentKind[];
}

/**
 * The editor's values after importing `segment` into `current`: the content comes from the file;
 * the identity, the adapter's data and (after creation) the database stay. Node ids are renewed
 * only if the file repeats one, so an export re-imported still matches its origin.
 */
export function mergeImport(
  current: SegmentFormValues,
  segment: Segment,
  options: MergeOptions,
): { values: SegmentFormValues; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const blocks = segment.blocks.map((block) => {
    const ids = collectIds(block.root);
    return new Set(ids).size === ids.length ? block : { ...block, root: cloneWithFreshIds(block.root) };
  });
  let kind = segment.kind;
  if (!options.kinds.includes(kind)) {
    const used = options.kinds.includes(current.kind) ? current.kind : defaultKind(options.kinds);
    notes.push({ kind: 'kind-unsupported', requested: kind, used });
    kind = used;
  }
  // The file's identity, counts and adapter data never replace the edited segment's.
  const { id: _fileId, count: _count, updatedAt: _updatedAt, origin: _origin, ...content } = segment;
  const imported = toFormValues({ ...content, kind, blocks });
  const { id, origin } = current;
  let values: SegmentFormValues = {
    ...imported,
    ...(id === undefined ? {} : { id }),
    ...(origin === undefined ? {} : { origin }),
  };
  if (options.databaseLocked && segment.databaseId !== current.databaseId) {
    notes.push({ kind: 'database-kept', databaseId: current.databaseId });
    values = withDatabase(values, current.databaseId);
  } else if (!options.databaseIds.includes(segment.databaseId)) {
    notes.push({ kind: 'database-unknown', databaseId: segment.databaseId });
    values = withDatabase(values, current.databaseId);
  }
  return { values, notes };
}
