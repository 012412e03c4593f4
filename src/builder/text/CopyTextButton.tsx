import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { CopyIcon } from '@/ui/icons';
import { useMessages } from '@/ui/i18n';
import { builderMessages } from '../messages';

/** Writes to the clipboard; false when the browser refuses (no permission, insecure context). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** "Copy as text", with what came of it said beside the button. */
export function CopyTextButton({ getText }: { getText: () => string }) {
  const t = useMessages(builderMessages);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Button
        size="small"
        startIcon={<CopyIcon fontSize="small" />}
        onClick={() => void copyText(getText()).then((ok) => setCopied(ok ? 'ok' : 'failed'))}
      >
        {t('text.copy')}
      </Button>
      <Typography variant="caption" color={copied === 'failed' ? 'error' : 'text.secondary'} component="output">
        {copied === 'ok' ? t('text.copied') : copied === 'failed' ? t('text.copyFailed') : ''}
      </Typography>
    </Box>
  );
}
