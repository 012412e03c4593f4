import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar, { type SnackbarCloseReason } from '@mui/material/Snackbar';
import { Link as RouterLink } from 'react-router';
import { useMessages } from '@/ui/i18n';
import { listMessages } from './messages';
import { CloseIcon } from './listIcons';
import type { CloneAction } from './useCloneAction';
import type { DelayedDelete } from './useDelayedDelete';

/** How long Undo is offered; the delete is sent when it closes. */
export const UNDO_WINDOW_MS = 8_000;
const NOTICE_MS = 6_000;

/** Clicking elsewhere on the page must not count as "the snackbar closed". */
const ignoringClickaway = (close: () => void) => (_event: unknown, reason?: SnackbarCloseReason) => {
  if (reason !== 'clickaway') close();
};

export function ListSnackbars({ deletion, clone }: { deletion: DelayedDelete; clone: CloneAction }) {
  const t = useMessages(listMessages);
  const { notice } = deletion;
  const dismissLabel = t('dismiss');

  if (notice?.kind === 'undo') {
    return (
      <Snackbar
        key={`undo-${String(notice.target.id)}`}
        open
        autoHideDuration={UNDO_WINDOW_MS}
        onClose={ignoringClickaway(deletion.commit)}
        message={t('delete.done', { name: notice.target.name })}
        action={
          <>
            <Button color="inherit" size="small" onClick={deletion.undo} sx={{ color: 'primary.light' }}>
              {t('delete.undo')}
            </Button>
            <IconButton color="inherit" size="small" aria-label={dismissLabel} onClick={deletion.commit}>
              <CloseIcon fontSize="small" />
            </IconButton>
          </>
        }
      />
    );
  }
  if (notice?.kind === 'failed') {
    return (
      <Snackbar key={`failed-${String(notice.target.id)}`} open onClose={ignoringClickaway(deletion.dismissNotice)}>
        <Alert severity="error" variant="filled" onClose={deletion.dismissNotice}>
          {t('delete.failed', { name: notice.target.name, reason: notice.error.message })}
        </Alert>
      </Snackbar>
    );
  }
  const cloned = clone.notice;
  if (!cloned) return null;
  if (cloned.kind === 'working') return <Snackbar open message={t('clone.working', { name: cloned.source })} />;
  if (cloned.kind === 'failed') {
    return (
      <Snackbar open onClose={ignoringClickaway(clone.dismiss)}>
        <Alert severity="error" variant="filled" onClose={clone.dismiss}>
          {t('clone.failed', { name: cloned.source, reason: cloned.error.message })}
        </Alert>
      </Snackbar>
    );
  }
  return (
    <Snackbar
      open
      autoHideDuration={NOTICE_MS}
      onClose={ignoringClickaway(clone.dismiss)}
      message={t('clone.done', { name: cloned.name })}
      action={
        <>
          <Button
            color="inherit"
            size="small"
            component={RouterLink}
            to={`/segments/${encodeURIComponent(String(cloned.id))}`}
            sx={{ color: 'primary.light' }}
          >
            {t('clone.open')}
          </Button>
          <IconButton color="inherit" size="small" aria-label={dismissLabel} onClick={clone.dismiss}>
            <CloseIcon fontSize="small" />
          </IconButton>
        </>
      }
    />
  );
}
