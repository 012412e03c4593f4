import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useProvider } from '@/api/connections';
import { useDeleteSegment } from '@/api/mutations';
import type { SegmentSummary } from '@/api/provider';
import { databasesOptions, segmentListOptions } from '@/api/queries';
import { DeleteSegmentDialog } from '@/ui/DeleteSegmentDialog';
import { useMessages } from '@/ui/i18n';
import { AddIcon } from '@/ui/icons';
import { PageHeader } from '@/ui/PageHeader';
import { ListFooter } from './ListFooter';
import { ListNotices } from './ListNotices';
import { ListSnackbars } from './ListSnackbars';
import { EmptyState, LoadError } from './ListStates';
import { ListToolbar } from './ListToolbar';
import { nextSort, type SortColumn } from './listParams';
import { applyView } from './listView';
import { listMessages } from './messages';
import { SegmentTable } from './SegmentTable';
import type { RowAction } from './SegmentRowActions';
import { useCloneAction } from './useCloneAction';
import { useDelayedDelete, type DeleteTarget } from './useDelayedDelete';
import { useDeleteHandoff } from './useDeleteHandoff';
import { useListParams } from './useListParams';

/** Rows per request; the table asks for the next page as the user nears the end. */
export const PAGE_SIZE = 50;

export default function SegmentListPage() {
  const t = useMessages(listMessages);
  const navigate = useNavigate();
  const { provider } = useProvider();
  const params = useListParams();
  const { view } = params;

  const filters = useMemo(
    () => ({
      limit: PAGE_SIZE,
      ...(view.search ? { search: view.search } : {}),
      ...(view.tags.length ? { tags: view.tags } : {}),
    }),
    [view.search, view.tags],
  );
  const list = useInfiniteQuery(segmentListOptions(provider, filters));
  const databases = useQuery(databasesOptions(provider));

  const deleteMutation = useDeleteSegment(provider);
  const deletion = useDelayedDelete(deleteMutation.mutateAsync);
  // The target outlives `open` so the dialog keeps its title while it fades out.
  const [confirming, setConfirming] = useState<{ target: DeleteTarget; open: boolean } | null>(null);
  useDeleteHandoff(deletion.schedule);
  const clone = useCloneAction(provider);

  const loaded = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const visible = useMemo(
    () =>
      applyView(
        loaded.filter((row) => !deletion.hidden.has(String(row.id))),
        view,
      ),
    [loaded, deletion.hidden, view],
  );
  const total = list.data?.pages[0]?.total ?? null;
  const hiddenCount = loaded.length - loaded.filter((row) => !deletion.hidden.has(String(row.id))).length;
  const shownTotal = total === null ? null : Math.max(0, total - hiddenCount);
  const tagOptions = useMemo(() => [...new Set(loaded.flatMap((row) => row.tags))].sort(), [loaded]);
  const typeKnown = loaded.length === 0 || loaded.some((row) => row.kind !== undefined);
  const showUpdated = loaded.some((row) => row.updatedAt !== undefined);

  const databaseNames = useMemo(() => new Map(databases.data?.map((db) => [db.id, db.name])), [databases.data]);
  const databaseName = useCallback((id: number) => databaseNames.get(id), [databaseNames]);

  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  const open = useCallback(
    (row: SegmentSummary) => void navigate(`/segments/${encodeURIComponent(String(row.id))}`),
    [navigate],
  );
  const onAction = useCallback(
    (action: RowAction, row: SegmentSummary) => {
      if (action === 'delete') setConfirming({ target: { id: row.id, name: row.name }, open: true });
      else clone.run(row);
    },
    [clone],
  );
  const onSort = useCallback(
    (column: SortColumn) => params.update({ sort: nextSort(view.sort, column) }),
    [params, view.sort],
  );

  const loadError: Error | null = list.error;
  const initialError = loadError !== null && !isFetchNextPageError ? loadError : null;

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={shownTotal === null ? t('subtitle') : t('total', { count: shownTotal })}
        actions={
          <Button variant="contained" component={RouterLink} to="/segments/new" startIcon={<AddIcon />}>
            {t('newSegment')}
          </Button>
        }
      />
      <ListToolbar state={params} tagOptions={tagOptions} typeKnown={typeKnown} />
      {initialError ? (
        <LoadError error={initialError} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <ListNotices view={view} loadedCount={loaded.length} hasMore={hasNextPage} />
          <Paper variant="outlined" sx={{ overflowX: 'auto', overflowY: 'clip' }}>
            <SegmentTable
              rows={visible}
              sort={view.sort}
              onSort={onSort}
              showUpdated={showUpdated}
              databaseName={databaseName}
              totalRows={view.kind === null && shownTotal !== null ? shownTotal : hasNextPage ? null : visible.length}
              loading={list.isPending || list.isFetching}
              onNearEnd={loadMore}
              onOpen={open}
              onAction={onAction}
            />
            {list.isSuccess && visible.length === 0 && !hasNextPage ? (
              <EmptyState view={view} onClear={params.clearFilters} />
            ) : null}
          </Paper>
          {list.isSuccess ? (
            <ListFooter
              shown={visible.length}
              total={view.kind === null ? shownTotal : null}
              hasMore={hasNextPage}
              loadingMore={isFetchingNextPage}
              error={isFetchNextPageError ? loadError : null}
              onLoadMore={() => void fetchNextPage()}
            />
          ) : null}
        </>
      )}
      <DeleteSegmentDialog
        open={confirming?.open ?? false}
        name={confirming?.target.name ?? ''}
        onCancel={() => setConfirming((current) => current && { ...current, open: false })}
        onConfirm={() => {
          if (confirming) deletion.schedule(confirming.target);
          setConfirming((current) => current && { ...current, open: false });
        }}
      />
      <ListSnackbars deletion={deletion} clone={clone} />
    </>
  );
}
