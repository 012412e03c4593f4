import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { useMessages } from './i18n';
import { sharedMessages } from './sharedMessages';

/**
 * A load that failed: what went wrong, a Retry, and a way to the settings when the problem is
 * access (a wrong token or address, an expired session), which retrying alone would never fix.
 * Without `onRetry` (a write the user sends again themselves) there is no Retry.
 */
export function LoadErrorAlert({
  children,
  toSettings,
  onRetry,
}: {
  children: ReactNode;
  toSettings: boolean;
  onRetry?: (() => void) | undefined;
}) {
  const t = useMessages(sharedMessages);
  return (
    <Alert
      severity="error"
      action={
        <Box sx={{ display: 'flex', gap: 1 }}>
          {toSettings ? (
            <Button color="inherit" size="small" component={RouterLink} to="/settings">
              {t('openSettings')}
            </Button>
          ) : null}
          {onRetry ? (
            <Button color="inherit" size="small" onClick={onRetry}>
              {t('retry')}
            </Button>
          ) : null}
        </Box>
      }
    >
      {children}
    </Alert>
  );
}
