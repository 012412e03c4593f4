/**
 * Text mode's editor: one block's conditions as a query in CodeMirror, read back into the tree as
 * soon as the text parses (textSync.ts). Loaded lazily (lazy.ts): Visual users never download it.
 */
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createId } from '@/domain/ids';
import type { FieldCatalog, Group } from '@/domain/model';
import type { TextProblem } from '@/domain/queryText';
import { useLocale, useMessages } from '@/ui/i18n';
import type { BuilderCapabilities } from '../capabilities';
import { builderMessages } from '../messages';
import {
  completions,
  editorTheme,
  fromTree,
  highlighting,
  newlineKeepsIndent,
  PAUSE_MS,
  readsEveryChange,
  smoothedCost,
} from './codemirror';
import { CopyTextButton } from './CopyTextButton';
import { codeAreaSx, queryTextSx } from './palette';
import { problemText } from './problemMessages';
import { minimalChange, textCapabilitiesOf, TextSync, type SyncContext } from './textSync';

/** The first error of a text that does not read as a tree, for Save to name and to go to. */
export interface TextProblemReport {
  line: number;
  column: number;
  message: string;
  /** Puts the cursor on the error and focuses the editor. */
  focus: () => void;
}

export interface QueryTextEditorProps {
  root: Group;
  onRootChange: (root: Group) => void;
  catalog: FieldCatalog;
  capabilities: BuilderCapabilities;
  /** Called with the first error when the text stops reading as a tree, and with null once it does. */
  onProblem?: (problem: TextProblemReport | null) => void;
}

interface Shown {
  first: TextProblem | null;
  errors: number;
}

const NOTHING_SHOWN: Shown = { first: null, errors: 0 };

/** A form being saved is disabled: its conditions must not change under the save. */
const isLocked = (element: Element | null) => element?.closest('fieldset:disabled') != null;

export default function QueryTextEditor(props: QueryTextEditorProps) {
  const t = useMessages(builderMessages);
  const locale = useLocale();
  const errorId = useId();
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const [shown, setShown] = useState<Shown>(NOTHING_SHOWN);

  // Everything the editor's callbacks read, always the latest.
  const context: SyncContext = {
    catalog: props.catalog,
    capabilities: textCapabilitiesOf(props.capabilities),
    newId: createId,
  };
  const latest = useRef({ ...props, context, locale });
  useLayoutEffect(() => {
    latest.current = { ...props, context, locale };
  });
  const [sync] = useState(() => new TextSync(props.root, context));

  /** Set while the editor exists: shows the block's root as it is now (see the effect below). */
  const showRoot = useRef<((root: Group) => void) | null>(null);

  useEffect(() => {
    const parent = host.current!;
    let pending: ReturnType<typeof setTimeout> | undefined;
    let queued = false;
    let readCost = 0;
    let reported: TextProblem | null = null;
    let invalidNow = false;
    const invalid = new Compartment();
    const ariaInvalid = (on: boolean) => EditorView.contentAttributes.of({ 'aria-invalid': on ? 'true' : 'false' });

    const cancelRead = () => {
      clearTimeout(pending);
      pending = undefined;
      queued = false;
    };

    /** Underlines the problems, says the first error below the editor, and tells the form. */
    const show = (errors: readonly TextProblem[], warnings: readonly TextProblem[]) => {
      const { locale: language, onProblem } = latest.current;
      const diagnostics = [
        ...errors.map((problem) => diagnosticOf(problem, 'error', language)),
        ...warnings.map((problem) => diagnosticOf(problem, 'warning', language)),
      ];
      const first = errors[0] ?? null;
      const effects = [setDiagnostics(view.state, diagnostics).effects ?? []].flat();
      if (invalidNow !== (first !== null)) {
        invalidNow = first !== null;
        effects.push(invalid.reconfigure(ariaInvalid(invalidNow)));
      }
      view.dispatch({ effects });
      setShown((before) =>
        before.errors === errors.length && sameProblem(before.first, first) ? before : { first, errors: errors.length },
      );
      if (sameProblem(reported, first)) return;
      reported = first;
      onProblem?.(
        first && {
          line: first.line,
          column: first.column,
          message: problemText(first, language),
          focus: () => {
            view.focus();
            view.dispatch({ selection: { anchor: Math.min(first.from, view.state.doc.length) }, scrollIntoView: true });
          },
        },
      );
    };

    /** Reads the text into the tree; `send` is false for the first reading, which only shows problems. */
    const read = (send = true) => {
      cancelRead();
      const start = performance.now();
      sync.setContext(latest.current.context);
      const reading = sync.edit(view.state.doc.toString());
      readCost = smoothedCost(readCost, performance.now() - start);
      show(reading.ok ? [] : reading.errors, reading.warnings);
      if (send && reading.ok && reading.changed) latest.current.onRootChange(reading.root);
    };

    const view = new EditorView({
      parent,
      state: EditorState.create({
        doc: sync.text,
        extensions: [
          // Undo belongs to the form's history (useEditorShortcuts): a waiting read goes first, and
          // the key then travels on to the form. CodeMirror's own history is left out.
          keymap.of(
            ['Mod-z', 'Mod-y', 'Mod-Shift-z'].map((key) => ({
              key,
              run: () => {
                if (pending !== undefined || queued) read();
                return false;
              },
            })),
          ),
          newlineKeepsIndent,
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': t('text.label'), 'aria-describedby': errorId }),
          invalid.of(ariaInvalid(false)),
          placeholder(t('text.placeholder')),
          highlighting,
          completions(() => ({
            catalog: latest.current.catalog,
            capabilities: latest.current.context.capabilities,
          })),
          editorTheme,
          EditorState.transactionFilter.of((tr) =>
            tr.docChanged && !tr.annotation(fromTree) && isLocked(parent) ? [] : tr,
          ),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged || update.transactions.every((tr) => tr.annotation(fromTree))) return;
            // A small text is read with every change (right after it, outside CodeMirror's update);
            // a large one once typing pauses.
            if (readsEveryChange(update.state.doc.length, readCost)) {
              if (queued) return;
              queued = true;
              queueMicrotask(() => {
                if (queued) read();
              });
            } else {
              clearTimeout(pending);
              pending = setTimeout(read, PAUSE_MS);
            }
          }),
        ],
      }),
    });
    viewRef.current = view;
    read(false);

    showRoot.current = (root) => {
      sync.setContext(latest.current.context);
      const text = sync.update(root);
      if (text === null) return;
      // The tree wins over edits not read yet: they were made to the text of another tree.
      cancelRead();
      const change = minimalChange(view.state.doc.toString(), text);
      if (change) view.dispatch({ changes: change, annotations: fromTree.of(true) });
      // Only to show what the new text says (warnings such as an unknown field); nothing is sent.
      read(false);
    };

    return () => {
      cancelRead();
      showRoot.current = null;
      viewRef.current = null;
      view.destroy();
      if (reported) latest.current.onProblem?.(null);
    };
    // The editor is made once (again only when the language changes); the rest is read through `latest`.
  }, [sync, errorId, t]);

  // A tree changed elsewhere (the builder, undo, an import) rewrites the text, unless it reads so already.
  useEffect(() => {
    showRoot.current?.(props.root);
  }, [props.root]);

  const { first, errors } = shown;
  return (
    <Box sx={(theme) => ({ ...queryTextSx(theme), display: 'grid', gap: 1 })}>
      <Box
        ref={host}
        sx={{
          ...codeAreaSx,
          '&:focus-within': { outline: '2px solid var(--qt-focus)', outlineOffset: '-1px' },
          ...(first ? { borderColor: 'var(--qt-error)' } : {}),
        }}
      />
      <Box
        sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, justifyContent: 'space-between', flexWrap: 'wrap' }}
      >
        <Box id={errorId} sx={{ flex: '1 1 320px', minWidth: 0 }}>
          {first ? (
            <Typography variant="body2" sx={{ color: 'var(--qt-error)', fontWeight: 500 }}>
              {t('text.error', { line: first.line, column: first.column, message: problemText(first, locale) })}
              {errors > 1 ? ` ${t('text.moreErrors', { count: errors - 1 })}` : ''}
            </Typography>
          ) : (
            <Typography variant="body2" color="textSecondary">
              {t('text.hint')}
            </Typography>
          )}
        </Box>
        <CopyTextButton getText={() => viewRef.current?.state.doc.toString() ?? sync.text} />
      </Box>
    </Box>
  );
}

function sameProblem(a: TextProblem | null, b: TextProblem | null): boolean {
  if (a === null || b === null) return a === b;
  return a.code === b.code && a.from === b.from && a.to === b.to && a.line === b.line && a.column === b.column;
}

function diagnosticOf(problem: TextProblem, severity: Diagnostic['severity'], locale: string): Diagnostic {
  return { from: problem.from, to: problem.to, severity, message: problemText(problem, locale) };
}
