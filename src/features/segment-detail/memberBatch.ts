/**
 * Static membership in bulk: turning pasted text into profile ids, and each backend answer into
 * one of the outcomes the panel lists.
 */
import { isApiError } from '@/api/errors';
import type { MemberResult } from '@/api/provider';

/**
 * Each id is its own request (the backend's rate limit is shared), so a batch is bounded: a few
 * minutes of requests at three at a time, which the panel shows with progress and lets the user cancel.
 */
export const MAX_BATCH = 5000;

export interface ParsedIds {
  ids: string[];
  /** Ids that appeared more than once; each is sent once. */
  duplicates: string[];
  /** How many repeats were dropped ("a, a, a" drops 2). */
  removed: number;
}

/** Splits on newlines, commas, semicolons and whitespace; keeps the first of each repeated id. */
export function parseProfileIds(text: string): ParsedIds {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  let removed = 0;
  for (const id of text.split(/[\s,;]+/).filter(Boolean)) {
    if (seen.has(id)) {
      duplicates.add(id);
      removed += 1;
    } else seen.add(id);
  }
  return { ids: [...seen], duplicates: [...duplicates], removed };
}

/** `notSent`: never sent, because the run was cancelled or stopped by a 401. */
export type MemberOutcome = 'added' | 'removed' | 'already' | 'notMember' | 'notFound' | 'failed' | 'notSent';

export interface MemberRow {
  profileId: string;
  outcome: MemberOutcome;
  /** Why it failed, kept as it came and worded when shown (apiErrorText). */
  error?: Error;
  duplicate?: boolean;
}

/**
 * 409 (another record with the same attributes) on add means the profile is already a member;
 * 404 means no such profile in the database. Anything else is a failure, with its message.
 */
export function classify(result: MemberResult, action: 'add' | 'remove'): MemberRow {
  if (result.ok) return { profileId: result.profileId, outcome: action === 'add' ? 'added' : 'removed' };
  const { error } = result;
  if (isApiError(error) && error.code === 409) {
    return { profileId: result.profileId, outcome: action === 'add' ? 'already' : 'notMember' };
  }
  if (isApiError(error) && error.code === 404) return { profileId: result.profileId, outcome: 'notFound' };
  return { profileId: result.profileId, outcome: 'failed', error };
}

export const isSuccess = (row: MemberRow) => row.outcome === 'added' || row.outcome === 'removed';

/** Rows a user may want to look at again: not found, failed, or not sent. */
export const isProblem = (row: MemberRow) =>
  row.outcome === 'failed' || row.outcome === 'notFound' || row.outcome === 'notSent';
