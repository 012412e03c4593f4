import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { memo, useCallback, useId, useState, type FocusEvent } from 'react';
import type { SampleRange } from '@/domain/model';
import { isFullSample } from '@/domain/sample';
import { deferredModule, prefetch, useDeferredModule } from '@/ui/deferred';
import { useMessages, type Translate } from '@/ui/i18n';
import { editorMessages, type EditorMessageKey } from '../messages';
import { isCrossed, orderedRange, rangeWithSize, sampleCount, sampleShare } from '../sampleSize';
import { NumberInput } from './NumberInput';

export const SAMPLE_FROM_ID = 'segment-sample-from';
export const SAMPLE_SIZE_ID = 'segment-sample-size';

/** Whether the exact range is shown, remembered in this browser once the marketer chooses. */
const RANGE_OPEN_KEY = 'segment-studio.editor.sampleRangeOpen';

/**
 * The exact range is an advanced option: closed until the marketer opens it (and remembered), but
 * open from the start when the sample does not start at 0 %, which "Sample size" alone cannot say.
 */
function readRangeOpen(value: SampleRange): boolean {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(RANGE_OPEN_KEY);
  } catch {
    // Storage refused: decide from the value.
  }
  return stored === null ? value.from !== 0 : stored === 'true';
}

/** MUI's Slider, 5 KiB of the first load, comes with the range, which starts closed. */
const sliderModule = deferredModule(() => import('./SampleSlider'));

function writeRangeOpen(open: boolean) {
  try {
    localStorage.setItem(RANGE_OPEN_KEY, String(open));
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}

interface SampleFieldProps {
  value: SampleRange;
  onChange: (next: SampleRange) => void;
  /** Profiles in the database, when the backend can tell. */
  databaseSize: number | undefined;
  /** Whether the block has conditions: without any, the sample is a slice of the whole database. */
  hasConditions: boolean;
  /** Profiles that match this block's conditions with no sample, when the backend can estimate. */
  matching?: number | undefined;
  error?: string;
}

/**
 * The slider keeps the slice at least one percent wide, whichever thumb moves. The number inputs
 * do not: typing "60" passes through "6"; a range whose ends cross is named at once and swapped
 * when focus leaves the range.
 */
export function clampSample(from: number, to: number, moved: 'from' | 'to'): SampleRange {
  if (moved === 'from') {
    const f = Math.min(Math.max(from, 0), 99);
    return { from: f, to: Math.max(to, f + 1) };
  }
  const t = Math.max(Math.min(to, 100), 1);
  return { from: Math.min(from, t - 1), to: t };
}

/** What the sample is a slice of: the profiles that match the conditions, or (with none) the database. */
export interface SampleBase {
  hasConditions: boolean;
  /** Profiles that match the conditions with no sample, when estimated. */
  matching: number | undefined;
  databaseSize: number | undefined;
}

/**
 * What the sample keeps, in words, counted where the count is known. With conditions it is a slice
 * of the profiles that match them (never "of the database", which the conditions narrow first);
 * without any, of the whole database.
 */
export function sampleCaption(
  t: Translate<EditorMessageKey>,
  range: SampleRange,
  { hasConditions, matching, databaseSize }: SampleBase,
): string {
  if (isCrossed(range)) {
    const params = { from: String(range.from), to: String(range.to) };
    return t(range.from === range.to ? 'sample.empty' : 'sample.crossed', params);
  }
  const full = isFullSample(range);
  if (hasConditions) {
    if (matching === undefined)
      return full ? t('sample.everyoneMatchingUncounted') : t('sample.shareOfMatching', { share: sampleShare(range) });
    return full
      ? t('sample.everyoneMatching', { count: matching })
      : t('sample.ofMatching', { slice: sampleCount(matching, range), count: matching });
  }
  const everyone = databaseSize ?? matching;
  if (everyone === undefined) return full ? t('sample.everyone') : t('sample.share', { share: sampleShare(range) });
  return full
    ? t('sample.everyoneInDatabase', { count: everyone })
    : t('sample.ofDatabase', { slice: sampleCount(everyone, range), count: everyone });
}

/**
 * A percent slice of the profiles that match: "Sample size N %" for the everyday case, and the
 * exact range (a two-thumb slider with number inputs) behind a disclosure.
 */
export const SampleField = memo(function SampleField({
  value,
  onChange,
  databaseSize,
  hasConditions,
  matching,
  error,
}: SampleFieldProps) {
  const t = useMessages(editorMessages);
  const captionId = useId();
  const rangeId = useId();
  const [rangeOpen, setRangeOpen] = useState(() => readRangeOpen(value));
  const [swapNote, setSwapNote] = useState<string | null>(null);
  const slider = useDeferredModule(sliderModule, rangeOpen);
  const crossed = isCrossed(value);
  const caption = sampleCaption(t, value, { hasConditions, matching, databaseSize });

  const change = useCallback(
    (next: SampleRange) => {
      setSwapNote(null);
      onChange(next);
    },
    [onChange],
  );
  // Crossed ends are put in order once focus leaves the range, and the marketer is told.
  const onRangeBlur = (event: FocusEvent<HTMLElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    const { range, swapped } = orderedRange(value);
    if (!swapped) return;
    onChange(range);
    setSwapNote(t('sample.swapped', { from: String(range.from), to: String(range.to) }));
  };
  const low = Math.min(value.from, value.to);
  const high = Math.max(value.from, value.to);

  return (
    <Box component="fieldset" aria-describedby={captionId} sx={{ border: 0, m: 0, p: 0, minWidth: 0 }}>
      <Typography variant="body2" component="legend" sx={{ fontWeight: 600, mb: 1.5, p: 0 }}>
        {t('sample')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <NumberInput
          id={SAMPLE_SIZE_ID}
          label={t('sample.size')}
          value={sampleShare(value)}
          emptyValue={100}
          min={1}
          max={100}
          suffix={t('percent')}
          error={Boolean(error) || crossed}
          width={136}
          onChange={(size) => change(rangeWithSize(value, size))}
        />
        <Button
          size="small"
          aria-expanded={rangeOpen}
          aria-controls={rangeId}
          onPointerEnter={() => prefetch(sliderModule)}
          onFocus={() => prefetch(sliderModule)}
          onClick={() => {
            writeRangeOpen(!rangeOpen);
            setRangeOpen(!rangeOpen);
          }}
        >
          {t(rangeOpen ? 'sample.range.hide' : 'sample.range.show')}
        </Button>
      </Box>
      <Collapse in={rangeOpen} unmountOnExit>
        <Box
          component="fieldset"
          id={rangeId}
          aria-label={t('sample.range')}
          onBlur={onRangeBlur}
          sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', pt: 2, border: 0, m: 0, px: 0, pb: 0 }}
        >
          <NumberInput
            id={SAMPLE_FROM_ID}
            label={t('sampleFrom')}
            value={value.from}
            emptyValue={0}
            min={0}
            max={99}
            suffix={t('percent')}
            error={Boolean(error) || crossed}
            width={112}
            onChange={(from) => change({ from, to: value.to })}
          />
          <Box sx={{ flex: '1 1 160px', minWidth: 140, mx: 1, display: 'flex' }}>
            {/* Until the slider arrives the number inputs on either side already set the range. */}
            {slider ? (
              <slider.SampleSlider
                low={low}
                high={high}
                onChange={(next, moved) => change(clampSample(next.from, next.to, moved))}
              />
            ) : null}
          </Box>
          <NumberInput
            id="segment-sample-to"
            label={t('sampleTo')}
            value={value.to}
            emptyValue={100}
            min={1}
            max={100}
            suffix={t('percent')}
            error={Boolean(error) || crossed}
            width={112}
            onChange={(to) => change({ from: value.from, to })}
          />
        </Box>
      </Collapse>
      <Typography
        id={captionId}
        variant="body2"
        color={crossed ? 'error' : 'text.secondary'}
        sx={{ mt: 0.5, fontVariantNumeric: 'tabular-nums' }}
      >
        {caption}
      </Typography>
      <Typography component="output" variant="body2" color="textSecondary" sx={{ display: 'block' }}>
        {swapNote}
      </Typography>
      {error && !crossed ? <FormHelperText error>{error}</FormHelperText> : null}
    </Box>
  );
});
