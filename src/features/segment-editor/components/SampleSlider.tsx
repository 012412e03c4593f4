import Slider from '@mui/material/Slider';
import type { SampleRange } from '@/domain/model';
import { useMessages } from '@/ui/i18n';
import { editorMessages } from '../messages';

interface SampleSliderProps {
  /** The range in order: a crossed one is shown as its ordered pair until it is swapped. */
  low: number;
  high: number;
  onChange: (next: SampleRange, moved: 'from' | 'to') => void;
}

/**
 * The two-thumb slider of the exact sample range. It has a module of its own because the range
 * starts closed and MUI's Slider is 5 KiB of the editor's first load (see SampleField).
 */
export function SampleSlider({ low, high, onChange }: SampleSliderProps) {
  const t = useMessages(editorMessages);
  return (
    <Slider
      value={[low, high]}
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
        const [from = low, to = high] = next;
        onChange({ from, to }, thumb === 0 ? 'from' : 'to');
      }}
    />
  );
}
