/**
 * Static membership, one profile per request (Altcraft documents no batch form: docs/contracts.md
 * §1), a few requests at a time. It reports progress after each answer, stops sending after a
 * 401 (every later request would be refused too) and when the caller cancels. Requests already
 * sent are never aborted: a write cut off mid-way has an unknown outcome, so they finish.
 */
import { isApiError } from '@/api/errors';
import type { MemberResult } from '@/api/provider';
import { classify, type MemberRow } from './memberBatch';

/** Requests in flight at once: enough to hide latency, few enough to respect the shared rate limit. */
export const MEMBER_CONCURRENCY = 3;

/** How a run ended: all sent, the user cancelled, or the backend refused the token. */
export type MemberRunEnd = 'finished' | 'cancelled' | 'unauthorized';

export interface MemberRunResult {
  end: MemberRunEnd;
  /** One row per profile sent, in the order given. */
  rows: MemberRow[];
  /** Profiles never sent (after a cancel or a 401), in the order given. */
  notSent: string[];
}

export interface MemberRunOptions {
  ids: readonly string[];
  action: 'add' | 'remove';
  /** Sends one profile; a failure comes back as a result, not a rejection. */
  send: (profileId: string) => Promise<MemberResult>;
  /** Stops sending new requests when aborted. */
  signal?: AbortSignal;
  concurrency?: number;
  /** After each answer: how many have been answered of how many will be sent. */
  onProgress?: (done: number, total: number) => void;
}

const unauthorized = (result: MemberResult) => !result.ok && isApiError(result.error) && result.error.code === 401;

export async function runMemberBatch({
  ids,
  action,
  send,
  signal,
  concurrency = MEMBER_CONCURRENCY,
  onProgress,
}: MemberRunOptions): Promise<MemberRunResult> {
  const answers = new Map<number, MemberRow>();
  let next = 0;
  let done = 0;
  let refused = false;
  const stopped = () => refused || signal?.aborted === true;

  async function worker() {
    while (next < ids.length && !stopped()) {
      const index = next;
      next += 1;
      const profileId = ids[index]!;
      let result: MemberResult;
      try {
        result = await send(profileId);
      } catch (error) {
        result = { profileId, ok: false, error: error instanceof Error ? error : new Error(String(error)) };
      }
      if (unauthorized(result)) refused = true;
      answers.set(index, classify(result, action));
      done += 1;
      onProgress?.(done, ids.length);
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, ids.length)) }, worker));
  const rows = [...answers.keys()].sort((a, b) => a - b).map((index) => answers.get(index)!);
  const notSent = ids.slice(next);
  const end: MemberRunEnd = refused ? 'unauthorized' : notSent.length > 0 ? 'cancelled' : 'finished';
  return { end, rows, notSent };
}
