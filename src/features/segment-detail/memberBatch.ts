/**
 * Static membership in bulk: turning pasted text into profile ids, and each backend answer into
 * one of the outcomes the panel lists.
 */
import { isApiError } from '@/api/errors';
import type { MemberResult } from '@/api/provider';

/** Each id is its own request (the backend's rate limit is shared), so a batch stays modest. */
export const MAX_BATCH = 500;

export interface ParsedIds {
  ids: string[];
  /** Ids that appeared more than once; each is sent once. */
  duplicates: string[];
}

/** Splits on newlines, commas, semicolons and whitespace; keeps the first of each repeated id. */
export function parseProfileIds(text: string): ParsedIds {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of text.split(/[\s,;]+/).filter(Boolean)) {
    if (seen.has(id)) duplicates.add(id);
    else seen.add(id);
  }
  return { ids: [...seen], duplicates: [...duplicates] };
}

export type MemberOutcome = 'added' | 'removed' | 'already' | 'notMember' | 'notFound' | 'failed';

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
