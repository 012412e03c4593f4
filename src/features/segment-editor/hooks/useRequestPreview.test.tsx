import { act, renderHook, waitFor } from '@testing-library/react';
import type { SegmentsProvider, WriteRequest } from '@/api/provider';
import type { Segment } from '@/domain/model';
import { newSegmentValues, toSegment } from '../segmentForm';
import { MASKED_TOKEN } from '../requestPreview';
import { CAPABILITIES } from '../testData';
import { PREVIEW_DEBOUNCE_MS, useRequestPreview } from './useRequestPreview';

interface Call {
  segment: Segment;
  signal: AbortSignal | undefined;
  resolve: (request: WriteRequest) => void;
  reject: (error: Error) => void;
}

/** A provider whose previews answer only when the test says so. */
function controllableProvider() {
  const calls: Call[] = [];
  const provider = {
    connectionId: 'test',
    capabilities: CAPABILITIES,
    writeRequest: (segment: Segment, signal?: AbortSignal) =>
      new Promise<WriteRequest>((resolve, reject) => {
        calls.push({ segment, signal, resolve, reject });
      }),
  } as unknown as SegmentsProvider;
  return { provider, calls };
}

const named = (name: string): Segment => toSegment({ ...newSegmentValues(CAPABILITIES, 1), name });
const requestFor = (segment: Segment): WriteRequest => ({
  method: 'POST',
  url: 'https://x.test/segments/add/',
  headers: { Authorization: `Bearer ${MASKED_TOKEN}` },
  body: { name: segment.name },
});

describe('useRequestPreview', () => {
  it('asks after a short pause and shows the answer with the token masked', async () => {
    const { provider, calls } = controllableProvider();
    const first = named('First');
    const { result } = renderHook(() => useRequestPreview(provider, first));
    expect(result.current).toEqual({ state: 'loading' });
    expect(calls).toHaveLength(0);
    await waitFor(() => expect(calls).toHaveLength(1));
    act(() => calls[0]!.resolve(requestFor(first)));
    await waitFor(() => expect(result.current.state).toBe('ready'));
    const ready = result.current as Extract<typeof result.current, { state: 'ready' }>;
    expect(ready.preview.body).toEqual({ name: 'First' });
    expect(ready.preview.curl).toContain(`Bearer ${MASKED_TOKEN}`);
  });

  it('aborts and ignores the answer for a segment that is no longer current', async () => {
    const { provider, calls } = controllableProvider();
    const first = named('First');
    const second = named('Second');
    const { result, rerender } = renderHook(({ segment }) => useRequestPreview(provider, segment), {
      initialProps: { segment: first },
    });
    await waitFor(() => expect(calls).toHaveLength(1));
    rerender({ segment: second });
    expect(calls[0]!.signal?.aborted).toBe(true);
    // The late answer for the first segment changes nothing.
    await act(async () => calls[0]!.resolve(requestFor(first)));
    expect(result.current).toEqual({ state: 'loading' });

    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.segment).toBe(second);
    await act(async () => calls[1]!.resolve(requestFor(second)));
    expect(result.current).toMatchObject({ state: 'ready', preview: { body: { name: 'Second' } } });

    // While a newer one is built, the last preview stays, marked as loading.
    const third = named('Third');
    rerender({ segment: third });
    expect(result.current).toMatchObject({ state: 'loading', previous: { body: { name: 'Second' } } });
  });

  it('debounces a burst of changes into one request', async () => {
    vi.useFakeTimers();
    try {
      const { provider, calls } = controllableProvider();
      const { rerender } = renderHook(({ segment }) => useRequestPreview(provider, segment), {
        initialProps: { segment: named('a') },
      });
      for (const name of ['ab', 'abc', 'abcd']) {
        act(() => vi.advanceTimersByTime(PREVIEW_DEBOUNCE_MS - 10));
        rerender({ segment: named(name) });
      }
      expect(calls).toHaveLength(0);
      act(() => vi.advanceTimersByTime(PREVIEW_DEBOUNCE_MS));
      expect(calls.map((call) => call.segment.name)).toEqual(['abcd']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports why the segment cannot be sent', async () => {
    const { provider, calls } = controllableProvider();
    const segment = named('x');
    const { result } = renderHook(() => useRequestPreview(provider, segment));
    await waitFor(() => expect(calls).toHaveLength(1));
    const refusal = new Error('Altcraft cannot negate a group.');
    await act(async () => calls[0]!.reject(refusal));
    expect(result.current).toEqual({ state: 'failed', error: refusal });
  });

  it('is unavailable when the provider cannot say what it would send', () => {
    const provider = { connectionId: 'test', capabilities: CAPABILITIES } as unknown as SegmentsProvider;
    const segment = named('x');
    const { result } = renderHook(() => useRequestPreview(provider, segment));
    expect(result.current).toEqual({ state: 'unavailable' });
  });
});
