import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Slider from '@mui/material/Slider';
import Typography from '@mui/material/Typography';
import { memo, useId } from 'react';
import type { SampleRange } from '@/domain/model';
import { isFullSample } from '@/domain/sample';
import { useMessages } from '@/ui/i18n';
import { editorMessages } from '../messages';
import { NumberInput } from './NumberInput';

export const SAMPLE_FROM_ID = 'segment-sample-from';

interface SampleFieldProps {
  value: SampleRange;
  onChange: (next: SampleRange) => void;
  /** Profiles in the database, when the backend can tell. */
  databaseSize: number | undefined;
  error?: string;
}

/**
 * The slider keeps the slice at least one percent wide, whichever thumb moves. The number inputs
 * do not: typing "60" passes through "6", and validation explains a range that is still wrong.
 */
export function clampSample(from: number, to: number, moved: 'from' | 'to'): SampleRange {
  if (moved === 'from') {
    const f = Math.min(Math.max(from, 0), 99);
    return { from: f, to: Math.max(to, f + 1) };
  }
  const t = Math.max(Math.min(to, 100), 1);
  return { from: Math.min(from, t - 1), to: t };
}

/** Percent slice of the database: a two-thumb slider with exact number inputs and its size in profiles. */
export const SampleField = memo(function SampleField({ value, onChange, databaseSize, error }: SampleFieldProps) {
  const t = useMessages(editorMessages);
  const labelId = useId();
  const captionId = useId();
  const share = value.to - value.from;
  const caption = isFullSample(value)
    ? t('sample.everyone')
    : databaseSize === undefined
      ? t('sample.share', { share })
      : t('sample.ofProfiles', { slice: Math.round((databaseSize * share) / 100), total: databaseSize });

  return (
    <Box component="fieldset" aria-describedby={captionId} sx={{ border: 0, m: 0, p: 0, minWidth: 0 }}>
      <Typography id={labelId} variant="body2" component="legend" sx={{ fontWeight: 600, mb: 1.5, p: 0 }}>
        {t('sample')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <NumberInput
          id={SAMPLE_FROM_ID}
          label={t('sampleFrom')}
          value={value.from}
          emptyValue={0}
          min={0}
          max={99}
          suffix={t('percent')}
          error={Boolean(error)}
          width={112}
          onChange={(from) => onChange({ from, to: value.to })}
        />
        <Slider
          value={[value.from, value.to]}
          min={0}
          max={100}
          step={1}
          disableSwap
          valueLabelDisplay="auto"
          valueLabelFormat={(v) => `${v}%`}
          getAriaLabel={() => t('sample')}
          getAriaValueText={(v, index) => t(index === 0 ? 'sample.valueFrom' : 'sample.valueTo', { value: String(v) })}
          onChange={(_event, next, thumb) => {
            if (!Array.isArray(next)) return;
            const [from = value.from, to = value.to] = next;
            onChange(clampSample(from, to, thumb === 0 ? 'from' : 'to'));
          }}
          sx={{ flex: '1 1 160px', minWidth: 140, mx: 1 }}
        />
        <NumberInput
          id="segment-sample-to"
          label={t('sampleTo')}
          value={value.to}
          emptyValue={100}
          min={1}
          max={100}
          suffix={t('percent')}
          error={Boolean(error)}
          width={112}
          onChange={(to) => onChange({ from: value.from, to })}
        />
      </Box>
      <Typography id={captionId} variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {caption}
      </Typography>
      {error ? <FormHelperText error>{error}</FormHelperText> : null}
    </Box>
  );
});
