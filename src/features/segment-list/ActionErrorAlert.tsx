import Typography from '@mui/material/Typography';
import { isApiError } from '@/api/errors';
import { useMessages } from '@/ui/i18n';
import { LoadErrorAlert } from '@/ui/LoadErrorAlert';
import { listMessages } from './messages';

/**
 * A write that failed: what went wrong, the server's own words on a line of their own when it
 * sent any, and the way to Settings when the problem is access (an expired session, a wrong
 * token), which trying again would never fix.
 */
export function ActionErrorAlert({ error, text }: { error: Error; text: string }) {
  const t = useMessages(listMessages);
  const serverText = isApiError(error) ? error.serverText?.trim() : undefined;
  return (
    <LoadErrorAlert toSettings={isApiError(error) && error.action === 'settings'}>
      {text}
      {/* Compared with the words shown, in the reader's language: the server's own are never repeated. */}
      {serverText && !text.includes(serverText) ? (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {t('serverSaid', { text: serverText })}
        </Typography>
      ) : null}
    </LoadErrorAlert>
  );
}
