import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { SegmentsProvider } from '@/api/provider';
import { PIPELINE_COUNTERS, type PipelineCounter, type Segment, type SegmentLifecycle } from '@/domain/model';
import { useLocale, useMessages, type Translate } from '@/ui/i18n';
import { EndDateForm } from './EndDateForm';
import { detailMessages, type DetailMessageKey } from './messages';
import { Section } from './Section';

/** Every pipeline counter's words: the compiler names any counter the model adds and this misses. */
const COUNTER_LABELS: Record<PipelineCounter, DetailMessageKey> = {
  log: 'counter.log',
  ready: 'counter.ready',
  processing: 'counter.processing',
  pending: 'counter.pending',
  upload: 'counter.upload',
  failed: 'counter.failed',
  noData: 'counter.noData',
  segmentUpload: 'counter.segmentUpload',
};

type Fact = [label: DetailMessageKey, value: string | null];

function factsOf(lifecycle: SegmentLifecycle, t: Translate<DetailMessageKey>, dates: Intl.DateTimeFormat): Fact[] {
  const flag = (value: boolean | undefined) => (value === undefined ? null : t(value ? 'status.yes' : 'status.no'));
  const date = (iso: string | undefined) => {
    const time = iso ? Date.parse(iso) : Number.NaN;
    return Number.isNaN(time) ? null : dates.format(time);
  };
  return [
    ['status.status', lifecycle.status ?? null],
    ['status.active', flag(lifecycle.active)],
    ['status.recurring', flag(lifecycle.recurring)],
    ['status.startDate', date(lifecycle.startDate)],
    ['status.endDate', date(lifecycle.endDate)],
    ['status.created', date(lifecycle.createdAt)],
  ];
}

/**
 * A segment's lifecycle (capabilities.lifecycle, Digital Audience): its status word, flags and
 * schedule, every pipeline counter (a missing one says so rather than pass for zero), and the
 * form that moves the end date.
 */
export function StatusCard({
  provider,
  segment,
}: {
  provider: SegmentsProvider;
  segment: Segment & { id: number | string };
}) {
  const t = useMessages(detailMessages);
  const locale = useLocale();
  const lifecycle = segment.lifecycle ?? {};
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numbers = new Intl.NumberFormat(locale);
  const unknown = t('status.unknown');
  return (
    <Section title={t('status.title')}>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}
      >
        {factsOf(lifecycle, t, dates).map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="textSecondary">
              {t(label)}
            </Typography>
            <Typography
              component="dd"
              variant="body2"
              sx={{ m: 0 }}
              color={value === null ? 'text.disabled' : undefined}
            >
              {value ?? unknown}
            </Typography>
          </Box>
        ))}
      </Box>
      <Table size="small" aria-label={t('status.counters')} sx={{ mt: 2 }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('status.counter')}</TableCell>
            <TableCell align="right">{t('status.count')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {PIPELINE_COUNTERS.map((counter) => {
            const value = lifecycle.counters?.[counter];
            return (
              <TableRow key={counter}>
                <TableCell component="th" scope="row">
                  {t(COUNTER_LABELS[counter])}
                </TableCell>
                <TableCell
                  align="right"
                  sx={{ fontVariantNumeric: 'tabular-nums', color: value === undefined ? 'text.disabled' : undefined }}
                >
                  {value === undefined ? unknown : numbers.format(value)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <EndDateForm provider={provider} segment={segment} />
    </Section>
  );
}
