import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import { useState } from 'react';
import { useMessages } from '@/ui/i18n';
import { formatDraftTime } from '../draftTime';
import { editorMessages } from '../messages';
import { CloseIcon } from './icons';

interface DraftBannerProps {
  savedAt: number;
  locale: string;
  onDiscard: () => void;
  onClose: () => void;
}

/** Says that unsaved work came back, and offers to throw it away (Undo still brings it back). */
export function DraftBanner({ savedAt, locale, onDiscard, onClose }: DraftBannerProps) {
  const t = useMessages(editorMessages);
  const [now] = useState(() => Date.now());
  return (
    <Alert
      severity="info"
      sx={{ mb: 2 }}
      // Alert drops its own close button once `action` is set, so the action carries one.
      action={
        <>
          <Button color="inherit" size="small" onClick={onDiscard}>
            {t('draft.discard')}
          </Button>
          <IconButton color="inherit" size="small" aria-label={t('draft.dismiss')} onClick={onClose}>
            <CloseIcon fontSize="small" />
          </IconButton>
        </>
      }
    >
      {t('draft.restored', { time: formatDraftTime(savedAt, now, locale) })}
    </Alert>
  );
}
