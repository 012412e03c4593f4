import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useProvider } from '@/api/connections';
import { useDeleteSegment } from '@/api/mutations';
import type { SegmentSummary } from '@/api/provider';
import { databasesOptions, segmentListOptions } from '@/api/queries';
import { DeleteSegmentDialog } from '@/ui/DeleteSegmentDialog';
import { useMessages } from '@/ui/i18n';
import { AddIcon } from '@/ui/icons';
import { PageHeader } from '@/ui/PageHeader';
import { columnsFor, factsOf, NO_FACTS, segmentHref, sortableColumns, type ListFacts } from './listColumns';
import { ListFooter } from './ListFooter';
import { ListNotices } from './ListNotices';
import { ListSnackbars } from './ListSnackbars';
import { EmptyState, LoadError } from './ListStates';
import { ListToolbar } from './ListToolbar';
import { listFilters, nextSort, sortColumnOf, supportedView, type SortColumn } from './listParams';
import { applyView } from './listView';
import { listHeadingMessages } from './headingMessages';
import { listMessages } from './messages';
import { SegmentTable } from './SegmentTable';
import type { RowAction } from './SegmentRowActions';
import { useCloneAction } from './useCloneAction';
import { useDelayedDelete, type DeleteTarget } from './useDelayedDelete';
import { useDeleteHandoff } from './useDeleteHandoff';
import { useListParams } from './useListParams';
import { useRowDetails } from './useRowDetails';

// Only Digital Audience creates audiences, and only when asked: the dialog (with react-hook-form and
// its resolver) is its own chunk, fetched when the button is pointed at, focused or pressed.
const loadNewAudienceDialog = () => import('./NewAudienceDialog');
const NewAudienceDialog = lazy(async () => ({ default: (await loadNewAudienceDialog()).NewAudienceDialog }));

/**
 * What the connection's rows have reported so far. Once seen, a fact stays for the connection:
 * a new search empties the loaded rows for a moment, and columns and filters must not blink.
 * The answer is the same object while nothing new is seen, so the columns derived from it (and
 * every memoized row) stay put. State set while rendering: React re-renders before painting.
 */
function useSeenFacts(connectionId: string, current: ListFacts): ListFacts {
  const [seen, setSeen] = useState({ connectionId, facts: current });
  const base = seen.connectionId === connectionId ? seen.facts : NO_FACTS;
  const merged: ListFacts = {
    tags: base.tags || current.tags,
    created: base.created || current.created,
    updated: base.updated || current.updated,
  };
  const same = merged.tags === base.tags && merged.created === base.created && merged.updated === base.updated;
  if (same && seen.connectionId === connectionId) return seen.facts;
  setSeen({ connectionId, facts: merged });
  return merged;
}

const stillLearning = (learning: { kind: number; count: number }) => learning.kind > 0 || learning.count > 0;

export default function SegmentListPage() {
  const t = useMessages(listMessages);
  const heading = useMessages(listHeadingMessages);
  const navigate = useNavigate();
  const { provider } = useProvider();
  const { capabilities } = provider;
  const params = useListParams();

  const { search, tags } = params.view;
  const filters = useMemo(() => listFilters({ search, tags }), [search, tags]);
  const list = useInfiniteQuery(segmentListOptions(provider, filters));
  const databases = useQuery({ ...databasesOptions(provider), enabled: capabilities.databases });

  const deleteMutation = useDeleteSegment(provider);
  const { mutateAsync: deleteNow } = deleteMutation;
  const removeSegment = useCallback(
    (id: number | string, options?: { keepalive?: boolean }) =>
      // As the tab closes there is no page left to update: the request alone, kept alive.
      options?.keepalive ? provider.remove(id, { keepalive: true }) : deleteNow(id),
    [provider, deleteNow],
  );
  const deletion = useDelayedDelete(removeSegment, provider.connectionId);
  // The target outlives `open` so the dialog keeps its title while it fades out.
  const [confirming, setConfirming] = useState<{ target: DeleteTarget; open: boolean } | null>(null);
  useDeleteHandoff(deletion.schedule);
  const clone = useCloneAction(provider);

  const listed = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const loadedFacts = useMemo(() => factsOf(listed), [listed]);
  const facts = useSeenFacts(provider.connectionId, loadedFacts);
  const columns = useMemo(() => columnsFor(capabilities, facts), [capabilities, facts]);
  const view = useMemo(
    () => supportedView(params.view, capabilities.kinds, sortableColumns(columns)),
    [params.view, capabilities, columns],
  );
  const showTagFilter = columns.some((column) => column.key === 'tags') || view.tags.length > 0;
  // Types and sizes the list leaves out, read from each row's `get`: the rows on screen, and all
  // loaded rows while a type filter or a size sort needs them.
  const [rowsInView, setRowsInView] = useState<readonly string[]>([]);
  const details = useRowDetails(provider, listed, rowsInView, {
    kind: view.kind !== null,
    count: sortColumnOf(view.sort)?.column === 'size',
  });
  const loaded = details.rows;
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

  const databaseNames = useMemo(() => new Map(databases.data?.map((db) => [db.id, db.name])), [databases.data]);
  const databaseName = useCallback((id: number) => databaseNames.get(id), [databaseNames]);

  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  const open = useCallback((row: SegmentSummary) => void navigate(segmentHref(row)), [navigate]);
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

  const [audienceOpen, setAudienceOpen] = useState(false);
  // Mounted from the first open on, so closing keeps its exit transition and returns focus to the button.
  const [audienceMounted, setAudienceMounted] = useState(false);
  const [createdAudience, setCreatedAudience] = useState<string | null>(null);
  // What this backend creates: segments in the editor, audiences in a dialog, or nothing.
  const newSegment = capabilities.editing ? (
    <Button variant="contained" component={RouterLink} to="/segments/new" startIcon={<AddIcon />}>
      {t('newSegment')}
    </Button>
  ) : null;
  const createAction = capabilities.audiences ? (
    <Button
      variant="contained"
      startIcon={<AddIcon />}
      onPointerEnter={() => void loadNewAudienceDialog()}
      onFocus={() => void loadNewAudienceDialog()}
      onClick={() => {
        setAudienceMounted(true);
        setAudienceOpen(true);
      }}
    >
      {t('newAudience')}
    </Button>
  ) : (
    newSegment
  );

  return (
    <>
      <PageHeader
        title={heading('title')}
        subtitle={shownTotal === null ? heading('subtitle') : t('total', { count: shownTotal })}
        actions={createAction}
      />
      <ListToolbar
        state={params}
        view={view}
        tagOptions={tagOptions}
        kinds={capabilities.kinds}
        showTags={showTagFilter}
      />
      {initialError ? (
        <LoadError error={initialError} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <ListNotices
            view={view}
            loadedCount={loaded.length}
            hasMore={hasNextPage}
            learning={details.learning}
            failed={details.failed}
          />
          <Paper variant="outlined" sx={{ overflowX: 'auto', overflowY: 'clip' }}>
            <SegmentTable
              rows={visible}
              columns={columns}
              sort={view.sort}
              onSort={onSort}
              databaseName={databaseName}
              editing={capabilities.editing}
              totalRows={view.kind === null && shownTotal !== null ? shownTotal : hasNextPage ? null : visible.length}
              loading={list.isPending || list.isFetching}
              onNearEnd={loadMore}
              onOpen={open}
              onAction={onAction}
              onRowsInView={setRowsInView}
              unreadable={details.unreadable}
            />
            {/* While types or sizes are still being read, an empty view is not an answer yet. */}
            {list.isSuccess && visible.length === 0 && !hasNextPage && !stillLearning(details.learning) ? (
              <EmptyState
                view={view}
                onClear={params.clearFilters}
                // A new audience adds no rows to this list, so only New segment is offered again here.
                createAction={capabilities.audiences ? null : newSegment}
              />
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
      {capabilities.audiences && audienceMounted ? (
        <Suspense fallback={null}>
          <NewAudienceDialog
            open={audienceOpen}
            provider={provider}
            onClose={() => setAudienceOpen(false)}
            onCreated={(name) => {
              setAudienceOpen(false);
              setCreatedAudience(name);
            }}
          />
        </Suspense>
      ) : null}
      <ListSnackbars
        deletion={deletion}
        clone={clone}
        createdAudience={createdAudience}
        onDismissAudience={() => setCreatedAudience(null)}
      />
    </>
  );
}
