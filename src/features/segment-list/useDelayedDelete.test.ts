import { act, renderHook } from '@testing-library/react';
import { ApiError } from '@/api/errors';
import { pendingDeleteKey, useDelayedDelete, type RemoveSegment } from './useDelayedDelete';

const a = { id: 1, name: 'A' };
const b = { id: 2, name: 'B' };

function setup(remove: RemoveSegment) {
  return renderHook(() => useDelayedDelete(remove, 'conn-1'));
}

describe('useDelayedDelete', () => {
  it('keeps the next delete\u2019s Undo when an earlier delete fails, and still sends the next one', async () => {
    let failA: (error: Error) => void = () => {};
    const remove = vi.fn<RemoveSegment>((id) =>
      id === 1 ? new Promise((_, reject) => (failA = reject)) : Promise.resolve(),
    );
    const { result } = setup(remove);
    act(() => result.current.schedule(a));
    act(() => result.current.schedule(b));
    expect(remove).toHaveBeenCalledWith(1);
    await act(async () => failA(new Error('refused')));
    // B's Undo is still offered; A's failure waits beside it, and A's row is back.
    expect(result.current.undoTarget).toEqual(b);
    expect(result.current.failures.map((failure) => failure.target)).toEqual([a]);
    expect(result.current.hidden.has('1')).toBe(false);
    expect(result.current.hidden.has('2')).toBe(true);
    await act(async () => result.current.commit());
    expect(remove).toHaveBeenCalledWith(2);
    act(() => result.current.dismissFailure(result.current.failures[0]!));
    expect(result.current.failures).toEqual([]);
  });

  it('remembers a confirmed delete, so a reload inside the Undo window still sends it', async () => {
    const remove = vi.fn<RemoveSegment>(() => Promise.resolve());
    const first = setup(remove);
    act(() => first.result.current.schedule(a));
    expect(localStorage.getItem(pendingDeleteKey('conn-1', 1))).not.toBeNull();
    // The tab goes: the delete leaves with keepalive, and stays remembered in case it was lost.
    act(() => window.dispatchEvent(new Event('pagehide')));
    expect(remove).toHaveBeenCalledWith(1, { keepalive: true });
    first.unmount();

    // The next page sends what is due, and forgets it once the server has it (or never had it).
    const again = vi.fn<RemoveSegment>(() => Promise.reject(new ApiError({ code: 404, status: 200 })));
    const pending = JSON.parse(localStorage.getItem(pendingDeleteKey('conn-1', 1))!) as { dueAt: number };
    localStorage.setItem(pendingDeleteKey('conn-1', 1), JSON.stringify({ ...pending, dueAt: Date.now() - 1 }));
    await act(async () => {
      setup(again);
    });
    expect(again).toHaveBeenCalledWith(1);
    expect(localStorage.getItem(pendingDeleteKey('conn-1', 1))).toBeNull();
  });

  it('forgets a delete that was undone', () => {
    const remove = vi.fn<RemoveSegment>(() => Promise.resolve());
    const { result } = setup(remove);
    act(() => result.current.schedule(a));
    act(() => result.current.undo());
    expect(localStorage.getItem(pendingDeleteKey('conn-1', 1))).toBeNull();
    expect(result.current.hidden.size).toBe(0);
    act(() => window.dispatchEvent(new Event('pagehide')));
    expect(remove).not.toHaveBeenCalled();
  });

  it('schedules one delete for a double confirmation of the same row', () => {
    const remove = vi.fn<RemoveSegment>(() => Promise.resolve());
    const { result } = setup(remove);
    act(() => {
      result.current.schedule(a);
      result.current.schedule(a);
    });
    expect(remove).not.toHaveBeenCalled();
    expect(result.current.undoTarget).toEqual(a);
  });
});
