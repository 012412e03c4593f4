import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useRefreshCounts } from '@/api/mutations';
import type { SegmentsProvider, TaskStatus } from '@/api/provider';
import { taskStatusOptions, taskTimedOut } from '@/api/queries';
import { queryKeys } from '@/api/queryKeys';

export type RecountState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running'; progress: number }
  | { phase: 'done' }
  | { phase: 'failed'; error: Error | null }
  /** Polling stopped without an end: a status word the app cannot read, or the time limit. */
  | { phase: 'stopped'; reason: 'unknown'; word: string }
  | { phase: 'stopped'; reason: 'timeout' };

/**
 * Recount = refresh_counters, then poll tasks/status until the task completes, then refetch the
 * segment's counts and size. The state machine is derived from the two queries, never duplicated.
 */
export function useRecount(provider: SegmentsProvider, segmentId: number | string, databaseId: number) {
  const client = useQueryClient();
  const start = useRefreshCounts(provider);
  const [taskId, setTaskId] = useState<string | number | null>(null);
  const taskOptions = taskStatusOptions(provider, taskId ?? '');
  const task = useQuery({ ...taskOptions, enabled: taskId !== null });
  // How often it was polled lives in the cache; each poll re-renders, so this stays current.
  const polls = client.getQueryState(taskOptions.queryKey)?.dataUpdateCount ?? 0;
  const status: TaskStatus | undefined = taskId === null ? undefined : task.data;

  const completed = status?.status === 'completed';
  useEffect(() => {
    if (!completed) return;
    void client.invalidateQueries({ queryKey: queryKeys.counts(provider.connectionId, segmentId) });
    void client.invalidateQueries({ queryKey: queryKeys.segment(provider.connectionId, segmentId) });
  }, [completed, client, provider.connectionId, segmentId]);

  const run = () => {
    setTaskId(null);
    start.mutate({ id: segmentId, databaseId }, { onSuccess: ({ taskId: id }) => setTaskId(id) });
  };

  let state: RecountState = { phase: 'idle' };
  if (start.isPending) state = { phase: 'starting' };
  else if (start.isError) state = { phase: 'failed', error: start.error };
  else if (taskId !== null) {
    if (task.isError) state = { phase: 'failed', error: task.error };
    else if (status?.status === 'failed') state = { phase: 'failed', error: null };
    else if (completed) state = { phase: 'done' };
    else if (status?.status === 'unknown') state = { phase: 'stopped', reason: 'unknown', word: status.word ?? '' };
    else if (taskTimedOut({ dataUpdateCount: polls })) state = { phase: 'stopped', reason: 'timeout' };
    else state = { phase: 'running', progress: status?.progress ?? 0 };
  }
  return { state, run };
}
