import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { toWire } from '@/api/altcraft/convert';
import { toXml } from '@/api/altcraft/xml';
import type { Segment } from '@/domain/model';
import { useMessages } from '@/ui/i18n';
import { detailMessages } from './messages';
import { Section } from './Section';

type Format = 'json' | 'xml';

/**
 * The body the adapter would send to store this segment, in the vendor's two formats. Every
 * connection so far (Altcraft and the demo that speaks it) shares the Altcraft adapter.
 */
function renderPayload(segment: Segment): { json: string; xml: string } | { error: Error } {
  try {
    const body = toWire(segment);
    return { json: JSON.stringify(body, null, 2), xml: toXml(body) };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
}

export function PayloadCard({ segment }: { segment: Segment }) {
  const t = useMessages(detailMessages);
  const [format, setFormat] = useState<Format>('json');
  const payload = useMemo(() => renderPayload(segment), [segment]);
  const baseId = useId();
  return (
    <Section title={t('payload.title')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('payload.note')}
      </Typography>
      {'error' in payload ? (
        <Alert severity="warning">{t('payload.error', { reason: payload.error.message })}</Alert>
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
            sx={{
              m: 0,
              mt: 1,
              p: 1.5,
              maxHeight: 360,
              overflow: 'auto',
              bgcolor: 'action.hover',
              borderRadius: 1,
              fontSize: '0.8rem',
              fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
            }}
          >
            {payload[format]}
          </Box>
        </>
      )}
    </Section>
  );
}
