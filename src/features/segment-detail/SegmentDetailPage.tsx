import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useProvider } from '@/api/connections';
import { apiErrorText, isApiError } from '@/api/errors';
import type { SegmentsProvider } from '@/api/provider';
import { databasesOptions, fieldCatalogOptions, segmentOptions } from '@/api/queries';
import type { Segment } from '@/domain/model';
import { DeleteSegmentDialog } from '@/ui/DeleteSegmentDialog';
import { deleteHandoff } from '@/ui/deleteHandoff';
import { useLocale, useMessages, type Translate } from '@/ui/i18n';
import { readSavedHandoff } from '@/ui/savedHandoff';
import { CheckProfilePanel } from './CheckProfilePanel';
import { ConditionsCard } from './ConditionsCard';
import { CountsCard } from './CountsCard';
import { DetailHeader } from './DetailHeader';
import { DetailGrid, DetailLoadError, DetailSkeleton, SegmentNotFound } from './DetailStates';
import { MembersPanel } from './MembersPanel';
import { MembersSampleCard } from './MembersSampleCard';
import { detailMessages, type DetailMessageKey } from './messages';
import { PayloadCard } from './PayloadCard';
import { SettingsCard } from './SettingsCard';
import { StatusCard } from './StatusCard';
import { SummaryCard } from './SummaryCard';
import { useDetailClone } from './useDetailClone';

export default function SegmentDetailPage() {
  const { id = '' } = useParams();
  const { provider } = useProvider();
  const segment = useQuery(segmentOptions(provider, id));

  if (segment.isPending) return <DetailSkeleton />;
  if (segment.isError) {
    if (isApiError(segment.error) && segment.error.code === 404) return <SegmentNotFound id={id} />;
    return <DetailLoadError error={segment.error} onRetry={() => void segment.refetch()} />;
  }
  // Keyed by id: opening another segment (e.g. a fresh clone) starts its panels afresh.
  return (
    <SegmentDetail
      key={id}
      provider={provider}
      segment={{ ...segment.data, id: segment.data.id ?? id }}
      readAt={segment.dataUpdatedAt}
    />
  );
}

function SegmentDetail({
  provider,
  segment,
  readAt,
}: {
  provider: SegmentsProvider;
  segment: Segment & { id: number | string };
  /** When the segment (and so its size) was read, epoch ms. */
  readAt: number;
}) {
  const t = useMessages(detailMessages);
  const locale = useLocale();
  const navigate = useNavigate();
  const location = useLocation();
  const { capabilities } = provider;
  const databases = useQuery({ ...databasesOptions(provider), enabled: capabilities.databases });
  const catalogQuery = useQuery({
    ...fieldCatalogOptions(provider, segment.databaseId),
    enabled: capabilities.conditions,
  });
  // Without a catalog the tree still shows, with raw field keys, rather than hang on a skeleton.
  const catalog = catalogQuery.data ?? (catalogQuery.isError ? [] : undefined);
  // The card shows the error's message: it gets one in the reader's words (re-worded on a switch).
  const catalogError = useMemo(
    () => (catalogQuery.error ? new Error(apiErrorText(catalogQuery.error, locale)) : null),
    [catalogQuery.error, locale],
  );
  const databaseName = databases.data?.find((db) => db.id === segment.databaseId)?.name;
  const [confirming, setConfirming] = useState(false);
  const clone = useDetailClone(provider);
  const notice = arrivalNotice(location.state, segment.id, t);
  const [noticeOpen, setNoticeOpen] = useState(notice !== null);

  return (
    <>
      <DetailHeader
        segment={segment}
        capabilities={capabilities}
        databaseName={databaseName}
        cloning={clone.isPending}
        focusOnArrival={notice !== null}
        onClone={() => clone.run({ segment })}
        onDelete={() => setConfirming(true)}
      />
      <DetailGrid
        main={
          <>
            {capabilities.lifecycle ? <StatusCard provider={provider} segment={segment} /> : null}
            {capabilities.conditions ? (
              <>
                <SummaryCard segment={segment} catalog={catalog} databaseName={databaseName} />
                <ConditionsCard segment={segment} catalog={catalog} catalogError={catalogError} />
              </>
            ) : null}
            {/* Where segments hold profiles: the sample, or a word that this backend cannot list them. */}
            {capabilities.conditions || capabilities.staticMembers ? (
              <MembersSampleCard provider={provider} segment={segment} catalog={catalog ?? []} />
            ) : null}
            {segment.kind === 'static' && capabilities.staticMembers ? (
              <MembersPanel provider={provider} segmentId={segment.id} databaseId={segment.databaseId} />
            ) : null}
            {capabilities.checkProfile && provider.checkProfile ? (
              <CheckProfilePanel provider={provider} segment={segment} catalog={catalog ?? []} />
            ) : null}
          </>
        }
        side={
          <>
            {/* A size alone (no per-channel counts) still has its card. */}
            {capabilities.counters || capabilities.sizes ? (
              <CountsCard provider={provider} segment={segment} readAt={readAt} />
            ) : null}
            <SettingsCard segment={segment} capabilities={capabilities} databaseName={databaseName} />
            <PayloadCard provider={provider} segment={segment} />
          </>
        }
      />
      <DeleteSegmentDialog
        open={confirming}
        name={segment.name}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          // The list hides the row, offers Undo, and sends the delete when Undo is no longer offered.
          void navigate('/segments', { state: deleteHandoff(segment.id, segment.name) });
        }}
      />
      <Snackbar open={clone.isPending} message={t('clone.working')} />
      {clone.isError ? (
        <Snackbar open onClose={() => clone.reset()}>
          <Alert severity="error" variant="filled" onClose={() => clone.reset()}>
            {t('clone.failed', { reason: apiErrorText(clone.error, locale) })}
          </Alert>
        </Snackbar>
      ) : null}
      <Snackbar
        open={noticeOpen && notice !== null}
        autoHideDuration={6000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setNoticeOpen(false);
        }}
        message={notice ?? ''}
      />
    </>
  );
}

/** What the page that sent us here wants said: a clone was made, or the editor saved this segment. */
function arrivalNotice(state: unknown, id: number | string, t: Translate<DetailMessageKey>): string | null {
  const savedName = readSavedHandoff(state, id);
  if (savedName !== null) return t('saved', { name: savedName });
  const clonedAs = readClonedAs(state);
  return clonedAs === null ? null : t('clone.done', { name: clonedAs });
}

function readClonedAs(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('clonedAs' in state)) return null;
  return typeof state.clonedAs === 'string' ? state.clonedAs : null;
}
