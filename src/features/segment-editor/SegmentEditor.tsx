import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { get, useForm, type FieldError } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { Connection } from '@/api/connections';
import { useSaveSegment } from '@/api/mutations';
import type { Database, SegmentsProvider } from '@/api/provider';
import { fieldCatalogOptions } from '@/api/queries';
import { builderCapabilitiesOf } from '@/builder';
import { describeSegment } from '@/domain/describe';
import type { Block, Group, Segment } from '@/domain/model';
import type { Problem } from '@/domain/problems';
import { ConfirmDialog } from '@/ui/ConfirmDialog';
import { useLocale, useMessages } from '@/ui/i18n';
import { ConditionsCard } from './components/ConditionsCard';
import { DraftBanner } from './components/DraftBanner';
import { EditorHeader } from './components/EditorHeader';
import { OverviewPanel } from './components/OverviewPanel';
import { SaveFeedback, type SaveNotice } from './components/SaveFeedback';
import { SettingsCard, type SettingsErrors, type Update, type UpdateBlock } from './components/SettingsCard';
import { clearDraft, draftKey, readDraft } from './draftStore';
import { focusFieldPath, focusProblem } from './focus';
import {
  blockIndexOf,
  errorsOnly,
  fieldPathOf,
  inlineProblems,
  problemsOf,
  sameProblems,
  segmentResolver,
  type ValidationContext,
} from './formProblems';
import { useDatabaseSize, useEstimate } from './hooks/useEstimate';
import { useDebouncedValue } from './hooks/useDebouncedValue';
import { useDraftAutosave } from './hooks/useDraftAutosave';
import { useLeaveGuard } from './hooks/useLeaveGuard';
import { useUndoableValues } from './hooks/useUndoableValues';
import { useUndoShortcuts } from './hooks/useUndoShortcuts';
import { editorMessages } from './messages';
import { describeSaveFailure, displayPath } from './saveFailure';
import { savedHandoff } from '@/ui/savedHandoff';
import { mergeImport, type ImportNote } from './segmentFile';
import {
  newSegmentValues,
  parseFormValues,
  sameValues,
  toFormValues,
  toSegment,
  withDatabase,
  type SegmentFormValues,
} from './segmentForm';

export interface SegmentEditorProps {
  connection: Connection;
  provider: SegmentsProvider;
  /** The stored segment; undefined when creating one. */
  segment: Segment | undefined;
  databases: Database[];
}

interface Start {
  baseline: SegmentFormValues;
  values: SegmentFormValues;
  /** When the restored draft was written; null when nothing was restored. */
  restoredAt: number | null;
}

/** The stored segment (or a blank one), replaced by a local draft when one differs from it. */
function startOf(props: SegmentEditorProps, key: string): Start {
  const baseline = props.segment
    ? toFormValues(props.segment)
    : newSegmentValues(props.provider.capabilities, props.databases[0]?.id ?? 0);
  const draft = readDraft(localStorage, key, parseFormValues);
  if (draft && !sameValues(draft.values, baseline))
    return { baseline, values: draft.values, restoredAt: draft.savedAt };
  if (draft) clearDraft(localStorage, key);
  return { baseline, values: baseline, restoredAt: null };
}

/** Codes that only mean "not finished yet": they do not stop an estimate of what is there. */
const COUNTABLE_DESPITE = new Set(['name_required', 'conditions_required']);

/** How long typing pauses before validation and the overview catch up: under a word's keystrokes. */
const SETTLE_MS = 150;

/** The previous list while the new one says the same, so memoised panels skip re-rendering. */
function useSameProblems(problems: Problem[]): Problem[] {
  const [kept, setKept] = useState(problems);
  const same = sameProblems(kept, problems);
  if (!same) setKept(problems);
  return same ? kept : problems;
}

export function SegmentEditor(props: SegmentEditorProps) {
  const { connection, provider, segment, databases } = props;
  const t = useMessages(editorMessages);
  const locale = useLocale();
  const navigate = useNavigate();
  const capabilities = provider.capabilities;
  const builderCapabilities = useMemo(() => builderCapabilitiesOf(capabilities), [capabilities]);
  const isNew = segment === undefined;
  const key = draftKey(connection.id, isNew ? undefined : String(segment.id));
  const [start] = useState(() => startOf(props, key));
  const { baseline } = start;
  const [restoredAt, setRestoredAt] = useState(start.restoredAt);

  // The catalog follows the database on screen; RHF reads `context` afresh on every validation.
  const [databaseId, setDatabaseId] = useState(start.values.databaseId);
  // Backends without databases (Push0) have one catalog, asked for with NO_DATABASE.
  const catalogQuery = useQuery({
    ...fieldCatalogOptions(provider, databaseId),
    enabled: databaseId > 0 || !capabilities.databases,
  });
  const catalog = catalogQuery.data;
  const form = useForm<SegmentFormValues, ValidationContext>({
    defaultValues: start.values,
    resolver: segmentResolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
    context: { catalog, capabilities },
  });
  const editor = useUndoableValues(form, start.values);
  const { values, change, getValues, syncForm } = editor;
  // Validation and the overview follow typing once it pauses: a keystroke never waits for them
  // (validating and describing 1,000 conditions is milliseconds each). Save validates afresh. The
  // dirty flag stays exact: comparing immutable snapshots skips every unchanged subtree.
  const deferredValues = useDeferredValue(useDebouncedValue(values, SETTLE_MS));
  const dirty = !sameValues(values, baseline);
  if (values.databaseId !== databaseId) setDatabaseId(values.databaseId);

  const problems = useSameProblems(
    useMemo(() => problemsOf(deferredValues, { catalog, capabilities }), [deferredValues, catalog, capabilities]),
  );
  const [attemptedSave, setAttemptedSave] = useState(false);
  const shownInline = useMemo(() => inlineProblems(problems, attemptedSave), [problems, attemptedSave]);
  const [blockIndex, setBlockIndex] = useState(0);
  const activeBlock = Math.min(blockIndex, values.blocks.length - 1);

  // ----- the overview: a keystroke behind under load; the form itself never waits for it --------
  const outgoing = useMemo(() => toSegment(deferredValues), [deferredValues]);
  const deferredProblems = useDeferredValue(problems);
  const estimable =
    catalog !== undefined && !deferredProblems.some((p) => p.severity === 'error' && !COUNTABLE_DESPITE.has(p.code));
  const estimate = useEstimate(provider, outgoing, estimable);
  const databaseSize = useDatabaseSize(provider, values.databaseId);
  const databaseName = databases.find((database) => database.id === values.databaseId)?.name;
  const summary = useMemo(
    () => (catalog ? describeSegment(outgoing, { catalog, ...(databaseName ? { databaseName } : {}) }) : null),
    [outgoing, catalog, databaseName],
  );

  // ----- draft, leaving, history keys ------------------------------------------------------------
  const draft = useDraftAutosave(key, values, dirty);
  const { blocker, allowNextLeave } = useLeaveGuard(dirty);
  const rootRef = useRef<HTMLDivElement>(null);
  useUndoShortcuts(rootRef, editor.undo, editor.redo);

  // ----- edits: stable callbacks that patch the latest values --------------------------------------
  const update = useCallback<Update>((name, patch) => change(name, { ...getValues(), ...patch }), [change, getValues]);
  const updateBlock = useCallback<UpdateBlock>(
    (index, name, patch: Partial<Block>) => {
      const current = getValues();
      change(name, {
        ...current,
        blocks: current.blocks.map((block, i) => (i === index ? { ...block, ...patch } : block)),
      });
    },
    [change, getValues],
  );
  const setDatabase = useCallback(
    (id: number) => change('databaseId', withDatabase(getValues(), id)),
    [change, getValues],
  );
  const onRootChange = useCallback(
    (index: number, root: Group) => updateBlock(index, `blocks.${index}.root`, { root }),
    [updateBlock],
  );

  // ----- errors beside the settings: the form's (server and resolver), else live mistakes -----------
  const { errors } = form.formState;
  const fieldError = (path: string) => get(errors, path) as FieldError | undefined;
  const errorOf = (path: string): string | undefined =>
    fieldError(path)?.message ??
    shownInline.find((p) => p.nodeId === null && p.severity === 'error' && fieldPathOf(p, values) === path)?.message;
  const settingsErrors: SettingsErrors = {
    name: errorOf('name'),
    description: errorOf('description'),
    tags: errorOf('tags'),
    kind: errorOf('kind') ?? errorOf('refreshDaily'),
    database: errorOf('databaseId'),
    sample: errorOf(`blocks.${activeBlock}.sample`),
    limit: errorOf(`blocks.${activeBlock}.limit`),
  };
  const rootError = fieldError(`blocks.${activeBlock}.root`);
  const rootServerError = rootError?.type === 'server' ? rootError.message : undefined;

  // ----- focus -----------------------------------------------------------------------------------
  const showProblem = useCallback(
    (problem: Problem) => {
      const current = getValues();
      if (problem.nodeId === null) {
        focusProblem(problem, current);
        return;
      }
      // A node of another block shows once its tab is selected.
      setBlockIndex(blockIndexOf(current, problem.nodeId));
      requestAnimationFrame(() => focusProblem(problem, current));
    },
    [getValues],
  );

  // ----- save ------------------------------------------------------------------------------------
  const save = useSaveSegment(provider);
  const saving = useRef(false);
  const stored = useRef(false);
  const networkRetry = useRef<{ requestId: string; body: string } | null>(null);
  const [notice, setNotice] = useState<SaveNotice | null>(null);

  const submitValid = async (): Promise<void> => {
    const segmentNow = toSegment(getValues());
    const body = JSON.stringify(segmentNow);
    const retry = networkRetry.current?.body === body ? networkRetry.current.requestId : undefined;
    setNotice(null);
    try {
      const saved = await save.mutateAsync(retry ? { segment: segmentNow, requestId: retry } : { segment: segmentNow });
      networkRetry.current = null;
      stored.current = true;
      draft.stop();
      allowNextLeave();
      void navigate(`/segments/${saved.id}`, { state: savedHandoff(saved.id, segmentNow.name) });
    } catch (error) {
      const failure = describeSaveFailure(error);
      // Only a write that may never have arrived is retried under its own Request-ID.
      networkRetry.current =
        failure.retrySameWrite && failure.requestId ? { requestId: failure.requestId, body } : null;
      if (failure.offline) draft.flush();
      for (const field of failure.fields) {
        if (field.onForm) form.setError(displayPath(field.path) as never, { type: 'server', message: field.message });
      }
      setNotice({ kind: 'failure', failure });
      const first = failure.fields.find((field) => field.onForm);
      if (first) requestAnimationFrame(() => focusFieldPath(displayPath(first.path), getValues()));
    }
  };

  const submitInvalid = () => {
    const blocking = errorsOnly(problemsOf(getValues(), { catalog, capabilities }));
    setNotice({ kind: 'problems', count: Math.max(blocking.length, 1) });
    const first = blocking[0];
    if (first) showProblem(first);
  };

  const onSave = async () => {
    // One save at a time: a double click must not send the request twice.
    if (saving.current) return;
    saving.current = true;
    setAttemptedSave(true);
    try {
      syncForm();
      await form.handleSubmit(submitValid, submitInvalid)();
    } finally {
      // After a successful save the page is leaving: a late second click must find Save locked.
      saving.current = stored.current;
    }
  };

  // ----- import, draft banner --------------------------------------------------------------------
  const applyImport = (imported: Segment): ImportNote[] => {
    const merged = mergeImport(getValues(), imported, {
      databaseLocked: !isNew,
      databaseIds: databases.map((database) => database.id),
      kinds: capabilities.kinds,
    });
    change(undefined, merged.values);
    setBlockIndex(0);
    return merged.notes;
  };

  const discardDraft = () => {
    draft.discard();
    change(undefined, baseline);
    setRestoredAt(null);
  };

  const groupCounts = estimate.available && values.kind !== 'static' ? estimate.perGroup : undefined;

  return (
    <Box ref={rootRef}>
      <EditorHeader
        title={isNew ? t('title.new') : t('title.edit', { name: segment.name })}
        maxDepth={capabilities.maxDepth}
        dirty={dirty}
        saving={save.isPending || save.isSuccess}
        onSave={() => void onSave()}
        canUndo={editor.canUndo}
        canRedo={editor.canRedo}
        onUndo={editor.undo}
        onRedo={editor.redo}
        exportable={outgoing}
        onImport={applyImport}
      />
      {restoredAt !== null ? (
        <DraftBanner
          savedAt={restoredAt}
          locale={locale}
          onDiscard={discardDraft}
          onClose={() => setRestoredAt(null)}
        />
      ) : null}
      <SaveFeedback notice={notice} onClose={() => setNotice(null)} />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          alignItems: 'start',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) 360px', xl: 'minmax(0, 1fr) 420px' },
        }}
      >
        <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
          <SettingsCard
            values={values}
            update={update}
            updateBlock={updateBlock}
            setDatabase={setDatabase}
            capabilities={capabilities}
            databases={databases}
            databaseLocked={!isNew}
            databaseSize={databaseSize}
            blockIndex={activeBlock}
            errors={settingsErrors}
          />
          <ConditionsCard
            blocks={values.blocks}
            kind={values.kind}
            conditionsSupported={capabilities.conditions}
            catalog={catalog}
            catalogError={catalogQuery.error}
            onRetryCatalog={catalogQuery.refetch}
            capabilities={builderCapabilities}
            problems={shownInline}
            groupCounts={groupCounts}
            countsPending={estimate.pending}
            blockIndex={activeBlock}
            onBlockIndex={setBlockIndex}
            onRootChange={onRootChange}
            serverError={rootServerError}
          />
        </Box>
        <OverviewPanel
          estimate={estimate}
          estimable={estimable}
          kind={outgoing.kind}
          summary={summary}
          problems={problems}
          onShowProblem={showProblem}
          provider={provider}
          segment={outgoing}
        />
      </Box>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('leave.title')}
        body={t('leave.body')}
        confirmLabel={t('leave.go')}
        cancelLabel={t('leave.stay')}
        destructive
        onConfirm={() => {
          draft.flush();
          blocker.proceed?.();
        }}
        onCancel={() => blocker.reset?.()}
      />
    </Box>
  );
}
