/**
 * The editor's one source of truth, as a pure reducer: the values with their undo history, the
 * errors a server gave (keyed by typed form paths), what the marketer has touched, and where the
 * save is. The editor component only dispatches and renders; nothing else holds a copy of the
 * values, so nothing can drift out of step with them (docs/architecture.md, "Editor state").
 */
import type { Group } from '@/domain/model';
import type { Problem, ProblemCode } from '@/domain/problems';
import { walk } from '@/domain/tree';
import { coalesceKey } from './formHistory';
import type { SegmentFormValues } from './segmentForm';
import { canRedo, canUndo, createHistory, record, redo, undo, type History } from './undoHistory';

/** Where in the form a value, an error or a touch belongs. */
export type FormPath =
  | 'name'
  | 'description'
  | 'tags'
  | 'kind'
  | 'databaseId'
  | `blocks.${number}.sample`
  | `blocks.${number}.limit`
  | `blocks.${number}.root`;

const FORM_PATH = /^(name|description|tags|kind|databaseId|blocks\.\d+\.(sample|limit|root))$/;

/** A server's path (e.g. "blocks.0.sample.from", "refreshDaily") as the form path that shows it. */
export function toFormPath(path: string): FormPath | null {
  const shown = path
    .replace(/\.sample\.(from|to)$/, '.sample')
    .replace(/\.root\.combinator$/, '.root')
    .replace(/^refreshDaily$/, 'kind')
    .replace(/^blocks\.(\d+)\.databaseId$/, 'databaseId');
  return FORM_PATH.test(shown) ? (shown as FormPath) : null;
}

/** Something the marketer can leave: a settings control by its path, or a node of the tree by its id. */
export type TouchTarget = { path: FormPath } | { nodeId: string };

export type SavePhase = 'editing' | 'saving' | 'saved';

export interface DraftState {
  history: History<SegmentFormValues>;
  /** The server copy (or the blank new segment) the editor opened with. */
  baseline: SegmentFormValues;
  /** What a server refused, beside the control it concerns; an edit of that control clears it. */
  serverErrors: Readonly<Partial<Record<FormPath, string>>>;
  /** Paths and node ids the marketer has been in and left. */
  touched: ReadonlySet<string>;
  /** Save was pressed: every problem shows from now on. */
  attemptedSave: boolean;
  phase: SavePhase;
}

export type DraftAction =
  | { type: 'change'; path: FormPath | undefined; next: SegmentFormValues; now: number }
  | { type: 'undo' }
  | { type: 'redo' }
  /** Replaces the values as one undoable step (import, discard, take theirs). */
  | { type: 'replace'; next: SegmentFormValues }
  | { type: 'touch'; target: TouchTarget }
  /** Save was pressed; it may still be refused before anything is sent. */
  | { type: 'saveAttempted' }
  | { type: 'saveStarted' }
  | { type: 'saveFailed'; serverErrors: Partial<Record<FormPath, string>> }
  | { type: 'saveSucceeded' };

export function createDraftState(baseline: SegmentFormValues, values: SegmentFormValues): DraftState {
  return {
    history: createHistory(values),
    baseline,
    serverErrors: {},
    touched: new Set(),
    attemptedSave: false,
    phase: 'editing',
  };
}

/** Snapshots are immutable, so a change always replaces the top-level value it touches. */
function sameTopLevel(a: SegmentFormValues, b: SegmentFormValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof SegmentFormValues>);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/** The value a form path names, for telling whether an edit changed it. */
function valueAt(values: SegmentFormValues, path: FormPath): unknown {
  const block = /^blocks\.(\d+)\.(sample|limit|root)$/.exec(path);
  if (!block) return values[path as 'name' | 'description' | 'tags' | 'kind' | 'databaseId'];
  const found = values.blocks[Number(block[1])];
  return found?.[block[2] as 'sample' | 'limit' | 'root'];
}

/** A server's complaint lasts until its control changes; then it may no longer be true. */
function withoutStaleErrors(state: DraftState, next: SegmentFormValues): DraftState['serverErrors'] {
  const before = state.history.present;
  const kept: Partial<Record<FormPath, string>> = {};
  let changed = false;
  for (const [path, message] of Object.entries(state.serverErrors) as Array<[FormPath, string]>) {
    const stale =
      valueAt(before, path) !== valueAt(next, path) || (path === 'kind' && before.refreshDaily !== next.refreshDaily);
    if (stale) changed = true;
    else kept[path] = message;
  }
  return changed ? kept : state.serverErrors;
}

function withPresent(state: DraftState, history: History<SegmentFormValues>): DraftState {
  if (history === state.history) return state;
  return { ...state, history, serverErrors: withoutStaleErrors(state, history.present) };
}

export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  // While a save is on its way the values are what is being sent: an edit could be in neither.
  const locked = state.phase !== 'editing';
  switch (action.type) {
    case 'change': {
      if (locked || action.next === state.history.present) return state;
      const key = coalesceKey(action.path, state.history.present, action.next);
      return withPresent(state, record(state.history, action.next, { key, now: action.now, equals: sameTopLevel }));
    }
    case 'replace':
      if (locked || action.next === state.history.present) return state;
      return withPresent(state, record(state.history, action.next, { key: null, now: 0, equals: sameTopLevel }));
    case 'undo':
      return locked ? state : withPresent(state, undo(state.history));
    case 'redo':
      return locked ? state : withPresent(state, redo(state.history));
    case 'touch': {
      const key = 'path' in action.target ? action.target.path : action.target.nodeId;
      if (state.touched.has(key)) return state;
      return { ...state, touched: new Set([...state.touched, key]) };
    }
    case 'saveAttempted':
      return state.attemptedSave ? state : { ...state, attemptedSave: true };
    case 'saveStarted':
      return state.phase === 'editing' ? { ...state, phase: 'saving', attemptedSave: true } : state;
    case 'saveFailed':
      return { ...state, phase: 'editing', serverErrors: action.serverErrors };
    case 'saveSucceeded':
      return { ...state, phase: 'saved' };
  }
}

export const valuesOf = (state: DraftState): SegmentFormValues => state.history.present;
export const undoable = (state: DraftState): boolean => state.phase === 'editing' && canUndo(state.history);
export const redoable = (state: DraftState): boolean => state.phase === 'editing' && canRedo(state.history);

// ----- which problems to show yet -------------------------------------------------------------------

/** What is merely unfinished: not worth a red message on a control the marketer has not left yet. */
const UNFINISHED: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'name_required',
  'conditions_required',
  'value_missing',
  'empty_group',
]);

function nodeIdsOf(roots: readonly Group[]): Set<string> {
  const ids = new Set<string>();
  for (const root of roots) walk(root, (node) => void ids.add(node.id));
  return ids;
}

export interface ShownProblemsOptions {
  /** The form path a settings problem belongs to (formProblems.fieldPathOf). */
  pathOf: (problem: Problem) => string;
  /** Whether the form opened on a stored segment: its settings count as seen. */
  stored: boolean;
}

/**
 * The problems to show beside their controls now. After a save attempt, all of them. Before,
 * a control shows its problems once the marketer has left it; what was already there when the
 * editor opened (a stored segment's settings and conditions) shows its real mistakes at once, but
 * not what is merely unfinished. So a new form, a new row, or the blank row that Enter adds is
 * never red before the marketer has had a chance to fill it in.
 */
export function shownProblems(
  problems: readonly Problem[],
  state: Pick<DraftState, 'attemptedSave' | 'touched' | 'baseline'>,
  options: ShownProblemsOptions,
): Problem[] {
  if (state.attemptedSave) return [...problems];
  const existing = nodeIdsOf(state.baseline.blocks.map((block) => block.root));
  return problems.filter((problem) => {
    const target = problem.nodeId ?? options.pathOf(problem);
    if (state.touched.has(target)) return true;
    const seen = problem.nodeId === null ? options.stored : existing.has(problem.nodeId);
    return seen && !UNFINISHED.has(problem.code);
  });
}
