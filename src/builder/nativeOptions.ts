import { useLayoutEffect, type RefObject } from 'react';

export interface NativeOption {
  value: string;
  label: string;
}

/*
 * Native <select> options without React. Operator selects repeat the same ten-odd options on
 * every row; rendering them as React elements was a third of the cost of mounting 1,000 rows.
 * Instead each select clones a cached <template>, and in a large tree only the first selects of a
 * render are filled at once: the rest show their current option and are completed in idle time,
 * or immediately when the user focuses or presses one.
 */

/** Selects filled synchronously per task: the rows a user can see first. */
const SYNC_FILLS_PER_TASK = 48;
/** Selects completed per idle slice. */
const FILLS_PER_SLICE = 150;

// Which list each select currently holds, so a value change does not rebuild its options.
const filled = new WeakMap<HTMLSelectElement, readonly NativeOption[]>();
// One parsed <template> per option list; every select of that list clones it.
const templates = new WeakMap<readonly NativeOption[], HTMLTemplateElement>();
// Selects still showing only their current option, with what they should hold.
const pending = new Map<HTMLSelectElement, { options: readonly NativeOption[]; value: string }>();
let settledWaiters: (() => void)[] = [];

function templateFor(options: readonly NativeOption[]): HTMLTemplateElement {
  let template = templates.get(options);
  if (!template) {
    template = document.createElement('template');
    for (const { value, label } of options) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = label;
      template.content.append(option);
    }
    templates.set(options, template);
  }
  return template;
}

function fillNow(select: HTMLSelectElement, options: readonly NativeOption[], value: string): void {
  pending.delete(select);
  // Choose the option before inserting, so the select never selects one of its own first.
  const fragment = templateFor(options).content.cloneNode(true) as DocumentFragment;
  const option = fragment.children[options.findIndex((candidate) => candidate.value === value)];
  if (option instanceof HTMLOptionElement) option.selected = true;
  select.replaceChildren(fragment);
  filled.set(select, options);
}

let fillsThisTask = 0;
let budgetResetQueued = false;

function takeSyncBudget(): boolean {
  if (!budgetResetQueued) {
    budgetResetQueued = true;
    setTimeout(() => {
      budgetResetQueued = false;
      fillsThisTask = 0;
    }, 0);
  }
  fillsThisTask += 1;
  return fillsThisTask <= SYNC_FILLS_PER_TASK;
}

const whenIdle: (work: () => void) => void =
  typeof requestIdleCallback === 'function' ? (work) => requestIdleCallback(work) : (work) => setTimeout(work, 0);

let sliceQueued = false;

function fillSlice(): void {
  sliceQueued = false;
  let count = 0;
  for (const [select, { options, value }] of pending) {
    if (count++ >= FILLS_PER_SLICE) break;
    if (select.isConnected) fillNow(select, options, value);
    else pending.delete(select);
  }
  if (pending.size > 0) queueSlice();
  else {
    const waiters = settledWaiters;
    settledWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

function queueSlice(): void {
  if (sliceQueued) return;
  sliceQueued = true;
  whenIdle(fillSlice);
}

function fill(select: HTMLSelectElement, options: readonly NativeOption[], value: string): void {
  if (filled.get(select) === options) {
    select.value = value;
    return;
  }
  if (takeSyncBudget()) {
    fillNow(select, options, value);
    return;
  }
  const current = options.find((option) => option.value === value) ?? options[0];
  select.replaceChildren(new Option(current?.label ?? '', current?.value ?? '', true, true));
  filled.delete(select);
  pending.set(select, { options, value });
  queueSlice();
}

/** Completes a select's options now: call it when the user is about to use the select. */
export function ensureOptions(select: HTMLSelectElement): void {
  const waiting = pending.get(select);
  if (waiting) fillNow(select, waiting.options, waiting.value);
}

/** Resolves once every select has all of its options (for benchmarks and tests). */
export function optionsSettled(): Promise<void> {
  if (pending.size === 0) return Promise.resolve();
  return new Promise((resolve) => settledWaiters.push(resolve));
}

/**
 * Keeps a native <select> filled with `options` and showing `value`. `options` must keep its
 * identity while its content is the same (memoise it); wire `ensureOptions` to focus and pointer down.
 */
export function useNativeOptions(
  ref: RefObject<HTMLSelectElement | null>,
  options: readonly NativeOption[],
  value: string,
): void {
  useLayoutEffect(() => {
    const select = ref.current;
    if (!select) return;
    fill(select, options, value);
    return () => {
      pending.delete(select);
    };
  }, [ref, options, value]);
}
