import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { readItem, type Connection } from '@/api/connections';
import { apiErrorText } from '@/api/errors';
import { fingerprint } from '@/api/fingerprint';
import { useSaveSegment } from '@/api/mutations';
import type { Database, SegmentsProvider } from '@/api/provider';
import { fieldCatalogOptions } from '@/api/queries';
import { builderCapabilitiesOf } from '@/builder';
import { describeSegment } from '@/domain/describe';
import type { Block, Group, Segment } from '@/domain/model';
import type { Problem } from '@/domain/problems';
import { segmentSchema } from '@/domain/schemas';
import { CardBoundary } from '@/ui/CardBoundary';
import { ConfirmDialog } from '@/ui/ConfirmDialog';
import { useDomainLocale, useLocale, useMessages } from '@/ui/i18n';
import { ConditionsCard } from './components/ConditionsCard';
import { DraftBanner } from './components/DraftBanner';
import { DraftConflictDialog } from './components/DraftConflictDialog';
import { EditorHeader } from './components/EditorHeader';
import { OverviewPanel } from './components/OverviewPanel';
import { SaveFeedback, type SaveNotice } from './components/SaveFeedback';
import { FIELD_IDS, SettingsCard, type SettingsErrors, type Update, type UpdateBlock } from './components/SettingsCard';
import { adoptOrphanDraft, clearDraft, draftKey, readDraft, type DraftMeta, type UncertainWrite } from './draftStore';
import { startEditorHeartbeat, sweepHeartbeats } from './editorTabs';
import { focusFieldPath, focusProblem } from './focus';
import { shownProblems, toFormPath, type FormPath } from './draftModel';
import { blockIndexOf, errorsOnly, fieldPathOf, problemsOf, sameProblems } from './formProblems';
import { useDatabaseSize, useEstimate, useUnsampledCounts } from './hooks/useEstimate';
import { useDebouncedValue } from './hooks/useDebouncedValue';
import { useDraftAutosave } from './hooks/useDraftAutosave';
import { useLeaveGuard } from '@/ui/useLeaveGuard';
import { useSegmentDraft } from './hooks/useSegmentDraft';
import { useTouchOnLeave } from './hooks/useTouchOnLeave';
import { useTextProblems } from './hooks/useTextProblems';
import { useEditorShortcuts } from './hooks/useEditorShortcuts';
import { editorMessages } from './messages';
import { describeSaveFailure, type SaveFailure } from './saveFailure';
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
  /** The server copy's fingerprint: a draft made from another one is out of date. */
  base: string | undefined;
  /** The restored draft started from an older server copy: ask before using it. */
  conflict: boolean;
  /** A save of an earlier session whose outcome is unknown; a retry reuses its Request-ID. */
  uncertainWrite: UncertainWrite | null;
}

/** The server copy as the vendor stores it, fingerprinted: node ids and key order cannot fool it. */
function serverVersion(provider: SegmentsProvider, segment: Segment | undefined): string | undefined {
  if (!segment) return undefined;
  try {
    return fingerprint({ stored: provider.payload(segment).body });
  } catch {
    return undefined;
  }
}

/** The stored segment (or a blank one), replaced by a local draft when one differs from it. */
function startOf(props: SegmentEditorProps, key: string): Start {
  const baseline = props.segment
    ? toFormValues(props.segment)
    : newSegmentValues(props.provider.capabilities, props.databases[0]?.id ?? 0);
  const base = serverVersion(props.provider, props.segment);
  // Nothing of this tab's own: take over what a closed or crashed tab left of this segment.
  if (readItem(localStorage, key) === null) {
    adoptOrphanDraft(
      localStorage,
      props.connection.id,
      props.segment?.id === undefined ? undefined : String(props.segment.id),
    );
  }
  const draft = readDraft(localStorage, key, parseFormValues);
  if (draft && (!sameValues(draft.values, baseline) || draft.uncertainWrite)) {
    return {
      baseline,
      values: draft.values,
      restoredAt: draft.savedAt,
      base,
      conflict: draft.base !== undefined && base !== undefined && draft.base !== base,
      uncertainWrite: draft.uncertainWrite ?? null,
    };
  }
  if (draft) clearDraft(localStorage, key);
  return { baseline, values: baseline, restoredAt: null, base, conflict: false, uncertainWrite: null };
}

/** Codes that only mean "not finished yet": they do not stop an estimate of what is there. */
const COUNTABLE_DESPITE = new Set(['name_required', 'conditions_required']);

/**
 * A server's complaints by the form path that shows them. A conflict (409) on a save is the one
 * unique thing a segment has, its name, so it marks Name even when the server names no field.
 */
export function serverErrorsOf(failure: SaveFailure, duplicateName: string): Partial<Record<FormPath, string>> {
  const errors: Partial<Record<FormPath, string>> = {};
  for (const field of failure.fields) {
    const path = toFormPath(field.path);
    if (path && errors[path] === undefined) errors[path] = field.message;
  }
  const error = failure.error;
  const conflict = typeof error === 'object' && error !== null && 'code' in error && error.code === 409;
  if (conflict && errors.name === undefined) errors.name = duplicateName;
  return errors;
}

/** How long typing pauses before validation and the overview catch up: under a word's keystrokes. */
const SETTLE_MS = 150;

/**
 * The previous list while the new one says the same, so memoised panels skip re-rendering; also
 * while there is no new one yet (null).
 */
function useSameProblems(problems: Problem[] | null): Problem[] {
  const [kept, setKept] = useState(problems ?? []);
  if (problems === null) return kept;
  const same = sameProblems(kept, problems);
  if (!same) setKept(problems);
  return same ? kept : problems;
}

export function SegmentEditor(props: SegmentEditorProps) {
  const { connection, provider, segment, databases } = props;
  const t = useMessages(editorMessages);
  const locale = useLocale();
  const domainLocale = useDomainLocale();
  const navigate = useNavigate();
  const capabilities = provider.capabilities;
  const builderCapabilities = useMemo(() => builderCapabilitiesOf(capabilities), [capabilities]);
  const isNew = segment === undefined;
  const key = draftKey(connection.id, isNew ? undefined : String(segment.id));
  const [start] = useState(() => startOf(props, key));
  const { baseline } = start;
  const [restoredAt, setRestoredAt] = useState(start.restoredAt);
  const [conflictOpen, setConflictOpen] = useState(start.conflict);
  // While this editor is open its tab's drafts are its own; other tabs leave them alone.
  useEffect(() => {
    sweepHeartbeats();
    return startEditorHeartbeat();
  }, []);

  // The catalog follows the database on screen.
  const [databaseId, setDatabaseId] = useState(start.values.databaseId);
  // Backends without databases (Push0) have one catalog, asked for with NO_DATABASE.
  const catalogQuery = useQuery({
    ...fieldCatalogOptions(provider, databaseId),
    enabled: databaseId > 0 || !capabilities.databases,
  });
  const catalog = catalogQuery.data;
  // The card shows the error's message: it gets one in the reader's words (re-worded on a switch).
  const catalogError = useMemo(
    () => (catalogQuery.error ? new Error(apiErrorText(catalogQuery.error, locale)) : null),
    [catalogQuery.error, locale],
  );
  // One owner of values, history, server errors, touches and the save's phase (draftModel.ts).
  const editor = useSegmentDraft(baseline, start.values);
  const { values, change, getValues, touch, dispatch, state: draftState } = editor;
  const locked = draftState.phase !== 'editing';
  // Validation and the overview follow typing once it pauses: a keystroke never waits for them
  // (validating and describing 1,000 conditions is milliseconds each). Save validates afresh. The
  // dirty flag stays exact: comparing immutable snapshots skips every unchanged subtree.
  const deferredValues = useDeferredValue(useDebouncedValue(values, SETTLE_MS));
  const dirty = !sameValues(values, baseline);
  if (values.databaseId !== databaseId) setDatabaseId(values.databaseId);

  const problems = useSameProblems(
    useMemo(
      () => problemsOf(deferredValues, { catalog, capabilities, locale: domainLocale }),
      [deferredValues, catalog, capabilities, domainLocale],
    ),
  );
  const { attemptedSave, touched } = draftState;
  // Problems lag typing by a moment. A row left right after typing into it must not flash the
  // problems of its older value, so what shows changes only once validation has caught up.
  const validated = deferredValues === values;
  const shownInline = useSameProblems(
    useMemo(
      () =>
        validated
          ? shownProblems(
              problems,
              { attemptedSave, touched, baseline },
              { pathOf: (problem) => fieldPathOf(problem, deferredValues), stored: !isNew },
            )
          : null,
      [validated, problems, attemptedSave, touched, baseline, deferredValues, isNew],
    ),
  );
  const [blockIndex, setBlockIndex] = useState(0);
  const activeBlock = Math.min(blockIndex, values.blocks.length - 1);

  // ----- the overview: a keystroke behind under load; the form itself never waits for it --------
  const outgoing = useMemo(() => toSegment(deferredValues), [deferredValues]);
  const deferredProblems = useDeferredValue(problems);
  const estimable =
    catalog !== undefined && !deferredProblems.some((p) => p.severity === 'error' && !COUNTABLE_DESPITE.has(p.code));
  const estimate = useEstimate(provider, outgoing, estimable);
  // The sample's caption counts its share of the profiles that match the conditions.
  const unsampledCounts = useUnsampledCounts(provider, outgoing, estimable);
  const databaseSize = useDatabaseSize(provider, values.databaseId);
  const databaseName = databases.find((database) => database.id === values.databaseId)?.name;
  const summary = useMemo(
    () =>
      catalog
        ? describeSegment(outgoing, { catalog, locale: domainLocale, ...(databaseName ? { databaseName } : {}) })
        : null,
    [outgoing, catalog, databaseName, domainLocale],
  );

  // The draft and the server copy in words, for the conflict dialog once the two are compared. Both
  // versions are fixed for this editor's life, so this changes only with the catalog or language.
  const describeVersions = useCallback(
    () =>
      catalog
        ? {
            mine: describeSegment(toSegment(start.values), { catalog, locale: domainLocale }),
            theirs: describeSegment(toSegment(baseline), { catalog, locale: domainLocale }),
          }
        : null,
    [catalog, start.values, baseline, domainLocale],
  );

  // ----- draft, leaving, history keys ------------------------------------------------------------
  // The ref serves the save's async steps; the state re-renders what depends on it.
  const uncertain = useRef<UncertainWrite | null>(start.uncertainWrite);
  const [uncertainWrite, setUncertainWrite] = useState(start.uncertainWrite);
  const rememberUncertain = useCallback((write: UncertainWrite | null) => {
    uncertain.current = write;
    setUncertainWrite(write);
  }, []);
  const metaOf = (write: UncertainWrite | null): DraftMeta => ({
    ...(start.base === undefined ? {} : { base: start.base }),
    ...(write ? { uncertainWrite: write } : {}),
  });
  const draft = useDraftAutosave(key, values, dirty || uncertainWrite !== null, metaOf(uncertainWrite));
  const { blocker, allowNextLeave } = useLeaveGuard(dirty);
  const rootRef = useRef<HTMLDivElement>(null);
  // Undo and redo wait while a save is on its way, like every other edit (the draft model ignores them).
  useEditorShortcuts(rootRef, { undo: editor.undo, redo: editor.redo, save: () => void onSave() });

  // A new segment starts with its name: the first thing a marketer types.
  useEffect(() => {
    if (isNew && !start.conflict) document.getElementById(FIELD_IDS.name)?.focus();
  }, [isNew, start.conflict]);

  // ----- edits: stable callbacks that patch the latest values --------------------------------------
  const update = useCallback<Update>(
    (name, patch) => change(toFormPath(name) ?? undefined, { ...getValues(), ...patch }),
    [change, getValues],
  );
  const updateBlock = useCallback<UpdateBlock>(
    (index, name, patch: Partial<Block>) => {
      const current = getValues();
      change(toFormPath(name) ?? undefined, {
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

  /** Leaving a control (or a whole condition row) marks it touched: its problems may show now. */
  const onLeave = useTouchOnLeave(touch, activeBlock);

  // ----- errors beside the settings: the server's, else the mistakes shown so far ----------------------
  const { serverErrors } = draftState;
  const errorOf = (path: FormPath): string | undefined =>
    serverErrors[path] ??
    shownInline.find((p) => p.nodeId === null && p.severity === 'error' && fieldPathOf(p, values) === path)?.message;
  const settingsErrors: SettingsErrors = {
    name: errorOf('name'),
    description: errorOf('description'),
    tags: errorOf('tags'),
    kind: errorOf('kind'),
    database: errorOf('databaseId'),
    sample: errorOf(`blocks.${activeBlock}.sample`),
    limit: errorOf(`blocks.${activeBlock}.limit`),
  };
  const rootServerError = serverErrors[`blocks.${activeBlock}.root`];

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
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  /** The id an uncertain create turned out to have, for the edits that follow it. */
  const createdId = useRef<number | string | undefined>(undefined);
  const [notice, setNotice] = useState<SaveNotice | null>(null);
  const textProblems = useTextProblems(() => setNotice((shown) => (shown?.kind === 'text' ? null : shown)));

  /**
   * Sends the save. An earlier create whose outcome is unknown goes first, exactly as it was sent
   * and under its Request-ID, so the server replays its first answer rather than create a second
   * segment; edits made since then follow as an update of the id it returns.
   */
  const send = async (segmentNow: Segment, body: string) => {
    const pending = uncertain.current;
    if (pending?.mode === 'create' && segmentNow.id === undefined) {
      const first = JSON.parse(pending.sent) as Segment;
      const created = await save.mutateAsync({ segment: first, requestId: pending.requestId });
      rememberUncertain(null);
      createdId.current = created.id;
      if (pending.sent === body) return { ...created, segment: first };
      const next = { ...segmentNow, id: created.id };
      return { ...(await save.mutateAsync({ segment: next })), segment: next };
    }
    const requestId = pending?.sent === body ? pending.requestId : undefined;
    const saved = await save.mutateAsync(requestId ? { segment: segmentNow, requestId } : { segment: segmentNow });
    rememberUncertain(null);
    return { ...saved, segment: segmentNow };
  };

  /** A write that may have been stored keeps its Request-ID, with the draft, across reloads. */
  const rememberFailure = (failure: SaveFailure, segmentNow: Segment, body: string) => {
    if (!failure.retrySameWrite || !failure.requestId) return;
    const pending = uncertain.current;
    // A create still unresolved stays the one to resolve first.
    const keepCreate = pending?.mode === 'create' && segmentNow.id === undefined;
    rememberUncertain(
      keepCreate
        ? pending
        : {
            requestId: pending?.sent === body ? pending.requestId : failure.requestId,
            sent: body,
            mode: segmentNow.id === undefined ? 'create' : 'update',
          },
    );
  };

  const submit = async (current: SegmentFormValues): Promise<void> => {
    const id = current.id ?? createdId.current;
    const segmentNow = toSegment(id === undefined ? current : { ...current, id });
    const body = JSON.stringify(segmentNow);
    setNotice(null);
    // The form is locked while the save is on its way (phase "saving"): an edit made meanwhile
    // could neither be in this save nor survive the page that follows it.
    dispatch({ type: 'saveStarted' });
    try {
      const saved = await send(segmentNow, body);
      dispatch({ type: 'saveSucceeded' });
      draft.stop();
      allowNextLeave();
      // A marketer who left during a slow save is not pulled back to the segment.
      if (!mounted.current) return;
      void navigate(`/segments/${saved.id}`, {
        state: savedHandoff(saved.id, saved.segment.name, saved.replayed === true),
      });
    } catch (error) {
      const failure = describeSaveFailure(error);
      rememberFailure(failure, segmentNow, body);
      const kept = failure.retrySameWrite ? draft.writeNow(getValues(), metaOf(uncertain.current)) : !draft.failed;
      const onForm = serverErrorsOf(failure, t('save.duplicateName'));
      dispatch({ type: 'saveFailed', serverErrors: onForm });
      if (!mounted.current) return;
      setNotice({ kind: 'failure', failure, draftKept: kept });
      const first = Object.keys(onForm)[0];
      if (first) requestAnimationFrame(() => focusFieldPath(first, getValues()));
    }
  };

  const refuse = (current: SegmentFormValues) => {
    const blocking = errorsOnly(problemsOf(current, { catalog, capabilities }));
    setNotice({ kind: 'problems', count: Math.max(blocking.length, 1) });
    const first = blocking[0];
    if (first) showProblem(first);
  };

  async function onSave(): Promise<void> {
    // One save at a time: a double click must not send the request twice.
    if (!editor.isEditable()) return;
    // Text that does not read as conditions is not in the form yet: Save names its error and goes to it.
    const textProblem = textProblems.first();
    if (textProblem) {
      const { line, column, message } = textProblem;
      setNotice({ kind: 'text', line, column, message });
      textProblem.focus();
      return;
    }
    dispatch({ type: 'saveAttempted' });
    const current = getValues();
    const blocked =
      errorsOnly(problemsOf(current, { catalog, capabilities })).length > 0 ||
      !segmentSchema.safeParse(toSegment(current)).success;
    if (blocked) refuse(current);
    else await submit(current);
  }

  // ----- import, draft banner --------------------------------------------------------------------
  const applyImport = (imported: Segment): ImportNote[] => {
    const merged = mergeImport(getValues(), imported, {
      databaseLocked: !isNew,
      databaseIds: databases.map((database) => database.id),
      kinds: capabilities.kinds,
    });
    editor.replace(merged.values);
    setBlockIndex(0);
    return merged.notes;
  };

  const discardDraft = () => {
    draft.discard();
    editor.replace(baseline);
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
        component="fieldset"
        disabled={locked}
        aria-busy={locked || undefined}
        onBlur={onLeave}
        sx={{
          border: 0,
          p: 0,
          m: 0,
          minWidth: 0,
          transition: 'opacity 120ms',
          opacity: locked ? 0.6 : 1,
          display: 'grid',
          gap: 2,
          alignItems: 'start',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 1fr) 360px', xl: 'minmax(0, 1fr) 420px' },
        }}
      >
        <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
          <CardBoundary>
            <SettingsCard
              values={values}
              update={update}
              updateBlock={updateBlock}
              setDatabase={setDatabase}
              capabilities={capabilities}
              databases={databases}
              databaseLocked={!isNew}
              databaseSize={databaseSize}
              unsampledCounts={unsampledCounts}
              blockIndex={activeBlock}
              errors={settingsErrors}
            />
          </CardBoundary>
          <CardBoundary>
            <ConditionsCard
              blocks={values.blocks}
              kind={values.kind}
              conditionsSupported={capabilities.conditions}
              catalog={catalog}
              catalogError={catalogError}
              onRetryCatalog={catalogQuery.refetch}
              capabilities={builderCapabilities}
              problems={shownInline}
              groupCounts={groupCounts}
              countsPending={estimate.pending}
              blockIndex={activeBlock}
              onBlockIndex={setBlockIndex}
              onRootChange={onRootChange}
              serverError={rootServerError}
              onTextProblem={textProblems.report}
            />
          </CardBoundary>
        </Box>
        <CardBoundary>
          <OverviewPanel
            estimate={estimate}
            estimable={estimable}
            kind={outgoing.kind}
            summary={summary}
            problems={shownInline}
            onShowProblem={showProblem}
            provider={provider}
            segment={outgoing}
          />
        </CardBoundary>
      </Box>
      <DraftConflictDialog
        open={conflictOpen}
        describeVersions={describeVersions}
        onKeepMine={() => {
          setConflictOpen(false);
          // From now on the draft is based on the server copy the marketer has seen.
          draft.writeNow(getValues(), metaOf(uncertain.current));
        }}
        onTakeTheirs={() => {
          setConflictOpen(false);
          discardDraft();
        }}
      />
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t(locked ? 'leave.titleSaving' : 'leave.title')}
        body={t(locked ? 'leave.bodySaving' : 'leave.body')}
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
