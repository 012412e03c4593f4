import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip, { type ChipProps } from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { apiErrorText } from '@/api/errors';
import { useStaticMembers } from '@/api/mutations';
import type { SegmentsProvider } from '@/api/provider';
import { useLocale, useMessages, type Translate } from '@/ui/i18n';
import { detailMessages, type DetailMessageKey } from './messages';
import { classify, isSuccess, MAX_BATCH, parseProfileIds, type MemberOutcome, type MemberRow } from './memberBatch';
import { Section } from './Section';

const OUTCOME: Record<MemberOutcome, { key: DetailMessageKey; color: ChipProps['color'] }> = {
  added: { key: 'members.added', color: 'success' },
  removed: { key: 'members.removed', color: 'success' },
  already: { key: 'members.already', color: 'default' },
  notMember: { key: 'members.notMember', color: 'default' },
  notFound: { key: 'members.notFound', color: 'warning' },
  failed: { key: 'members.failed', color: 'error' },
};

interface Batch {
  action: 'add' | 'remove';
  rows: MemberRow[];
}

/** Static segments: add or remove profiles by id, one or many, with an answer for each. */
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
  const members = useStaticMembers(provider);
  const [text, setText] = useState('');
  const [batch, setBatch] = useState<Batch | null>(null);
  const parsed = parseProfileIds(text);
  const tooMany = parsed.ids.length > MAX_BATCH;

  const submit = (action: 'add' | 'remove') => {
    const { ids, duplicates } = parsed;
    if (ids.length === 0 || tooMany) return;
    setBatch(null);
    members.mutate(
      { segmentId, databaseId, profileIds: ids, action },
      {
        onSuccess: (results) => {
          const repeated = new Set(duplicates);
          const rows = results.map((result) => {
            const row = classify(result, action);
            return repeated.has(row.profileId) ? { ...row, duplicate: true } : row;
          });
          setBatch({ action, rows });
          // Keep only what did not go through, so a retry is one click away.
          setText(
            rows
              .filter((row) => row.outcome === 'failed')
              .map((row) => row.profileId)
              .join('\n'),
          );
        },
      },
    );
  };

  const disabled = members.isPending || parsed.ids.length === 0 || tooMany;
  return (
    <Section title={t('members.title')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
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
        helperText={tooMany ? t('members.tooMany', { max: MAX_BATCH, count: parsed.ids.length }) : undefined}
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
      />
      <Box sx={{ display: 'flex', gap: 1, mt: 1.5, flexWrap: 'wrap' }}>
        <Button variant="contained" onClick={() => submit('add')} disabled={disabled}>
          {t('members.add')}
        </Button>
        <Button variant="outlined" color="error" onClick={() => submit('remove')} disabled={disabled}>
          {t('members.remove')}
        </Button>
      </Box>
      {members.isPending ? (
        <Box sx={{ mt: 2 }}>
          <Typography component="output" variant="body2" sx={{ display: 'block', mb: 0.5 }}>
            {t('members.working', { count: members.variables.profileIds.length })}
          </Typography>
          <LinearProgress aria-label={t('members.working', { count: members.variables.profileIds.length })} />
        </Box>
      ) : null}
      {members.isError ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {t('members.failed', { reason: apiErrorText(members.error, locale) })}
        </Alert>
      ) : null}
      {batch ? <Results batch={batch} t={t} locale={locale} onClear={() => setBatch(null)} /> : null}
    </Section>
  );
}

function Results({
  batch,
  t,
  locale,
  onClear,
}: {
  batch: Batch;
  t: Translate<DetailMessageKey>;
  locale: string;
  onClear: () => void;
}) {
  const done = batch.rows.filter(isSuccess).length;
  return (
    <Box sx={{ mt: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1 }}>
        <Typography variant="h3" sx={{ fontSize: '0.95rem' }}>
          {t('members.results')}
        </Typography>
        <Typography component="output" variant="body2" color="text.secondary" sx={{ flex: 1 }}>
          {t('members.summary', { ok: done, count: batch.rows.length })}
        </Typography>
        <Button size="small" onClick={onClear}>
          {t('members.clear')}
        </Button>
      </Box>
      <List dense aria-label={t('members.results')} sx={{ maxHeight: 280, overflow: 'auto' }}>
        {batch.rows.map((row) => {
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
                <Typography component="span" variant="caption" color="text.secondary">
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
