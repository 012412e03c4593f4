import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { memo, useId, useState } from 'react';
import type { SegmentsProvider } from '@/api/provider';
import type { Segment } from '@/domain/model';
import { CopyIcon } from '@/ui/icons';
import { apiErrorText } from '@/api/errors';
import { useLocale, useMessages } from '@/ui/i18n';
import { useRequestPreview } from '../hooks/useRequestPreview';
import { editorMessages } from '../messages';
import type { RequestPreview } from '../requestPreview';

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

interface RequestPreviewSectionProps {
  provider: SegmentsProvider;
  /** The segment as Save would send it. */
  segment: Segment;
}

/** The exact request a save sends, as JSON or XML, with Copy and "Copy as cURL" (token masked). */
export const RequestPreviewSection = memo(function RequestPreviewSection({
  provider,
  segment,
}: RequestPreviewSectionProps) {
  const t = useMessages(editorMessages);
  // Kept here, outside the details, so the chosen format survives closing the section.
  const [format, setFormat] = useState<Format>('json');
  const summaryId = useId();
  return (
    <Accordion
      disableGutters
      variant="outlined"
      slots={{ heading: 'h2' }}
      // Details exist only while open, so a closed section asks the provider nothing.
      slotProps={{ transition: { unmountOnExit: true } }}
      sx={{ '&::before': { display: 'none' }, '& > h2': { m: 0 } }}
    >
      <AccordionSummary id={summaryId}>
        <Typography variant="overline" component="span" color="textSecondary" sx={{ lineHeight: 1.5 }}>
          {t('preview')}
        </Typography>
      </AccordionSummary>
      <AccordionDetails>
        <PreviewDetails provider={provider} segment={segment} format={format} onFormat={setFormat} />
      </AccordionDetails>
    </Accordion>
  );
});

function PreviewDetails(props: {
  provider: SegmentsProvider;
  segment: Segment;
  format: Format;
  onFormat: (format: Format) => void;
}) {
  const t = useMessages(editorMessages);
  const locale = useLocale();
  const result = useRequestPreview(props.provider, props.segment);
  switch (result.state) {
    case 'unavailable':
      return <Typography variant="body2">{t('preview.unavailable')}</Typography>;
    case 'failed':
      return (
        <Typography variant="body2" color="error">
          {t('preview.invalid', { reason: apiErrorText(result.error, locale) })}
        </Typography>
      );
    case 'loading':
      return result.previous ? (
        <PreviewView preview={result.previous} stale format={props.format} onFormat={props.onFormat} />
      ) : (
        <Typography variant="body2" component="output" aria-busy="true" sx={{ display: 'block' }}>
          {t('preview.loading')}
        </Typography>
      );
    case 'ready':
      return <PreviewView preview={result.preview} stale={false} format={props.format} onFormat={props.onFormat} />;
  }
}

function PreviewView(props: {
  preview: RequestPreview;
  /** A newer request is being built: this one stays visible but cannot be copied. */
  stale: boolean;
  format: Format;
  onFormat: (format: Format) => void;
}) {
  const { preview, stale, format } = props;
  const t = useMessages(editorMessages);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const copy = async (text: string) => setCopied((await copyText(text)) ? 'ok' : 'failed');
  const text = format === 'xml' && preview.xml ? preview.xml : preview.json;
  return (
    <Box aria-busy={stale} sx={{ opacity: stale ? 0.6 : 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        {preview.xml ? (
          <ToggleButtonGroup
            size="small"
            exclusive
            value={format}
            aria-label={t('preview.format')}
            onChange={(_event, next: Format | null) => {
              if (next) props.onFormat(next);
            }}
          >
            <ToggleButton value="json">{t('preview.json')}</ToggleButton>
            <ToggleButton value="xml">{t('preview.xml')}</ToggleButton>
          </ToggleButtonGroup>
        ) : null}
        <Box sx={{ flex: 1 }} />
        <Button size="small" startIcon={<CopyIcon fontSize="small" />} disabled={stale} onClick={() => void copy(text)}>
          {t('preview.copy')}
        </Button>
        <Button size="small" disabled={stale} onClick={() => void copy(preview.curl)}>
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
      <Typography variant="caption" color="textSecondary" component="output" sx={{ mt: 0.5, display: 'block' }}>
        {copied === 'ok'
          ? t('preview.copied')
          : copied === 'failed'
            ? t('preview.copyFailed')
            : t('preview.tokenMasked')}
      </Typography>
    </Box>
  );
}
