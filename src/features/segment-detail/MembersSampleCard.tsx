import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { skipToken, useQuery } from '@tanstack/react-query';
import { apiErrorText } from '@/api/errors';
import type { MemberProfile, MemberSample, SegmentsProvider } from '@/api/provider';
import { queryKeys } from '@/api/queryKeys';
import type { FieldCatalog, Segment } from '@/domain/model';
import { useFormatters, useLocale, useMessages, type Formatters, type Translate } from '@/ui/i18n';
import { RefreshIcon } from '@/ui/icons';
import { detailMessages, type DetailMessageKey } from './messages';
import { Section } from './Section';

/** Members the card shows: enough to recognise who is in, few enough to read at a glance. */
export const MEMBER_SAMPLE_SIZE = 20;

type Value = MemberProfile['fields'][string];

/** "The first 20 of 1,234 members.", "All 12 members.", "Its only member." */
function caption(sample: MemberSample, t: Translate<DetailMessageKey>): string {
  const shown = sample.profiles.length;
  if (sample.total === 0) return t('sample.empty');
  if (sample.total === 1 && shown === 1) return t('sample.single');
  if (shown >= sample.total) return t('sample.all', { count: sample.total });
  return t('sample.first', { shown, count: sample.total });
}

function formatValue(
  value: Value,
  field: string,
  catalog: FieldCatalog,
  format: Formatters,
  t: Translate<DetailMessageKey>,
): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'sample.yes' : 'sample.no');
  const option = catalog.find((descriptor) => descriptor.name === field)?.options?.find((o) => o.value === value);
  if (option) return option.label;
  return typeof value === 'number' ? format.number(value) : value;
}

/**
 * Who is in the segment: its first members with a few key fields, where the backend can list them
 * (capabilities.listMembers). Elsewhere the card says the backend cannot, rather than stay away silently.
 */
export function MembersSampleCard({
  provider,
  segment,
  catalog,
}: {
  provider: SegmentsProvider;
  segment: Segment & { id: number | string };
  catalog: FieldCatalog;
}) {
  const t = useMessages(detailMessages);
  const locale = useLocale();
  const format = useFormatters();
  const listMembers = provider.capabilities.listMembers ? provider.listMembers?.bind(provider) : undefined;
  const sample = useQuery({
    queryKey: [...queryKeys.segment(provider.connectionId, segment.id), 'members', MEMBER_SAMPLE_SIZE],
    queryFn: listMembers
      ? ({ signal }) => listMembers(segment.id, { databaseId: segment.databaseId, limit: MEMBER_SAMPLE_SIZE, signal })
      : skipToken,
    retry: false,
  });

  if (!listMembers) {
    return (
      <Section title={t('sample.title')}>
        <Typography variant="body2" color="textSecondary">
          {t('sample.unsupported')}
        </Typography>
      </Section>
    );
  }
  const refresh = (
    <Button
      size="small"
      startIcon={<RefreshIcon fontSize="small" />}
      onClick={() => void sample.refetch()}
      disabled={sample.isFetching}
    >
      {t('sample.refresh')}
    </Button>
  );
  return (
    <Section title={t('sample.title')} actions={refresh}>
      {sample.isPending ? (
        <Skeleton variant="rounded" height={120} />
      ) : sample.isError ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void sample.refetch()}>
              {t('retry')}
            </Button>
          }
        >
          {t('sample.error', { reason: apiErrorText(sample.error, locale) })}
        </Alert>
      ) : (
        <>
          <Typography variant="body2">{caption(sample.data, t)}</Typography>
          <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
            {sample.data.countedAt
              ? t('countedAt', { time: format.dateTime(Date.parse(sample.data.countedAt)) })
              : t('asOf', { time: format.dateTime(sample.dataUpdatedAt) })}
          </Typography>
          {sample.data.profiles.length > 0 ? (
            <MembersTable
              profiles={sample.data.profiles}
              catalog={catalog}
              format={format}
              t={t}
              faded={sample.isFetching}
            />
          ) : null}
        </>
      )}
    </Section>
  );
}

function MembersTable({
  profiles,
  catalog,
  format,
  t,
  faded,
}: {
  profiles: MemberProfile[];
  catalog: FieldCatalog;
  format: Formatters;
  t: Translate<DetailMessageKey>;
  faded: boolean;
}) {
  // The backend picks the fields; the first profile's order is the columns' order.
  const fields = Object.keys(profiles[0]!.fields);
  const labelOf = (field: string) => catalog.find((descriptor) => descriptor.name === field)?.label ?? field;
  return (
    // Focusable, so a keyboard can scroll a wide table.
    <TableContainer tabIndex={0} sx={{ maxHeight: 420, overflow: 'auto' }}>
      <Table size="small" stickyHeader aria-label={t('sample.table')} sx={{ opacity: faded ? 0.6 : 1 }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('sample.profile')}</TableCell>
            {fields.map((field) => (
              <TableCell key={field}>{labelOf(field)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {profiles.map((profile) => (
            <TableRow key={profile.id}>
              {/* The email reads best; the id, which every profile has, goes under it. */}
              <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere', minWidth: 180 }}>
                {profile.email ? <Box>{profile.email}</Box> : null}
                <Typography
                  variant="caption"
                  color={profile.email ? 'text.secondary' : 'text.primary'}
                  sx={{ fontFamily: 'ui-monospace, monospace', display: 'block' }}
                >
                  {profile.id}
                </Typography>
              </TableCell>
              {fields.map((field) => (
                <TableCell key={field}>
                  {formatValue(profile.fields[field] ?? null, field, catalog, format, t)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
