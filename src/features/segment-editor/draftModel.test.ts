import * as fc from 'fast-check';
import type { Problem } from '@/domain/problems';
import {
  createDraftState,
  draftReducer,
  redoable,
  shownProblems,
  toFormPath,
  undoable,
  valuesOf,
  type DraftAction,
  type DraftState,
} from './draftModel';
import { fieldPathOf, problemsOf, type ValidationContext } from './formProblems';
import { newSegmentValues, type SegmentFormValues } from './segmentForm';
import { CAPABILITIES, CATALOG, cond, group } from './testData';

const context: ValidationContext = { catalog: CATALOG, capabilities: CAPABILITIES };
const blank = newSegmentValues(CAPABILITIES, 1);

function withTree(root: SegmentFormValues['blocks'][number]['root'], extra: Partial<SegmentFormValues> = {}) {
  const base = { ...blank, name: 'VIP', ...extra };
  return { ...base, blocks: [{ ...base.blocks[0]!, root }] };
}

const run = (state: DraftState, ...actions: DraftAction[]) => actions.reduce(draftReducer, state);
const named = (values: SegmentFormValues, name: string): SegmentFormValues => ({ ...values, name });

describe('the draft model', () => {
  it('records edits with undo and redo, coalescing a burst of typing into one step', () => {
    let state = createDraftState(blank, blank);
    state = run(
      state,
      { type: 'change', path: 'name', next: named(blank, 'V'), now: 1000 },
      { type: 'change', path: 'name', next: named(blank, 'VI'), now: 1100 },
      { type: 'change', path: 'name', next: named(blank, 'VIP'), now: 1200 },
    );
    expect(valuesOf(state).name).toBe('VIP');
    state = run(state, { type: 'undo' });
    expect(valuesOf(state).name).toBe('');
    expect(redoable(state)).toBe(true);
    state = run(state, { type: 'redo' });
    expect(valuesOf(state).name).toBe('VIP');
  });

  it('takes no edit, undo or redo while a save is on its way, nor after it landed', () => {
    const edited = run(createDraftState(blank, blank), {
      type: 'change',
      path: 'name',
      next: named(blank, 'A'),
      now: 1,
    });
    const saving = run(edited, { type: 'saveStarted' });
    expect(saving.phase).toBe('saving');
    expect(undoable(saving)).toBe(false);
    for (const action of [
      { type: 'change', path: 'name', next: named(blank, 'B'), now: 2 },
      { type: 'replace', next: named(blank, 'C') },
      { type: 'undo' },
      { type: 'redo' },
    ] satisfies DraftAction[]) {
      expect(draftReducer(saving, action)).toBe(saving);
    }
    const saved = run(saving, { type: 'saveSucceeded' });
    expect(draftReducer(saved, { type: 'undo' })).toBe(saved);
    expect(draftReducer(saved, { type: 'saveStarted' })).toBe(saved);
  });

  it('keeps a server complaint beside its control until that control changes', () => {
    let state = run(
      createDraftState(blank, named(blank, 'Taken')),
      { type: 'saveStarted' },
      { type: 'saveFailed', serverErrors: { name: 'exists', 'blocks.0.limit': 'too big' } },
    );
    expect(state.phase).toBe('editing');
    expect(state.serverErrors).toEqual({ name: 'exists', 'blocks.0.limit': 'too big' });
    state = run(state, { type: 'change', path: 'description', next: { ...valuesOf(state), description: 'x' }, now: 5 });
    expect(state.serverErrors.name).toBe('exists');
    state = run(state, { type: 'change', path: 'name', next: named(valuesOf(state), 'Free'), now: 6 });
    expect(state.serverErrors).toEqual({ 'blocks.0.limit': 'too big' });
    // Undo brings the refused name back, but the complaint was about a save that is gone.
    state = run(state, { type: 'undo' });
    expect(state.serverErrors.name).toBeUndefined();
  });

  it('marks a save attempt without leaving the editing phase', () => {
    const state = run(createDraftState(blank, blank), { type: 'saveAttempted' });
    expect(state.attemptedSave).toBe(true);
    expect(state.phase).toBe('editing');
    expect(draftReducer(state, { type: 'saveAttempted' })).toBe(state);
  });

  it('remembers touches once', () => {
    const state = run(createDraftState(blank, blank), { type: 'touch', target: { path: 'name' } });
    expect(state.touched.has('name')).toBe(true);
    expect(draftReducer(state, { type: 'touch', target: { path: 'name' } })).toBe(state);
    expect(run(state, { type: 'touch', target: { nodeId: 'c1' } }).touched.has('c1')).toBe(true);
  });

  it('undo after any sequence of edits walks back through exactly those values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 12 }), (names) => {
        let state = createDraftState(blank, blank);
        const seen: string[] = [''];
        // Each edit is its own step: far apart in time.
        names.forEach((name, i) => {
          const before = state;
          state = draftReducer(state, {
            type: 'change',
            path: 'name',
            next: named(valuesOf(state), name),
            now: i * 10_000,
          });
          if (state !== before) seen.push(name);
        });
        for (let i = seen.length - 1; i > 0; i -= 1) {
          expect(valuesOf(state).name).toBe(seen[i]);
          state = draftReducer(state, { type: 'undo' });
        }
        expect(valuesOf(state).name).toBe('');
      }),
    );
  });
});

describe('which problems show', () => {
  const show = (values: SegmentFormValues, state: Partial<DraftState>, stored: boolean, baseline = blank) =>
    shownProblems(
      problemsOf(values, context),
      { attemptedSave: false, touched: new Set(), baseline, ...state },
      { pathOf: (problem: Problem) => fieldPathOf(problem, values), stored },
    ).map((problem) => `${problem.nodeId ?? fieldPathOf(problem, values)}:${problem.code}`);

  it('shows nothing on a new, untouched form', () => {
    expect(show(blank, {}, false)).toEqual([]);
  });

  it('shows nothing on a new row, even a mistaken one, until it is left or Save is pressed', () => {
    const values = withTree(
      group(blank.blocks[0]!.root.id, 'and', [
        cond('c1', '_city', 'equals', { kind: 'one', value: '' }),
        cond('c2', 'orders', 'between', { kind: 'two', from: 9, to: 1 }),
      ]),
    );
    expect(show(values, {}, false)).toEqual([]);
    expect(show(values, { touched: new Set(['c1']) }, false)).toEqual(['c1:value_missing']);
    expect(show(values, { attemptedSave: true }, false)).toEqual(['c1:value_missing', 'c2:range_reversed']);
  });

  it('shows the real mistakes of what was stored at once, and what is unfinished once left', () => {
    const stored = withTree(
      group('r', 'and', [
        cond('c1', '_city', 'equals', { kind: 'one', value: '' }),
        cond('c2', 'orders', 'between', { kind: 'two', from: 9, to: 1 }),
      ]),
      { name: '' },
    );
    expect(show(stored, {}, true, stored)).toEqual(['c2:range_reversed']);
    expect(show(stored, { touched: new Set(['name', 'c1']) }, true, stored)).toEqual([
      'name:name_required',
      'c1:value_missing',
      'c2:range_reversed',
    ]);
  });

  it('maps server paths to the control that shows them', () => {
    expect(toFormPath('blocks.3.sample.to')).toBe('blocks.3.sample');
    expect(toFormPath('tags')).toBe('tags');
    expect(toFormPath('blocks.0.root.children')).toBeNull();
  });
});
