/**
 * Moving focus to where a problem is: a settings control by its form path, or a condition's
 * control inside the builder (rows carry `data-node-id`, their controls `data-focus-key`).
 */
import type { Problem, ProblemPath } from '@/domain/problems';
import { FIELD_IDS } from './components/SettingsCard';
import { SAMPLE_FROM_ID, SAMPLE_SIZE_ID } from './components/SampleField';
import { fieldPathOf } from './formProblems';
import type { SegmentFormValues } from './segmentForm';

/** The builder control a problem's part points at; a group problem goes to its "Add condition". */
const FOCUS_KEY: Partial<Record<ProblemPath, string>> = {
  field: 'field',
  operator: 'operator',
  value: 'value',
  conditions: 'add-condition',
};

function reveal(element: HTMLElement | null | undefined): boolean {
  if (!element) return false;
  element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
  return true;
}

function nodeElement(nodeId: string): HTMLElement | undefined {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-node-id]')).find(
    (el) => el.dataset.nodeId === nodeId,
  );
}

/** A control of this node itself, not of a node nested inside it. */
function ownControl(scope: HTMLElement, key: string): HTMLElement | undefined {
  return Array.from(scope.querySelectorAll<HTMLElement>(`[data-focus-key="${key}"]`)).find(
    (element) => element.closest('[data-node-id]') === scope,
  );
}

export function focusNode(nodeId: string, path?: ProblemPath): boolean {
  const scope = nodeElement(nodeId);
  if (!scope) return false;
  const wanted = path ? FOCUS_KEY[path] : undefined;
  const keys = [wanted, 'field', 'add-condition'].filter((key): key is string => key !== undefined);
  for (const key of keys) {
    const control = ownControl(scope, key);
    if (control) return reveal(control);
  }
  return reveal(scope.querySelector<HTMLElement>('[data-focus-key]'));
}

/** Focuses the control of a form path ("name", "blocks.0.limit", "blocks.0.root" ...). */
export function focusFieldPath(path: string, values: Pick<SegmentFormValues, 'blocks'>): boolean {
  const byId = (id: string) => reveal(document.getElementById(id));
  if (path === 'name') return byId(FIELD_IDS.name);
  if (path === 'description') return byId(FIELD_IDS.description);
  if (path === 'tags') return byId(FIELD_IDS.tags);
  if (path === 'databaseId') return byId(FIELD_IDS.database);
  if (path === 'kind' || path === 'refreshDaily') {
    return reveal(document.querySelector<HTMLElement>('[role="radiogroup"] input:checked'));
  }
  const block = /^blocks\.(\d+)\.(\w+)/.exec(path);
  // The exact range when it is open, else the sample size.
  if (block?.[2] === 'sample') return byId(SAMPLE_FROM_ID) || byId(SAMPLE_SIZE_ID);
  if (block?.[2] === 'limit') return byId(FIELD_IDS.limit);
  const root = values.blocks[Number(block?.[1] ?? 0)]?.root;
  return root ? focusNode(root.id, 'conditions') : false;
}

export function focusProblem(problem: Problem, values: Pick<SegmentFormValues, 'blocks'>): boolean {
  if (problem.nodeId !== null) return focusNode(problem.nodeId, problem.path);
  return focusFieldPath(fieldPathOf(problem, values), values);
}
