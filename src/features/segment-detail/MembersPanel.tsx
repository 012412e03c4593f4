import Alert, { type AlertColor } from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip, { type ChipProps } from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { apiErrorText } from '@/api/errors';
import type { MemberResult, SegmentsProvider } from '@/api/provider';
import { queryKeys } from '@/api/queryKeys';
import { ConfirmDialog } from '@/ui/ConfirmDialog';
import { useLocale, useMessages, type Translate } from '@/ui/i18n';
import { useLeaveGuard } from '@/ui/useLeaveGuard';
import { detailMessages, type DetailMessageKey } from './messages';
import { isProblem, MAX_BATCH, parseProfileIds, type MemberOutcome, type MemberRow } from './memberBatch';
import { readCsvFile, type CsvRead } from './memberCsv';
import { runMemberBatch, type MemberRunEnd } from './memberRun';
import { Section } from './Section';

type Action = 'add' | 'remove';

const OUTCOME: Record<MemberOutcome, { key: DetailMessageKey; count: DetailMessageKey; color: ChipProps['color'] }> = {
  added: { key: 'members.added', count: 'members.n.added', color: 'success' },
  removed: { key: 'members.removed', count: 'members.n.removed', color: 'success' },
  already: { key: 'members.already', count: 'members.n.already', color: 'default' },
  notMember: { key: 'members.notMember', count: 'members.n.notMember', color: 'default' },
  notFound: { key: 'members.notFound', count: 'members.n.notFound', color: 'warning' },
  failed: { key: 'members.failed', count: 'members.n.failed', color: 'error' },
  notSent: { key: 'members.notSent', count: 'members.n.notSent', color: 'default' },
};

/** The order outcomes are counted in a summary. */
const SUMMARY_ORDER: readonly MemberOutcome[] = [
  'added',
  'removed',
  'already',
  'notMember',
  'notFound',
  'failed',
  'notSent',
];

type RunState =
  | { phase: 'idle' }
  | { phase: 'running'; action: Action; done: number; total: number; cancelling: boolean }
  | { phase: 'done'; id: number; action: Action; end: MemberRunEnd; rows: MemberRow[]; total: number };

/** "4 added, 1 failed": every outcome that occurred, counted, in a fixed order. */
export function runSummary(rows: readonly MemberRow[], t: Translate<DetailMessageKey>): string {
  const counts = new Map<MemberOutcome, number>();
  for (const row of rows) counts.set(row.outcome, (counts.get(row.outcome) ?? 0) + 1);
  return SUMMARY_ORDER.filter((outcome) => counts.has(outcome))
    .map((outcome) => t(OUTCOME[outcome].count, { count: counts.get(outcome)! }))
    .join(', ');
}

/**
 * The one-line verdict of a finished run. It always says the run is over (finished, cancelled or
 * stopped), so "4 of 5" can never read as still running.
 */
export function runHeadline(
  end: MemberRunEnd,
  rows: readonly MemberRow[],
  total: number,
  t: Translate<DetailMessageKey>,
): string {
  const summary = runSummary(rows, t);
  const done = rows.filter((row) => row.outcome !== 'notSent').length;
  if (end === 'finished') return t('members.finished', { summary });
  return t(end === 'cancelled' ? 'members.cancelled' : 'members.unauthorized', { done, total, summary });
}

function severityOf(end: MemberRunEnd, rows: readonly MemberRow[]): AlertColor {
  if (end === 'unauthorized') return 'error';
  if (end === 'cancelled') return 'info';
  return rows.some(isProblem) ? 'warning' : 'success';
}

/** What a read CSV file came to, in words. */
function csvNote(read: CsvRead, t: Translate<DetailMessageKey>): string {
  if (!read.ok) {
    const key = { tooLarge: 'members.csv.tooLarge', empty: 'members.csv.empty', unreadable: 'members.csv.unreadable' }[
      read.problem
    ] as DetailMessageKey;
    return t(key, { file: read.file });
  }
  const { profiles } = read;
  const first = t('members.csv.read', { count: profiles.read, file: read.file });
  return profiles.duplicates > 0
    ? `${first}; ${t('members.duplicates', { count: profiles.duplicates })}.`
    : `${first}.`;
}

/**
 * Static segments: add or remove profiles by id or email, typed, pasted or uploaded as CSV. One
 * request per profile, a few at a time, with determinate progress, Cancel, a stop on 401 and an
 * answer for each profile.
 */
export function MembersPanel({
  provider,
  segmentId,
  databaseId,
}: {
  provider: SegmentsProvider;
  segmentId: number | string;
  databaseId: number;
}) {
  const t = useMessages(detailMessages);
  const locale = useLocale();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [csv, setCsv] = useState<CsvRead | null>(null);
  const [run, setRun] = useState<RunState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const runs = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const uploadHelpId = useId();
  const parsed = parseProfileIds(text);
  const tooMany = parsed.ids.length > MAX_BATCH;
  const running = run.phase === 'running';
  // Leaving stops what is not sent yet: ask first, and say how much that is.
  const { blocker } = useLeaveGuard(running);

  // Leaving the page stops sending; the requests already sent finish on their own.
  useEffect(() => () => controller.current?.abort(), []);

  const submit = async (action: Action) => {
    const { ids, duplicates } = parsed;
    if (ids.length === 0 || tooMany || running) return;
    const abort = new AbortController();
    controller.current = abort;
    setRun({ phase: 'running', action, done: 0, total: ids.length, cancelling: false });
    const change = action === 'add' ? provider.addStaticMembers : provider.removeStaticMembers;
    const send = async (profileId: string): Promise<MemberResult> => {
      const [result] = await change.call(provider, segmentId, databaseId, [profileId]);
      return result ?? { profileId, ok: false, error: new Error(t('members.notSent')) };
    };
    const result = await runMemberBatch({
      ids,
      action,
      send,
      signal: abort.signal,
      onProgress: (done, total) => setRun((state) => (state.phase === 'running' ? { ...state, done, total } : state)),
    });
    const repeated = new Set(duplicates);
    const rows: MemberRow[] = [
      ...result.rows.map((row) => (repeated.has(row.profileId) ? { ...row, duplicate: true } : row)),
      ...result.notSent.map((profileId): MemberRow => ({ profileId, outcome: 'notSent' })),
    ];
    // Keep only what did not go through, so a retry is one click away.
    setText(
      rows
        .filter((row) => row.outcome === 'failed' || row.outcome === 'notSent')
        .map((row) => row.profileId)
        .join('\n'),
    );
    runs.current += 1;
    setRun({ phase: 'done', id: runs.current, action, end: result.end, rows, total: ids.length });
    void client.invalidateQueries({ queryKey: queryKeys.segments(provider.connectionId) });
  };

  const cancel = () => {
    controller.current?.abort();
    setRun((state) => (state.phase === 'running' ? { ...state, cancelling: true } : state));
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) reads it again.
    event.target.value = '';
    if (!file) return;
    const read = await readCsvFile(file);
    setCsv(read);
    if (!read.ok) return;
    const ids = read.profiles.ids.join('\n');
    setText((current) => (current.trim() === '' ? ids : `${current.trimEnd()}\n${ids}`));
  };

  const helper = tooMany
    ? t('members.tooMany', { max: MAX_BATCH, count: parsed.ids.length })
    : [
        t('members.inputHelp'),
        parsed.ids.length === 0
          ? ''
          : `${t('members.count', { count: parsed.ids.length })}${
              parsed.removed > 0 ? `, ${t('members.duplicates', { count: parsed.removed })}` : ''
            }.`,
      ]
        .filter(Boolean)
        .join(' ');
  const disabled = running || parsed.ids.length === 0 || tooMany;
  return (
    <Section title={t('members.title')}>
      <Typography variant="body2" color="textSecondary" sx={{ mb: 1.5 }}>
        {t('members.intro')}
      </Typography>
      <TextField
        label={t('members.input')}
        multiline
        minRows={2}
        maxRows={8}
        fullWidth
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={tooMany}
        helperText={helper}
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off', readOnly: running } }}
      />
      <Box sx={{ display: 'flex', gap: 1, mt: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button variant="contained" onClick={() => void submit('add')} disabled={disabled}>
          {t('members.add')}
        </Button>
        <Button variant="outlined" color="error" onClick={() => void submit('remove')} disabled={disabled}>
          {t('members.remove')}
        </Button>
        <Button
          variant="text"
          onClick={() => fileInput.current?.click()}
          disabled={running}
          aria-describedby={uploadHelpId}
        >
          {t('members.upload')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-label={t('members.uploadInput')}
          hidden
          onChange={(event) => void upload(event)}
        />
      </Box>
      <Typography id={uploadHelpId} variant="caption" color="textSecondary" sx={{ display: 'block', mt: 0.5 }}>
        {t('members.uploadHelp')}
      </Typography>
      {csv ? (
        <Alert severity={csv.ok ? 'info' : 'error'} sx={{ mt: 1.5 }} onClose={() => setCsv(null)}>
          {csvNote(csv, t)}
        </Alert>
      ) : null}
      {run.phase === 'running' ? <Progress run={run} t={t} onCancel={cancel} /> : null}
      {run.phase === 'done' ? (
        <Results key={run.id} run={run} t={t} locale={locale} onClear={() => setRun({ phase: 'idle' })} />
      ) : null}
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('members.leave.title')}
        body={t('members.leave.body', {
          count: run.phase === 'running' ? run.total - run.done : 0,
          total: run.phase === 'running' ? run.total : 0,
        })}
        confirmLabel={t('members.leave.go')}
        cancelLabel={t('members.leave.stay')}
        destructive
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      />
    </Section>
  );
}

function Progress({
  run,
  t,
  onCancel,
}: {
  run: Extract<RunState, { phase: 'running' }>;
  t: Translate<DetailMessageKey>;
  onCancel: () => void;
}) {
  const count = t('members.progress', { done: run.done, total: run.total });
  return (
    <Box sx={{ mt: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
        <Typography component="output" variant="body2" sx={{ flex: 1 }}>
          {run.cancelling ? `${count} · ${t('members.cancelling')}` : count}
        </Typography>
        <Button size="small" onClick={onCancel} disabled={run.cancelling}>
          {t('members.cancel')}
        </Button>
      </Box>
      <LinearProgress
        variant="determinate"
        value={run.total === 0 ? 0 : (run.done / run.total) * 100}
        aria-label={t(run.action === 'add' ? 'members.progress.add' : 'members.progress.remove')}
        aria-valuetext={count}
      />
    </Box>
  );
}

function Results({
  run,
  t,
  locale,
  onClear,
}: {
  run: Extract<RunState, { phase: 'done' }>;
  t: Translate<DetailMessageKey>;
  locale: string;
  onClear: () => void;
}) {
  const [problemsOnly, setProblemsOnly] = useState(false);
  const problems = run.rows.filter(isProblem);
  const shown = problemsOnly ? problems : run.rows;
  return (
    <Box sx={{ mt: 2 }}>
      <Alert severity={severityOf(run.end, run.rows)}>
        {runHeadline(run.end, run.rows, run.total, t)}
        {problems.some((row) => row.outcome === 'failed' || row.outcome === 'notSent') ? (
          <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
            {t('members.retryNote')}
          </Box>
        ) : null}
      </Alert>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h3" sx={{ fontSize: '0.95rem', flex: 1 }}>
          {t('members.results')}
        </Typography>
        {problems.length > 0 && problems.length < run.rows.length ? (
          <Button size="small" aria-pressed={problemsOnly} onClick={() => setProblemsOnly((only) => !only)}>
            {problemsOnly ? t('members.showAll') : t('members.showProblems')}
          </Button>
        ) : null}
        <Button size="small" onClick={onClear}>
          {t('members.clear')}
        </Button>
      </Box>
      <List dense aria-label={t('members.results')} sx={{ maxHeight: 280, overflow: 'auto' }}>
        {shown.map((row) => {
          const outcome = OUTCOME[row.outcome];
          const label =
            row.outcome === 'failed'
              ? t('members.failed', { reason: row.error ? apiErrorText(row.error, locale) : '' })
              : t(outcome.key);
          return (
            <ListItem key={row.profileId} disableGutters sx={{ gap: 1.5, flexWrap: 'wrap' }}>
              <Typography component="span" sx={{ fontFamily: 'ui-monospace, monospace', minWidth: 120 }}>
                {row.profileId}
              </Typography>
              <Chip size="small" variant="outlined" color={outcome.color} label={label} />
              {row.duplicate ? (
                <Typography component="span" variant="caption" color="textSecondary">
                  {t('members.duplicate')}
                </Typography>
              ) : null}
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
}
