/**
 * Text mode's two-way sync, kept apart from CodeMirror so it can be tested on its own.
 *
 * - Text → tree: edited text that parses becomes the block's root. Nodes the edit did not touch
 *   keep their ids and their objects (the builder and the undo history rely on both), and the root
 *   always keeps its id.
 * - Tree → text: a root that changed elsewhere (the builder, undo, an import) rewrites the text,
 *   unless the text already reads as that tree: then the marketer's own formatting stays. A text
 *   once read as a root is remembered with it, so undo and a trip through the Visual view bring
 *   back the text exactly as it was typed.
 */
import type { ConditionValue, FieldCatalog, Group, OpaqueCondition, TreeNode } from '@/domain/model';
import { opaqueNodesOf, parseQuery, printGroup, type TextCapabilities, type TextProblem } from '@/domain/queryText';
import type { BuilderCapabilities } from '../capabilities';

/** The capabilities the parser checks, from the builder's: text may store no more than the builder. */
export function textCapabilitiesOf(capabilities: BuilderCapabilities): TextCapabilities {
  return {
    not: capabilities.not,
    maxConditionsPerGroup: capabilities.maxConditionsPerGroup,
    fixedRootCombinator: capabilities.fixedRootCombinator ?? null,
    // An unlimited depth is no limit at all: the parser then skips the bookkeeping limits need.
    ...(Number.isFinite(capabilities.maxDepth) ? { maxDepth: capabilities.maxDepth } : {}),
    ...(capabilities.operatorsByType ? { operators: capabilities.operatorsByType } : {}),
  };
}

function sameValue(a: ConditionValue, b: ConditionValue): boolean {
  switch (a.kind) {
    case 'none':
      return b.kind === 'none';
    case 'one':
      return b.kind === 'one' && Object.is(a.value, b.value);
    case 'two':
      return b.kind === 'two' && Object.is(a.from, b.from) && Object.is(a.to, b.to);
    case 'list':
      return (
        b.kind === 'list' && a.values.length === b.values.length && a.values.every((v, i) => Object.is(v, b.values[i]))
      );
  }
}

/** Whether two trees say the same thing; ids aside (opaque conditions are told apart by theirs). */
export function sameTree(a: TreeNode, b: TreeNode): boolean {
  if (a === b) return true;
  switch (a.type) {
    case 'group':
      return (
        b.type === 'group' &&
        a.combinator === b.combinator &&
        Boolean(a.not) === Boolean(b.not) &&
        a.children.length === b.children.length &&
        a.children.every((child, i) => sameTree(child, b.children[i]!))
      );
    case 'condition':
      return b.type === 'condition' && a.field === b.field && a.operator === b.operator && sameValue(a.value, b.value);
    case 'opaque':
      return b.type === 'opaque' && a.id === b.id;
  }
}

function reconcileNode(previous: TreeNode, next: TreeNode): TreeNode {
  if (sameTree(previous, next)) return previous;
  // Opaque conditions come back with their own ids; a node of another kind is a new node.
  if (next.type === 'opaque' || previous.type !== next.type) return next;
  if (next.type === 'condition') return { ...next, id: previous.id };
  return reconcileGroup(previous as Group, next as Group);
}

function reconcileGroup(previous: Group, next: Group): Group {
  const old = previous.children;
  const now = next.children;
  const children: TreeNode[] = new Array<TreeNode>(now.length);
  // Unchanged children at either end stay as they were; the ones between pair up by position.
  let start = 0;
  while (start < old.length && start < now.length && sameTree(old[start]!, now[start]!)) {
    children[start] = old[start]!;
    start += 1;
  }
  let oldEnd = old.length;
  let newEnd = now.length;
  while (oldEnd > start && newEnd > start && sameTree(old[oldEnd - 1]!, now[newEnd - 1]!)) {
    oldEnd -= 1;
    newEnd -= 1;
    children[newEnd] = old[oldEnd]!;
  }
  for (let i = start; i < newEnd; i++) {
    children[i] = i < oldEnd ? reconcileNode(old[i]!, now[i]!) : now[i]!;
  }
  const group: Group = { type: 'group', id: previous.id, combinator: next.combinator, children };
  if (next.not) group.not = true;
  return group;
}

/**
 * `next` (a freshly parsed tree) with what it shares with `previous` taken from `previous`: the
 * root's id always, equal subtrees as the same objects, and the ids of nodes of the same kind at
 * the same place. A value typed into one condition thus stays an edit of that condition.
 */
export function reconcile(previous: Group, next: Group): Group {
  if (sameTree(previous, next)) return previous;
  return reconcileGroup(previous, next);
}

/** The smallest replacement that turns `before` into `after`, so the cursor and scroll stay put. */
export function minimalChange(before: string, after: string): { from: number; to: number; insert: string } | null {
  if (before === after) return null;
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let end = 0;
  while (
    end < limit - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end += 1;
  }
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start -= 1;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end -= 1;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Texts known to read as a root, by root: undo brings its text back as it was typed. */
const textsByRoot = new WeakMap<Group, string>();

export interface SyncContext {
  catalog: FieldCatalog;
  capabilities?: TextCapabilities;
  newId: () => string;
}

export type TextReading =
  /** The text reads as `root`: `changed` says whether it differs from the root before. */
  | { ok: true; root: Group; changed: boolean; warnings: TextProblem[] }
  /** The text does not read as a tree; the root stays as it was. */
  | { ok: false; errors: TextProblem[]; warnings: TextProblem[] };

/** The state of one text view of one block's root. */
export class TextSync {
  private current: Group;
  private shown: string;
  /** Every kept vendor rule seen, so one cut and pasted back is found again. */
  private readonly opaque = new Map<string, OpaqueCondition>();

  constructor(
    root: Group,
    private context: SyncContext,
  ) {
    this.current = root;
    this.remember(root);
    this.shown = this.textOf(root);
  }

  /** The root the text stands for: the last tree it read as, or the last one it was given. */
  get root(): Group {
    return this.current;
  }

  /** The text as the view shows it. */
  get text(): string {
    return this.shown;
  }

  setContext(context: SyncContext): void {
    this.context = context;
  }

  /** Reads the view's text after an edit. */
  edit(text: string): TextReading {
    this.shown = text;
    const result = parseQuery(text, {
      catalog: this.context.catalog,
      opaque: this.opaque,
      newId: this.context.newId,
      ...(this.context.capabilities ? { capabilities: this.context.capabilities } : {}),
    });
    if (!result.ok) return result;
    const root = reconcile(this.current, result.root);
    const changed = root !== this.current;
    this.current = root;
    textsByRoot.set(root, text);
    return { ok: true, root, changed, warnings: result.warnings };
  }

  /**
   * The block's root as it is now, maybe changed elsewhere. Returns the text the view should show,
   * or null when the view's text stays: it already stands for this root.
   */
  update(root: Group): string | null {
    if (root === this.current) return null;
    this.current = root;
    this.remember(root);
    const known = textsByRoot.get(root);
    if (known === undefined) {
      // Edits of its own that read as the same tree are the marketer's formatting: they stay.
      const reading = parseQuery(this.shown, {
        catalog: this.context.catalog,
        opaque: this.opaque,
        newId: this.context.newId,
      });
      if (reading.ok && sameTree(reading.root, root)) {
        textsByRoot.set(root, this.shown);
        return null;
      }
    }
    const text = known ?? this.textOf(root);
    if (text === this.shown) return null;
    this.shown = text;
    return text;
  }

  private textOf(root: Group): string {
    let text = textsByRoot.get(root);
    if (text === undefined) {
      text = printGroup(root, this.context.catalog);
      textsByRoot.set(root, text);
    }
    return text;
  }

  private remember(root: Group): void {
    for (const [id, node] of opaqueNodesOf(root)) this.opaque.set(id, node);
  }
}
