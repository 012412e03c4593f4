import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { apiErrorText } from '@/api/errors';
import type { SegmentsProvider } from '@/api/provider';
import { countsOptions } from '@/api/queries';
import type { Segment } from '@/domain/model';
import { useFormatters, useLocale, useMessages, type Translate } from '@/ui/i18n';
import { RefreshIcon } from '@/ui/icons';
import { detailMessages, type DetailMessageKey } from './messages';
import { Section } from './Section';
import { useRecount, type RecountState } from './useRecount';

const CHANNEL_KEYS: Record<string, DetailMessageKey> = {
  email: 'channel.email',
  sms: 'channel.sms',
  push: 'channel.push',
};

/**
 * The size where the backend reports one, and per-channel counts (segments/get_counters) with a
 * Recount that shows its progress where it keeps them (capabilities.counters).
 */
export function CountsCard({
  provider,
  segment,
  readAt,
}: {
  provider: SegmentsProvider;
  segment: Segment & { id: number | string };
  /** When the size was read (epoch ms): the backend reports no time of its own. */
  readAt?: number;
}) {
  const t = useMessages(detailMessages);
  const locale = useLocale();
  const format = useFormatters();
  const supported = provider.capabilities.counters;
  const counts = useQuery({
    ...countsOptions(provider, segment.id, { databaseId: segment.databaseId }),
    enabled: supported,
  });
  const recount = useRecount(provider, segment.id, segment.databaseId);
  const busy = recount.state.phase === 'starting' || recount.state.phase === 'running';
  return (
    <Section
      title={t('size.title')}
      actions={
        supported ? (
          <Button size="small" startIcon={<RefreshIcon fontSize="small" />} onClick={recount.run} disabled={busy}>
            {t('recount.start')}
          </Button>
        ) : null
      }
    >
      <Typography sx={{ fontSize: '1.75rem', fontWeight: 650, fontVariantNumeric: 'tabular-nums' }}>
        {segment.count === undefined ? '—' : t('size.profiles', { count: segment.count })}
      </Typography>
      <Typography variant="body2" color="textSecondary">
        {segment.count === undefined ? t('size.unknown') : readAt ? t('asOf', { time: format.dateTime(readAt) }) : null}
      </Typography>
      <RecountStatus state={recount.state} t={t} locale={locale} />
      {supported ? (
        <Typography variant="h3" sx={{ fontSize: '0.95rem', mt: 2, mb: 1 }}>
          {t('counts.title')}
        </Typography>
      ) : null}
      {!supported ? null : counts.isPending ? (
        <Skeleton variant="rounded" height={96} />
      ) : counts.isError ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void counts.refetch()}>
              {t('retry')}
            </Button>
          }
        >
          {t('counts.error', { reason: apiErrorText(counts.error, locale) })}
        </Alert>
      ) : counts.data.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('counts.empty')}
        </Typography>
      ) : (
        <Table
          size="small"
          aria-label={t('counts.title')}
          // Tighter cells and a channel column only as wide as its names: long headers (Russian
          // "Не подтверждены, можно отправлять") wrap to two or three lines in the side column, not four.
          sx={{ opacity: counts.isFetching ? 0.6 : 1, '& th, & td': { px: 1 } }}
        >
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '1%' }}>{t('counts.channel')}</TableCell>
              <TableCell align="right">{t('counts.subscribed')}</TableCell>
              <TableCell align="right">{t('counts.unconfirmed')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {counts.data.map((row) => {
              const key = CHANNEL_KEYS[row.channel];
              return (
                <TableRow key={row.channel}>
                  <TableCell component="th" scope="row">
                    {key ? t(key) : row.channel}
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {format.number(row.subscribedSendable)}
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {format.number(row.unconfirmedSendable)}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {/* Said again only when the counts were read at another minute than the size. */}
      {supported &&
      counts.isSuccess &&
      counts.data.length > 0 &&
      (!readAt || format.dateTime(readAt) !== format.dateTime(counts.dataUpdatedAt)) ? (
        <Typography variant="body2" color="textSecondary" sx={{ mt: 1 }}>
          {t('asOf', { time: format.dateTime(counts.dataUpdatedAt) })}
        </Typography>
      ) : null}
    </Section>
  );
}

function RecountStatus({ state, t, locale }: { state: RecountState; t: Translate<DetailMessageKey>; locale: string }) {
  if (state.phase === 'idle') return null;
  if (state.phase === 'failed') {
    return (
      <Alert severity="error" sx={{ mt: 1.5 }}>
        {state.error ? t('recount.failed', { reason: apiErrorText(state.error, locale) }) : t('recount.taskFailed')}
      </Alert>
    );
  }
  if (state.phase === 'stopped') {
    return (
      <Alert severity="warning" sx={{ mt: 1.5 }}>
        {state.reason === 'unknown' ? t('recount.unknown', { word: state.word }) : t('recount.timedOut')}
      </Alert>
    );
  }
  if (state.phase === 'done') {
    return (
      <Alert severity="success" sx={{ mt: 1.5 }}>
        {t('recount.done')}
      </Alert>
    );
  }
  const progress = state.phase === 'running' ? state.progress : 0;
  return (
    <Box sx={{ mt: 1.5 }}>
      <Typography component="output" variant="body2" color="textSecondary" sx={{ display: 'block', mb: 0.5 }}>
        {state.phase === 'starting' ? t('recount.starting') : t('recount.running', { progress })}
      </Typography>
      <LinearProgress
        variant={state.phase === 'starting' ? 'indeterminate' : 'determinate'}
        value={progress}
        aria-label={t('recount.progress')}
      />
    </Box>
  );
}
