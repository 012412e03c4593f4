import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { apiErrorText, isApiError } from '@/api/errors';
import { useLocale, useMessages } from '@/ui/i18n';
import { sharedMessages } from '@/ui/sharedMessages';
import { listMessages } from './messages';

/**
 * Under the table: how much is loaded, and a "Load more" button for those who do not scroll
 * (keyboard, screen readers); scrolling near the end loads the next page by itself.
 */
export function ListFooter(props: {
  shown: number;
  total: number | null;
  hasMore: boolean;
  loadingMore: boolean;
  error: Error | null;
  onLoadMore: () => void;
}) {
  const t = useMessages(listMessages);
  const shared = useMessages(sharedMessages);
  const locale = useLocale();
  const status =
    props.total === null
      ? t('showingSome', { shown: props.shown, count: props.shown })
      : t('showing', { shown: props.shown, count: props.total });
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1.5, minHeight: 40, flexWrap: 'wrap' }}>
      <Typography component="output" variant="body2" color="textSecondary" sx={{ flex: 1 }}>
        {status}
        {!props.hasMore && props.shown > 0 ? ` · ${t('allLoaded')}` : ''}
      </Typography>
      {props.error ? (
        <Alert
          severity="error"
          sx={{ py: 0 }}
          action={
            <>
              {isApiError(props.error) && props.error.action === 'settings' ? (
                <Button color="inherit" size="small" component={RouterLink} to="/settings">
                  {shared('openSettings')}
                </Button>
              ) : null}
              <Button color="inherit" size="small" onClick={props.onLoadMore}>
                {t('retry')}
              </Button>
            </>
          }
        >
          {t('moreError', { reason: apiErrorText(props.error, locale) })}
        </Alert>
      ) : props.hasMore ? (
        <Button
          onClick={props.onLoadMore}
          disabled={props.loadingMore}
          startIcon={props.loadingMore ? <CircularProgress size={16} aria-hidden /> : undefined}
        >
          {props.loadingMore ? t('loadingMore') : t('loadMore')}
        </Button>
      ) : null}
    </Box>
  );
}
