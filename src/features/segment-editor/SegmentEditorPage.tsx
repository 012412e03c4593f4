import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useProvider } from '@/api/connections';
import { databasesOptions, prefetchFieldCatalog, segmentOptions } from '@/api/queries';
import { VENDORS } from '@/api/vendors/registry';
import { apiErrorText } from '@/api/errors';
import type { SegmentsProvider } from '@/api/provider';
import { useLocale, useMessages } from '@/ui/i18n';
import { PageHeader } from '@/ui/PageHeader';
import { editorMessages } from './messages';
import { SegmentEditor } from './SegmentEditor';

/**
 * The builder asks for its database's fields once its form has mounted, a render that takes a while
 * on a slow phone. Asking as soon as the database is known (the segment's, or a new segment's first)
 * overlaps the two. A restored draft may name another database: the editor then asks for that one.
 */
function useCatalogAhead(provider: SegmentsProvider, databaseId: number | undefined): void {
  const queryClient = useQueryClient();
  const wanted = provider.capabilities.databases && provider.capabilities.conditions;
  useEffect(() => {
    if (wanted) void prefetchFieldCatalog(queryClient, provider, databaseId);
  }, [queryClient, provider, wanted, databaseId]);
}

/** /segments/new and /segments/:id/edit: loads what the editor needs, then hands over. */
export default function SegmentEditorPage() {
  const { id } = useParams();
  const t = useMessages(editorMessages);
  const locale = useLocale();
  const { connection, provider } = useProvider();
  const { capabilities } = provider;
  const databases = useQuery({ ...databasesOptions(provider), enabled: capabilities.databases });
  const segment = useQuery({ ...segmentOptions(provider, id ?? ''), enabled: id !== undefined });
  const pending = (capabilities.databases && databases.isPending) || (id !== undefined && segment.isPending);
  // A query's answer re-renders through useSyncExternalStore, which React cannot interrupt: mounting
  // the editor (a card per condition) in that render would be one long task. So the skeleton stays
  // for it, and the editor mounts in the deferred render, a transition that yields every few ms.
  // Only the end of loading is deferred: a new load shows the skeleton at once.
  const settled = useDeferredValue(!pending);
  const loading = pending || !settled;
  useCatalogAhead(provider, id === undefined ? databases.data?.[0]?.id : segment.data?.databaseId);

  if (!capabilities.editing || !capabilities.conditions) {
    // Digital Audience has no rules to build: its segments are read, extended and deleted only.
    return (
      <>
        <PageHeader title={id === undefined ? t('title.new') : t('title.editUntitled')} />
        <Alert
          severity="info"
          action={
            <Button
              color="inherit"
              size="small"
              component={RouterLink}
              to={id === undefined ? '/segments' : `/segments/${id}`}
            >
              {t('backToList')}
            </Button>
          }
        >
          {t('notEditable', { backend: VENDORS[connection.vendor].label })}
        </Alert>
      </>
    );
  }

  const failed = databases.isError ? databases : id !== undefined && segment.isError ? segment : null;
  if (failed) {
    const key = failed === databases ? 'loadError.databases' : 'loadError.segment';
    return (
      <>
        <PageHeader title={id === undefined ? t('title.new') : t('title.editUntitled')} />
        <Alert
          severity="error"
          action={
            <>
              <Button color="inherit" size="small" onClick={() => void failed.refetch()}>
                {t('retry')}
              </Button>
              <Button color="inherit" size="small" component={RouterLink} to="/segments">
                {t('backToList')}
              </Button>
            </>
          }
        >
          {t(key, { reason: failed.error ? apiErrorText(failed.error, locale) : '' })}
        </Alert>
      </>
    );
  }

  if (loading) {
    return (
      <Box component="output" aria-label={t('loading')} sx={{ display: 'block' }}>
        <Skeleton variant="text" width={280} height={48} />
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 360px' }, mt: 2 }}>
          <Box sx={{ display: 'grid', gap: 2 }}>
            <Skeleton variant="rounded" height={280} />
            <Skeleton variant="rounded" height={220} />
          </Box>
          <Skeleton variant="rounded" height={320} />
        </Box>
      </Box>
    );
  }

  if (id === undefined && capabilities.databases && databases.data?.length === 0) {
    return (
      <>
        <PageHeader title={t('title.new')} />
        <Alert severity="info">{t('noDatabases')}</Alert>
      </>
    );
  }

  // Keyed so that switching segments or connections starts a fresh form, history and draft.
  const loaded = id === undefined ? undefined : segment.data && { ...segment.data, id: segment.data.id ?? id };
  return (
    <SegmentEditor
      key={`${connection.id}:${id ?? 'new'}`}
      connection={connection}
      provider={provider}
      segment={loaded}
      databases={databases.data ?? []}
    />
  );
}
