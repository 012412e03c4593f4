import { array, assert, integer, nat, property } from 'fast-check';
import { canRedo, canUndo, createHistory, record, redo, undo } from './undoHistory';

describe('undo history', () => {
  it('steps back and forward through recorded snapshots', () => {
    let h = createHistory('a');
    h = record(h, 'b', { now: 0 });
    h = record(h, 'c', { now: 5000 });
    expect(canUndo(h)).toBe(true);
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('coalesces rapid changes with the same key into one step', () => {
    let h = createHistory('');
    h = record(h, 'V', { key: 'name', now: 0 });
    h = record(h, 'VI', { key: 'name', now: 200 });
    h = record(h, 'VIP', { key: 'name', now: 400 });
    expect(h.present).toBe('VIP');
    expect(h.past).toEqual(['']);
    expect(undo(h).present).toBe('');
  });

  it('starts a new step after a pause, a different key or no key', () => {
    let h = createHistory('');
    h = record(h, 'a', { key: 'name', now: 0 });
    h = record(h, 'ab', { key: 'name', now: 2000 });
    h = record(h, 'abc', { key: 'description', now: 2100 });
    h = record(h, 'abcd', { now: 2200 });
    h = record(h, 'abcde', { now: 2300 });
    expect(h.past).toEqual(['', 'a', 'ab', 'abc', 'abcd']);
  });

  it('never coalesces into the step right after an undo', () => {
    let h = createHistory('');
    h = record(h, 'a', { key: 'name', now: 0 });
    h = record(h, 'b', { key: 'other', now: 10 });
    h = undo(h);
    h = record(h, 'ax', { key: 'name', now: 20 });
    expect(h.past).toEqual(['', 'a']);
  });

  it('drops the redo branch when a new change is recorded', () => {
    let h = createHistory(1);
    h = record(h, 2, { now: 0 });
    h = undo(h);
    h = record(h, 3, { now: 5000 });
    expect(canRedo(h)).toBe(false);
    expect(h.past).toEqual([1]);
  });

  it('ignores a change equal to the present and caps the number of steps', () => {
    const h = createHistory({ v: 1 });
    const same = record(h, { v: 1 }, { now: 0, equals: (a, b) => a.v === b.v });
    expect(same).toBe(h);
    let capped = createHistory(0);
    for (let i = 1; i <= 10; i++) capped = record(capped, i, { now: i * 5000, limit: 3 });
    expect(capped.past).toEqual([7, 8, 9]);
  });

  it('undo then redo returns to the same present for any sequence of edits (property)', () => {
    assert(
      property(array(integer(), { minLength: 1, maxLength: 30 }), nat(30), (values, steps) => {
        let h = createHistory(-1);
        values.forEach((v, i) => {
          h = record(h, v, { now: i * 5000 });
        });
        const before = h.present;
        let moved = h;
        for (let i = 0; i < steps; i++) moved = undo(moved);
        for (let i = 0; i < steps; i++) moved = redo(moved);
        expect(moved.present).toBe(before);
      }),
    );
  });
});
