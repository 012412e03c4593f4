import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { Link as RouterLink, Outlet } from 'react-router';
import { useOptionalProvider } from '@/api/connections';
import { useMessages } from '@/ui/i18n';
import { appMessages } from './messages';

/**
 * Segment pages need a backend. A build without the embedded one starts with no connection: say
 * so, and lead to Settings, rather than fail on the first request.
 */
export function RequireConnection() {
  const t = useMessages(appMessages);
  if (useOptionalProvider()) return <Outlet />;
  return (
    <Alert
      severity="info"
      action={
        <Button component={RouterLink} to="/settings" color="inherit">
          {t('connection.add')}
        </Button>
      }
    >
      {t('connection.missing')}
    </Alert>
  );
}
