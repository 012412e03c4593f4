import { act, renderHook } from '@testing-library/react';
import { draftKey } from '../draftStore';
import { newSegmentValues, type SegmentFormValues } from '../segmentForm';
import { CAPABILITIES } from '../testData';
import { useDraftAutosave } from './useDraftAutosave';

const key = draftKey('demo', '7');
const base = newSegmentValues(CAPABILITIES, 1);
const edited: SegmentFormValues = { ...base, name: 'Edited' };

describe('useDraftAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('removes the draft when an undo brings the very first values back', () => {
    const { rerender } = renderHook(({ values, dirty }) => useDraftAutosave(key, values, dirty), {
      initialProps: { values: base, dirty: false },
    });
    rerender({ values: edited, dirty: true });
    act(() => vi.advanceTimersByTime(400));
    expect(localStorage.getItem(key)).toContain('Edited');
    // Undo returns the initial snapshot itself: the draft must not keep the undone change.
    rerender({ values: base, dirty: false });
    act(() => vi.advanceTimersByTime(400));
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('leaves a restored draft untouched until something changes', () => {
    localStorage.setItem(key, JSON.stringify({ savedAt: 1, values: edited }));
    renderHook(() => useDraftAutosave(key, edited, true));
    act(() => vi.advanceTimersByTime(400));
    expect(JSON.parse(localStorage.getItem(key)!)).toMatchObject({ savedAt: 1 });
  });

  it('says when the draft could not be written', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      const { result, rerender } = renderHook(({ values }) => useDraftAutosave(key, values, true), {
        initialProps: { values: base },
      });
      expect(result.current.failed).toBe(false);
      rerender({ values: edited });
      act(() => vi.advanceTimersByTime(400));
      expect(result.current.failed).toBe(true);
    } finally {
      setItem.mockRestore();
    }
  });
});
