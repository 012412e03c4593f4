import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Children, Fragment, isValidElement, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { apiErrorText, isApiError } from '@/api/errors';
import { useLocale, useMessages } from '@/ui/i18n';
import { NotFoundMessage } from '@/ui/NotFoundMessage';
import { CardBoundary } from '@/ui/CardBoundary';
import { LoadErrorAlert } from '@/ui/LoadErrorAlert';
import { detailMessages } from './messages';

/** The page's shape while the segment loads, so nothing jumps when it arrives. */
export function DetailSkeleton() {
  const t = useMessages(detailMessages);
  return (
    <Box component="output" aria-busy="true" aria-label={t('loading')} sx={{ display: 'block' }}>
      <Skeleton width={90} />
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, mt: 1 }}>
        <Skeleton variant="text" width="40%" height={44} />
        <Skeleton variant="rounded" width={260} height={36} />
      </Box>
      <Box sx={{ display: 'flex', gap: 1, mt: 1.5, mb: 3 }}>
        <Skeleton variant="rounded" width={80} height={24} />
        <Skeleton variant="rounded" width={140} height={24} />
        <Skeleton variant="rounded" width={60} height={24} />
      </Box>
      <DetailGrid
        main={
          <>
            <Skeleton variant="rounded" height={110} />
            <Skeleton variant="rounded" height={280} />
          </>
        }
        side={
          <>
            <Skeleton variant="rounded" height={220} />
            <Skeleton variant="rounded" height={180} />
          </>
        }
      />
    </Box>
  );
}

/** Each card of a column in its own boundary: one card that fails leaves the others working. */
function guarded(column: ReactNode): ReactNode {
  const cards =
    isValidElement<{ children?: ReactNode }>(column) && column.type === Fragment ? column.props.children : column;
  return Children.map(cards, (card) => (card === null || card === false ? card : <CardBoundary>{card}</CardBoundary>));
}

/** Two columns on a wide screen (content, then size and settings); one column when narrow. */
export function DetailGrid({ main, side }: { main: ReactNode; side: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2.5,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) 400px' },
        alignItems: 'start',
      }}
    >
      {/* One shrinkable column each: a card's long JSON line scrolls inside it, never widens the page. */}
      <Box sx={{ display: 'grid', gap: 2.5, minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' }}>{guarded(main)}</Box>
      <Box sx={{ display: 'grid', gap: 2.5, minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' }}>{guarded(side)}</Box>
    </Box>
  );
}

export function SegmentNotFound({ id }: { id: string }) {
  const t = useMessages(detailMessages);
  return <NotFoundMessage title={t('notFound.title')} body={t('notFound.body', { id })} back={t('notFound.back')} />;
}

export function DetailLoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useMessages(detailMessages);
  const locale = useLocale();
  return (
    <Box sx={{ maxWidth: 720, mx: 'auto', my: 6 }}>
      <Typography variant="h1" sx={{ mb: 2 }}>
        {t('error.title')}
      </Typography>
      <LoadErrorAlert toSettings={isApiError(error) && error.action === 'settings'} onRetry={onRetry}>
        <AlertTitle>{apiErrorText(error, locale)}</AlertTitle>
      </LoadErrorAlert>
      <Button component={RouterLink} to="/segments" sx={{ mt: 2 }}>
        {t('notFound.back')}
      </Button>
    </Box>
  );
}
