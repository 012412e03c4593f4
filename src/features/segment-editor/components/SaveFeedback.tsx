import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Link as RouterLink } from 'react-router';
import { apiErrorText } from '@/api/errors';
import { useLocale, useMessages } from '@/ui/i18n';
import { editorMessages } from '../messages';
import type { SaveFailure } from '../saveFailure';

export type SaveNotice =
  | { kind: 'problems'; count: number }
  /** The text view holds text that does not read as conditions yet. */
  | { kind: 'text'; line: number; column: number; message: string }
  /** `draftKept`: whether the local draft holds the changes; a refused draft is never claimed. */
  | { kind: 'failure'; failure: SaveFailure; draftKept: boolean };

/** Why Save did not go through: problems to fix first, or the server's answer in words. */
export function SaveFeedback({ notice, onClose }: { notice: SaveNotice | null; onClose: () => void }) {
  const t = useMessages(editorMessages);
  const locale = useLocale();
  if (!notice) return null;
  if (notice.kind === 'problems') {
    return (
      <Alert severity="error" role="alert" sx={{ mb: 2 }} onClose={onClose}>
        {t('save.problems', { count: notice.count })}
      </Alert>
    );
  }
  if (notice.kind === 'text') {
    const { line, column, message } = notice;
    return (
      <Alert severity="error" role="alert" sx={{ mb: 2 }} onClose={onClose}>
        {t('save.textError', { line, column, message })}
      </Alert>
    );
  }
  const { failure, draftKept } = notice;
  // Worded now, in the reader's language: a switch of language re-words an alert on screen.
  const message = apiErrorText(failure.error, locale);
  const headline = failure.offline
    ? t(draftKept ? 'save.offline' : 'save.offlineNoDraft')
    : failure.uncertain
      ? t(draftKept ? 'save.uncertain' : 'save.uncertainNoDraft', { message })
      : t('save.failed', { message });
  return (
    <Alert
      severity={failure.offline || failure.uncertain ? 'warning' : 'error'}
      role="alert"
      sx={{ mb: 2 }}
      onClose={onClose}
      action={
        failure.action === 'settings' ? (
          <Button color="inherit" size="small" component={RouterLink} to="/settings">
            {t('save.settings')}
          </Button>
        ) : undefined
      }
    >
      {headline}
      {failure.detail && !failure.offline && !message.includes(failure.detail) ? (
        <Box sx={{ mt: 0.5 }}>{t('save.detail', { detail: failure.detail })}</Box>
      ) : null}
      {failure.fields.length > 0 ? (
        <>
          <Box sx={{ mt: 0.5 }}>{t('save.fieldErrors')}</Box>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {failure.fields.map((field) => (
              <li key={field.path}>
                <Box component="code" sx={{ fontSize: '0.85em' }}>
                  {field.path}
                </Box>
                : {field.message}
              </li>
            ))}
          </Box>
        </>
      ) : null}
    </Alert>
  );
}
