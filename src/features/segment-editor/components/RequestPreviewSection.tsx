import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { memo, useId, useState } from 'react';
import { CopyIcon } from '@/ui/icons';
import { useMessages } from '@/ui/i18n';
import { editorMessages } from '../messages';
import type { PreviewResult } from '../requestPreview';

type Format = 'json' | 'xml';

/** Writes to the clipboard; false when the browser refuses (no permission, insecure context). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The exact request a save sends, as JSON or XML, with Copy and "Copy as cURL" (token masked). */
export const RequestPreviewSection = memo(function RequestPreviewSection({ result }: { result: PreviewResult | null }) {
  const t = useMessages(editorMessages);
  const [format, setFormat] = useState<Format>('json');
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const summaryId = useId();
  const copy = async (text: string) => setCopied((await copyText(text)) ? 'ok' : 'failed');

  let details;
  if (result === null) details = <Typography variant="body2">{t('preview.unavailable')}</Typography>;
  else if (!result.ok) {
    details = (
      <Typography variant="body2" color="error">
        {result.reason === 'unsupported-vendor'
          ? t('preview.unavailable')
          : t('preview.invalid', { reason: result.reason })}
      </Typography>
    );
  } else {
    const { preview } = result;
    const text = format === 'xml' && preview.xml ? preview.xml : preview.json;
    details = (
      <>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
          {preview.xml ? (
            <ToggleButtonGroup
              size="small"
              exclusive
              value={format}
              aria-label={t('preview.format')}
              onChange={(_event, next: Format | null) => {
                if (next) setFormat(next);
              }}
            >
              <ToggleButton value="json">{t('preview.json')}</ToggleButton>
              <ToggleButton value="xml">{t('preview.xml')}</ToggleButton>
            </ToggleButtonGroup>
          ) : null}
          <Box sx={{ flex: 1 }} />
          <Button size="small" startIcon={<CopyIcon fontSize="small" />} onClick={() => void copy(text)}>
            {t('preview.copy')}
          </Button>
          <Button size="small" onClick={() => void copy(preview.curl)}>
            {t('preview.copyCurl')}
          </Button>
        </Box>
        <Typography variant="caption" component="p" sx={{ fontFamily: 'monospace', wordBreak: 'break-all', mb: 0.5 }}>
          {t('preview.request', { method: preview.method, url: preview.url })}
        </Typography>
        <Box
          component="pre"
          tabIndex={0}
          aria-label={t('preview')}
          sx={{
            m: 0,
            p: 1.5,
            maxHeight: 320,
            overflow: 'auto',
            fontSize: '0.75rem',
            lineHeight: 1.5,
            bgcolor: 'action.hover',
            borderRadius: 1,
            '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
          }}
        >
          <code>{text}</code>
        </Box>
        <Typography variant="caption" color="text.secondary" component="output" sx={{ mt: 0.5, display: 'block' }}>
          {copied === 'ok'
            ? t('preview.copied')
            : copied === 'failed'
              ? t('preview.copyFailed')
              : t('preview.tokenMasked')}
        </Typography>
      </>
    );
  }

  return (
    <Accordion
      disableGutters
      variant="outlined"
      slots={{ heading: 'h2' }}
      // Rendered only while open: the preview changes with every keystroke.
      slotProps={{ transition: { unmountOnExit: true } }}
      sx={{ '&::before': { display: 'none' }, '& > h2': { m: 0 } }}
    >
      <AccordionSummary id={summaryId}>
        <Typography variant="overline" component="span" color="text.secondary" sx={{ lineHeight: 1.5 }}>
          {t('preview')}
        </Typography>
      </AccordionSummary>
      <AccordionDetails>{details}</AccordionDetails>
    </Accordion>
  );
});
