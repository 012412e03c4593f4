import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import InputAdornment from '@mui/material/InputAdornment';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useProvider } from '@/api/activeConnection';
import { AddIcon, SearchIcon } from '@/ui/icons';
import { useMessages } from '@/ui/i18n';
import { PageHeader } from '@/ui/PageHeader';
import { listMessages } from './messages';

const PAGE_SIZE = 50;

export default function SegmentListPage() {
  const t = useMessages(listMessages);
  const { connection, provider } = useProvider();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const query = useInfiniteQuery({
    queryKey: ['segments', connection.id, 'list', { search: deferredSearch }],
    queryFn: ({ pageParam, signal }) =>
      provider.list({ cursor: pageParam, limit: PAGE_SIZE, search: deferredSearch || undefined, signal }),
    initialPageParam: undefined as string | number | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total ?? null;

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={total === null ? t('subtitle') : t('total', { count: total })}
        actions={
          <Button variant="contained" component={RouterLink} to="/segments/new" startIcon={<AddIcon />}>
            {t('newSegment')}
          </Button>
        }
      />
      <TextField
        type="search"
        label={t('search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        sx={{ mb: 2, width: 360, maxWidth: '100%' }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      {query.isError ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void query.refetch()}>
              {t('retry')}
            </Button>
          }
        >
          {t('error', { reason: query.error.message })}
        </Alert>
      ) : (
        <Paper variant="outlined">
          <Table size="small" aria-label={t('tableLabel')} aria-busy={query.isFetching}>
            <TableHead>
              <TableRow>
                <TableCell>{t('column.name')}</TableCell>
                <TableCell>{t('column.type')}</TableCell>
                <TableCell>{t('column.tags')}</TableCell>
                <TableCell align="right">{t('column.size')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {query.isPending ? <SkeletonRows /> : null}
              {rows.map((row) => (
                <TableRow key={row.id} hover>
                  <TableCell>
                    <Link component={RouterLink} to={`/segments/${row.id}`} underline="hover" sx={{ fontWeight: 600 }}>
                      {row.name}
                    </Link>
                  </TableCell>
                  <TableCell>{row.kind ? <Chip size="small" label={t(`kind.${row.kind}`)} /> : null}</TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                      {row.tags.map((tag) => (
                        <Chip key={tag} size="small" variant="outlined" label={tag} />
                      ))}
                    </Box>
                  </TableCell>
                  <TableCell align="right">{row.count?.toLocaleString() ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {query.isSuccess && rows.length === 0 ? (
            <Typography sx={{ p: 3 }} color="text.secondary">
              {deferredSearch ? t('emptySearch', { search: deferredSearch }) : t('empty')}
            </Typography>
          ) : null}
        </Paper>
      )}
      {query.hasNextPage ? (
        <Box sx={{ display: 'flex', justifyContent: 'center', mt: 2 }}>
          <Button onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {t('loadMore')}
          </Button>
        </Box>
      ) : null}
    </>
  );
}

function SkeletonRows() {
  return Array.from({ length: 6 }, (_, index) => (
    <TableRow key={index}>
      {[40, 12, 20, 8].map((width, cell) => (
        <TableCell key={cell}>
          <Skeleton width={`${width * 4}px`} />
        </TableCell>
      ))}
    </TableRow>
  ));
}
