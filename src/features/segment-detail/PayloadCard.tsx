import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { apiErrorText } from '@/api/errors';
import type { SegmentsProvider } from '@/api/provider';
import type { Segment } from '@/domain/model';
import { useLocale, useMessages } from '@/ui/i18n';
import { detailMessages } from './messages';
import { Section } from './Section';

type Format = 'json' | 'xml';

/**
 * The segment in the vendor's stored form, from the provider (`payload`): JSON always, XML where
 * the vendor documents one (Altcraft). No feature reads an adapter's converters itself.
 */
function renderPayload(
  provider: SegmentsProvider,
  segment: Segment,
): { json: string; xml?: string } | { error: Error } {
  try {
    const payload = provider.payload(segment);
    const json = JSON.stringify(payload.body, null, 2);
    return payload.xml === undefined ? { json } : { json, xml: payload.xml };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
}

const codeStyles = {
  m: 0,
  mt: 1,
  p: 1.5,
  maxHeight: 360,
  overflow: 'auto',
  bgcolor: 'action.hover',
  borderRadius: 1,
  fontSize: '0.8rem',
  fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
} as const;

export function PayloadCard({ provider, segment }: { provider: SegmentsProvider; segment: Segment }) {
  const t = useMessages(detailMessages);
  const locale = useLocale();
  const [format, setFormat] = useState<Format>('json');
  const payload = useMemo(() => renderPayload(provider, segment), [provider, segment]);
  const baseId = useId();
  return (
    <Section title={t('payload.title')}>
      <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
        {t('payload.note')}
      </Typography>
      {'error' in payload ? (
        <Alert severity="warning">{t('payload.error', { reason: apiErrorText(payload.error, locale) })}</Alert>
      ) : payload.xml === undefined ? (
        // Scrollable, so it takes the focus for keyboard scrolling, and is named for that stop.
        <Box component="section" aria-label={t('payload.body')} tabIndex={0} sx={codeStyles}>
          <Box component="pre" sx={{ m: 0, font: 'inherit' }}>
            {payload.json}
          </Box>
        </Box>
      ) : (
        <>
          <Tabs
            value={format}
            onChange={(_event, value: Format) => setFormat(value)}
            aria-label={t('payload.tabs')}
            sx={{ minHeight: 36, '& .MuiTab-root': { minHeight: 36, py: 0.5 } }}
          >
            {(['json', 'xml'] as const).map((value) => (
              <Tab
                key={value}
                value={value}
                label={t(value === 'json' ? 'payload.json' : 'payload.xml')}
                id={`${baseId}-tab-${value}`}
                aria-controls={`${baseId}-panel-${value}`}
              />
            ))}
          </Tabs>
          <Box
            role="tabpanel"
            id={`${baseId}-panel-${format}`}
            aria-labelledby={`${baseId}-tab-${format}`}
            tabIndex={0}
            component="pre"
            sx={codeStyles}
          >
            {format === 'xml' ? payload.xml : payload.json}
          </Box>
        </>
      )}
    </Section>
  );
}
