import Typography from '@mui/material/Typography';
import { useMessages } from './i18n';
import { LoadErrorAlert } from './LoadErrorAlert';
import { sharedMessages } from './sharedMessages';

export interface ActionErrorAlertProps {
  /** What went wrong, already in the reader's language. */
  text: string;
  /** The server's own words, if it sent any. */
  serverText?: string | undefined;
  /** The problem is access (an expired session, a wrong token): trying again would never fix it. */
  toSettings: boolean;
}

/**
 * A write that failed: what went wrong, the server's own words on a line of their own when it
 * sent any, and the way to Settings when the problem is access.
 */
export function ActionErrorAlert({ text, serverText, toSettings }: ActionErrorAlertProps) {
  const t = useMessages(sharedMessages);
  const said = serverText?.trim();
  return (
    <LoadErrorAlert toSettings={toSettings}>
      {text}
      {/* Compared with the words shown, in the reader's language: the server's own are never repeated. */}
      {said && !text.includes(said) ? (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {t('serverSaid', { text: said })}
        </Typography>
      ) : null}
    </LoadErrorAlert>
  );
}
