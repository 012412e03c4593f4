/**
 * The CodeMirror side of text mode: highlighting from the domain's tokenizer, completion from its
 * parser, and a theme that takes its colours from palette.ts. Loaded only with the text editor.
 */
import {
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { Annotation, EditorSelection, StateEffect, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, keymap, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import type { FieldCatalog } from '@/domain/model';
import { tokenize, type CompletionOption, type TextCapabilities } from '@/domain/queryText';
import { completionsNear } from './completion';
import { MONOSPACE, TOKEN_CLASS } from './palette';

/** Marks a transaction that rewrote the text from the tree: it is not an edit to read back. */
export const fromTree = Annotation.define<boolean>();

/** Work that fits in a keystroke; a text whose full pass takes longer is re-read once typing pauses. */
export const KEYSTROKE_BUDGET_MS = 4;
/** Texts this short (some 70 conditions) are always read whole with every change: well under a millisecond. */
export const ALWAYS_WHOLE_CHARS = 2000;

/**
 * A full pass's cost, smoothed so that one pause of the browser (a garbage collection, a busy
 * machine) does not put off reading a text that is usually quick to read.
 */
export function smoothedCost(before: number, sample: number): number {
  return before === 0 ? sample : before * 0.6 + sample * 0.4;
}

/** Whether a text is read (or highlighted) whole with every change rather than once typing pauses. */
export function readsEveryChange(length: number, cost: number): boolean {
  return length <= ALWAYS_WHOLE_CHARS || cost <= KEYSTROKE_BUDGET_MS;
}
/** How long typing pauses before a large text is highlighted and read as a whole again. */
export const PAUSE_MS = 150;

const MARKS = Object.fromEntries(
  Object.entries(TOKEN_CLASS).map(([kind, className]) => [kind, Decoration.mark({ class: className })]),
) as Record<keyof typeof TOKEN_CLASS, Decoration>;

function marksOf(text: string, offset = 0): Range<Decoration>[] {
  const marks: Range<Decoration>[] = [];
  for (const token of tokenize(text)) {
    if (token.to > token.from) marks.push(MARKS[token.kind].range(token.from + offset, token.to + offset));
  }
  return marks;
}

const rehighlight = StateEffect.define<null>();

/**
 * Token colours. A small text is tokenized whole on every change; a large one (a full pass over
 * budget) keeps its marks mapped through the edit, re-colours only the lines the edit touched, and
 * is tokenized whole again once typing pauses (fields are told apart by the parser, which needs
 * the whole text).
 */
class Highlighter {
  decorations: DecorationSet;
  private cost = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly view: EditorView) {
    this.decorations = this.full();
  }

  private full(): DecorationSet {
    const start = performance.now();
    const set = Decoration.set(marksOf(this.view.state.doc.toString()));
    this.cost = smoothedCost(this.cost, performance.now() - start);
    return set;
  }

  update(update: ViewUpdate): void {
    if (update.transactions.some((tr) => tr.effects.some((effect) => effect.is(rehighlight)))) {
      this.decorations = this.full();
      return;
    }
    if (!update.docChanged) return;
    if (readsEveryChange(update.state.doc.length, this.cost)) {
      this.decorations = this.full();
      return;
    }
    const { doc } = update.state;
    let decorations = this.decorations.map(update.changes);
    update.changes.iterChangedRanges((_fromA, _toA, fromB, toB) => {
      const first = doc.lineAt(fromB);
      const last = doc.lineAt(toB);
      decorations = decorations.update({
        filterFrom: first.from,
        filterTo: last.to,
        filter: () => false,
        add: marksOf(doc.sliceString(first.from, last.to), first.from),
        sort: true,
      });
    });
    this.decorations = decorations;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.view.dispatch({ effects: rehighlight.of(null) }), PAUSE_MS);
  }

  destroy(): void {
    clearTimeout(this.timer);
  }
}

export const highlighting: Extension = ViewPlugin.fromClass(Highlighter, {
  decorations: (plugin) => plugin.decorations,
});

/**
 * Enter keeps the line's indentation, so a query printed over several lines stays aligned as it
 * grows. Everything else (moving, deleting, selecting, pasting) is the browser's own editing:
 * CodeMirror's command package would add a tenth to the editor's download for little more.
 */
export const newlineKeepsIndent: Extension = keymap.of([
  {
    key: 'Enter',
    run: (view) => {
      if (view.state.readOnly) return false;
      const transaction = view.state.changeByRange((range) => {
        const line = view.state.doc.lineAt(range.from);
        const indent = /^[ \t]*/.exec(line.text)![0].slice(0, range.from - line.from);
        const insert = `\n${indent}`;
        return {
          changes: { from: range.from, to: range.to, insert },
          range: EditorSelection.cursor(range.from + insert.length),
        };
      });
      view.dispatch(transaction, { scrollIntoView: true, userEvent: 'input' });
      return true;
    },
  },
]);

export interface CompletionConfig {
  catalog: FieldCatalog;
  capabilities: TextCapabilities | undefined;
}

const COMPLETION_TYPE: Readonly<Record<CompletionOption['kind'], string>> = {
  field: 'property',
  operator: 'keyword',
  value: 'constant',
  keyword: 'keyword',
};

/** Something being typed right before the cursor: a word, a quoted start, an operator symbol. */
const TYPING = /[\p{L}\p{N}_."`[<>=!]+$/u;
/** What may follow while the same suggestions still apply: they are filtered, not asked for again. */
const STILL_TYPING = /^[\p{L}\p{N}_."`-]*$/u;

/** Fields, operators and values the parser expects at the cursor, from the block's catalog. */
export function completions(config: () => CompletionConfig): Extension {
  const source = (context: CompletionContext): CompletionResult | null => {
    if (!context.explicit && !context.matchBefore(TYPING)) return null;
    const { catalog, capabilities } = config();
    const found = completionsNear(context.state.doc.toString(), context.pos, catalog, capabilities);
    if (found.options.length === 0) return null;
    return {
      from: found.from,
      options: found.options.map((option): Completion => ({
        label: option.label,
        type: COMPLETION_TYPE[option.kind],
        ...(option.detail ? { detail: option.detail } : {}),
        // Fields first, then operators and values, as the parser would take them.
        boost: option.kind === 'keyword' ? -1 : 0,
      })),
      validFor: STILL_TYPING,
    };
  };
  return autocompletion({ override: [source], icons: false, closeOnBlur: true });
}

/** Layout and colours; every colour is a variable palette.ts sets per light and dark scheme. */
export const editorTheme: Extension = EditorView.theme({
  '&': { color: 'var(--qt-text)', backgroundColor: 'transparent' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: MONOSPACE, lineHeight: '1.6', minHeight: '7.5em', maxHeight: '60vh', overflow: 'auto' },
  '.cm-content': { padding: '10px 0', caretColor: 'var(--qt-text)' },
  '.cm-line': { padding: '0 12px' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--qt-text)' },
  '.cm-placeholder': { color: 'var(--qt-muted)', fontStyle: 'normal' },
  '.cm-tooltip': {
    backgroundColor: 'var(--qt-paper)',
    color: 'var(--qt-text)',
    border: '1px solid var(--qt-border)',
    borderRadius: '8px',
    boxShadow: '0 6px 20px rgba(0, 0, 0, 0.18)',
    overflow: 'hidden',
  },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { fontFamily: MONOSPACE, maxHeight: '16em' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul > li': { padding: '3px 10px', lineHeight: '1.5' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': {
    backgroundColor: 'var(--qt-selected)',
    color: 'var(--qt-selected-text)',
  },
  '.cm-completionDetail': {
    fontFamily: 'var(--qt-ui-font, inherit)',
    fontStyle: 'normal',
    opacity: 0.85,
    marginLeft: '1em',
  },
  '.cm-completionMatchedText': { textDecoration: 'none', fontWeight: 700 },
  '.cm-diagnostic': { padding: '4px 10px', fontFamily: 'var(--qt-ui-font, inherit)' },
  '.cm-diagnostic-error': { borderLeft: '4px solid var(--qt-error)' },
  '.cm-diagnostic-warning': { borderLeft: '4px solid var(--qt-warning, #b45309)' },
  '.cm-lintRange-error': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--qt-error)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '.cm-lintRange-warning': {
    backgroundImage: 'none',
    textDecoration: 'underline wavy var(--qt-warning, #b45309)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '.cm-lintPoint-error:after': { borderBottomColor: 'var(--qt-error)' },
});
