import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Estimate, SegmentsProvider } from '@/api/provider';
import type { Segment } from '@/domain/model';
import { newSegmentValues, toSegment } from '../segmentForm';
import { CAPABILITIES, cond, group } from '../testData';
import { useEstimate } from './useEstimate';

interface Call {
  draft: Segment;
  signal: AbortSignal | undefined;
  resolve: (estimate: Estimate) => void;
}

/** A provider whose estimates answer only when the test says so. */
function controllableProvider(estimate = true) {
  const calls: Call[] = [];
  const provider = {
    connectionId: 'test',
    capabilities: { ...CAPABILITIES, estimate },
    estimate: (draft: Segment, signal?: AbortSignal) =>
      new Promise<Estimate>((resolve) => {
        calls.push({ draft, signal, resolve });
      }),
  } as unknown as SegmentsProvider;
  return { provider, calls };
}

function withCity(city: string, databaseId = 1): Segment {
  const values = newSegmentValues(CAPABILITIES, databaseId);
  const root = group('r', 'and', [cond('c', '_city', 'equals', { kind: 'one', value: city })]);
  return toSegment({ ...values, name: 'x', blocks: [{ ...values.blocks[0]!, root }] });
}

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

describe('useEstimate', () => {
  it('waits for typing to pause, keeps the old number while recounting, and ignores a stale answer', async () => {
    const { provider, calls } = controllableProvider();
    const { result, rerender } = renderHook(({ segment }) => useEstimate(provider, segment, true), {
      wrapper,
      initialProps: { segment: withCity('Mos') },
    });
    expect(result.current.pending).toBe(true);
    await waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.resolve({ total: 100, perGroup: { r: 100 } });
    await waitFor(() => expect(result.current).toMatchObject({ total: 100, pending: false }));

    // Two quick edits: only the last one is asked for, after the debounce.
    rerender({ segment: withCity('Mosc') });
    rerender({ segment: withCity('Moscow') });
    expect(result.current).toMatchObject({ total: 100, pending: true });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.draft.blocks[0]!.root.children[0]).toMatchObject({ value: { value: 'Moscow' } });

    // A newer draft makes the in-flight request stale: it is aborted, and its late answer is ignored.
    rerender({ segment: withCity('Kazan') });
    await waitFor(() => expect(calls).toHaveLength(3));
    await waitFor(() => expect(calls[1]!.signal?.aborted).toBe(true));
    calls[2]!.resolve({ total: 30, perGroup: { r: 30 } });
    calls[1]!.resolve({ total: 999, perGroup: { r: 999 } });
    await waitFor(() => expect(result.current).toMatchObject({ total: 30, perGroup: { r: 30 }, pending: false }));
  });

  it('does not ask while the conditions are unfinished, and marks the last number out of date', async () => {
    const { provider, calls } = controllableProvider();
    const { result, rerender } = renderHook(({ segment, ready }) => useEstimate(provider, segment, ready), {
      wrapper,
      initialProps: { segment: withCity('Omsk'), ready: true },
    });
    await waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.resolve({ total: 7, perGroup: {} });
    await waitFor(() => expect(result.current.total).toBe(7));
    rerender({ segment: withCity(''), ready: false });
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(calls).toHaveLength(1);
    // The number stays (the panel dims it as incomplete), but nothing is "updating": no answer is
    // coming until the conditions are finished, and group headers drop counts that no longer hold.
    expect(result.current).toMatchObject({ total: 7, pending: false, perGroup: undefined });
  });

  it("forgets the old database's figure on a switch: pending, then the new database's count", async () => {
    const { provider, calls } = controllableProvider();
    const { result, rerender } = renderHook(({ segment }) => useEstimate(provider, segment, true), {
      wrapper,
      initialProps: { segment: withCity('Omsk', 1) },
    });
    await waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.resolve({ total: 168, perGroup: { r: 168 } });
    await waitFor(() => expect(result.current).toMatchObject({ total: 168, pending: false }));

    rerender({ segment: withCity('Omsk', 2) });
    expect(result.current).toMatchObject({ total: undefined, perGroup: undefined, pending: true });
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.draft.databaseId).toBe(2);
    // While the new database is counted, the old figure does not come back as a placeholder.
    expect(result.current).toMatchObject({ total: undefined, pending: true });
    calls[1]!.resolve({ total: 40, perGroup: { r: 40 } });
    await waitFor(() => expect(result.current).toMatchObject({ total: 40, perGroup: { r: 40 }, pending: false }));
  });

  it('ends "updating" when the conditions stop being estimable right after a database switch', async () => {
    const { provider, calls } = controllableProvider();
    const { result, rerender } = renderHook(({ segment, ready }) => useEstimate(provider, segment, ready), {
      wrapper,
      initialProps: { segment: withCity('Omsk', 1), ready: true },
    });
    await waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.resolve({ total: 168, perGroup: { r: 168 } });
    await waitFor(() => expect(result.current.total).toBe(168));
    // The new database's fields are still loading: not estimable.
    rerender({ segment: withCity('Omsk', 2), ready: false });
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(calls).toHaveLength(1);
    expect(result.current).toMatchObject({ total: undefined, perGroup: undefined, pending: false });
  });

  it('ends "updating" with an error', async () => {
    const calls: Array<(error: Error) => void> = [];
    const provider = {
      connectionId: 'test',
      capabilities: CAPABILITIES,
      estimate: () => new Promise<Estimate>((_resolve, reject) => calls.push(reject)),
    } as unknown as SegmentsProvider;
    const { result } = renderHook(() => useEstimate(provider, withCity('Omsk'), true), { wrapper });
    await waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!(new Error('boom'));
    await waitFor(() => expect(result.current.error?.message).toBe('boom'));
    expect(result.current.pending).toBe(false);
  });

  it('says when the backend cannot estimate', () => {
    const { provider, calls } = controllableProvider(false);
    const { result } = renderHook(() => useEstimate(provider, withCity('Omsk'), true), { wrapper });
    expect(result.current.available).toBe(false);
    expect(calls).toHaveLength(0);
  });
});
