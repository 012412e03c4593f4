import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { memo, useId } from 'react';
import type { SegmentKind } from '@/domain/model';
import { apiErrorText } from '@/api/errors';
import { useLocale, useMessages } from '@/ui/i18n';
import type { EstimateState } from '../hooks/useEstimate';
import { editorMessages } from '../messages';

interface EstimateSectionProps {
  estimate: EstimateState;
  kind: SegmentKind;
  /** False while conditions are unfinished: the number shown is then out of date. */
  ready: boolean;
}

/** The live size of the draft. A count being recomputed stays on screen, dimmed, until the new one arrives. */
export const EstimateSection = memo(function EstimateSection({ estimate, kind, ready }: EstimateSectionProps) {
  const t = useMessages(editorMessages);
  const locale = useLocale();
  const headingId = useId();
  const { available, total, pending, error } = estimate;

  let body;
  if (!available) body = <Typography color="textSecondary">{t('estimate.unavailable')}</Typography>;
  else if (kind === 'static') body = <Typography color="textSecondary">{t('estimate.static')}</Typography>;
  else {
    const note = !ready
      ? t('estimate.incomplete')
      : error
        ? t('estimate.failed', { reason: apiErrorText(error, locale) })
        : pending && total !== undefined
          ? t('estimate.updating')
          : null;
    body = (
      <>
        <Typography
          sx={{
            fontSize: '1.75rem',
            fontWeight: 700,
            lineHeight: 1.2,
            fontVariantNumeric: 'tabular-nums',
            // Dimmed by colour, not opacity: an out-of-date number must still be readable (contrast).
            color: pending || !ready ? 'text.secondary' : 'text.primary',
            transition: 'color 150ms',
          }}
        >
          {total !== undefined
            ? t('estimate.value', { count: total })
            : pending && ready
              ? t('estimate.waiting')
              : t('estimate.none')}
        </Typography>
        {note ? (
          <Typography variant="body2" color={error && ready ? 'error' : 'text.secondary'} sx={{ mt: 0.5 }}>
            {note}
          </Typography>
        ) : null}
      </>
    );
  }

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="overline" component="h2" color="textSecondary" sx={{ lineHeight: 1.5 }}>
        {t('estimate')}
      </Typography>
      <Box
        component="output"
        aria-live="polite"
        aria-labelledby={headingId}
        aria-busy={pending && ready}
        sx={{ display: 'block' }}
      >
        {body}
      </Box>
      <Box sx={{ height: 2, mt: 1 }}>
        {pending && ready && available && kind !== 'static' ? (
          <LinearProgress aria-label={t('estimate.updating')} sx={{ height: 2 }} />
        ) : null}
      </Box>
    </Box>
  );
});
