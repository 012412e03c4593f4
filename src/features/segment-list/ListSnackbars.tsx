import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Snackbar, { type SnackbarCloseReason } from '@mui/material/Snackbar';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { apiErrorText, isApiError } from '@/api/errors';
import { useLocale, useMessages } from '@/ui/i18n';
import { sharedMessages } from '@/ui/sharedMessages';
import { listMessages } from './messages';
import { CloseIcon } from './listIcons';
import type { CloneAction } from './useCloneAction';
import { UNDO_WINDOW_MS, type DelayedDelete } from './useDelayedDelete';

const NOTICE_MS = 6_000;

/** Clicking elsewhere on the page must not count as "the snackbar closed". */
const ignoringClickaway = (close: () => void) => (_event: unknown, reason?: SnackbarCloseReason) => {
  if (reason !== 'clickaway') close();
};

/**
 * A way to Settings beside a failure that is about access (an expired session, a wrong token),
 * with the close button the alert then no longer draws itself; undefined for other failures.
 */
function useSettingsAction(): (error: Error, onClose: () => void) => ReactNode {
  const t = useMessages(sharedMessages);
  const dismiss = useMessages(listMessages)('dismiss');
  return (error, onClose) =>
    isApiError(error) && error.action === 'settings' ? (
      <>
        <Button color="inherit" size="small" component={RouterLink} to="/settings">
          {t('openSettings')}
        </Button>
        <IconButton color="inherit" size="small" aria-label={dismiss} onClick={onClose}>
          <CloseIcon fontSize="small" />
        </IconButton>
      </>
    ) : undefined;
}

/**
 * The page's passing notices, one at a time: a delete's Undo (or its failure), a clone's progress
 * and result, and a created audience (a status, not an alert: nothing went wrong).
 */
export function ListSnackbars({
  deletion,
  clone,
  createdAudience,
  onDismissAudience,
}: {
  deletion: DelayedDelete;
  clone: CloneAction;
  createdAudience: string | null;
  onDismissAudience: () => void;
}) {
  const t = useMessages(listMessages);
  const locale = useLocale();
  const settingsAction = useSettingsAction();
  const dismissLabel = t('dismiss');
  const undoTarget = deletion.undoTarget;
  const failure = deletion.failures[0];

  // A refused delete has its own message, at the other corner, so it never hides a later Undo.
  const failureNotice = failure ? (
    <Snackbar
      key={`failed-${String(failure.target.id)}`}
      open
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      onClose={ignoringClickaway(() => deletion.dismissFailure(failure))}
    >
      <Alert
        severity="error"
        variant="filled"
        onClose={() => deletion.dismissFailure(failure)}
        action={settingsAction(failure.error, () => deletion.dismissFailure(failure))}
      >
        {t('delete.failed', { name: failure.target.name, reason: apiErrorText(failure.error, locale) })}
      </Alert>
    </Snackbar>
  ) : null;

  if (undoTarget) {
    return (
      <>
        <Snackbar
          key={`undo-${String(undoTarget.id)}`}
          open
          autoHideDuration={UNDO_WINDOW_MS}
          onClose={ignoringClickaway(deletion.commit)}
          message={t('delete.done', { name: undoTarget.name })}
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
        {failureNotice}
      </>
    );
  }
  if (failureNotice) return failureNotice;
  if (createdAudience !== null) {
    return (
      <Snackbar
        key={`audience-${createdAudience}`}
        open
        autoHideDuration={NOTICE_MS}
        onClose={ignoringClickaway(onDismissAudience)}
      >
        {/* MUI's Alert is a div; a polite status, not an alert, since nothing went wrong. */}
        {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role */}
        <Alert severity="success" variant="filled" role="status" onClose={onDismissAudience}>
          {t('audience.created', { name: createdAudience })}
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
        <Alert
          severity="error"
          variant="filled"
          onClose={clone.dismiss}
          action={
            settingsAction(cloned.error, clone.dismiss) ??
            (cloned.retry ? (
              <>
                <Button color="inherit" size="small" onClick={cloned.retry}>
                  {t('retry')}
                </Button>
                <IconButton color="inherit" size="small" aria-label={dismissLabel} onClick={clone.dismiss}>
                  <CloseIcon fontSize="small" />
                </IconButton>
              </>
            ) : undefined)
          }
        >
          {t(cloned.retry ? 'clone.uncertain' : 'clone.failed', {
            name: cloned.source,
            reason: apiErrorText(cloned.error, locale),
          })}
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
