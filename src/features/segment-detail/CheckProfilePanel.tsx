import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { apiErrorText, isApiError } from '@/api/errors';
import type { ProfileCheck, ProfileCheckReason, SegmentsProvider } from '@/api/provider';
import type { Outcome } from '@/builder/ReadOnlyTree';
import type { FieldCatalog, Segment } from '@/domain/model';
import { useLocale, useMessages, type Translate } from '@/ui/i18n';
import { BlockTrees } from './BlockTrees';
import { detailMessages, type DetailMessageKey } from './messages';
import { Section } from './Section';

/** The check's per-part answers keyed by tree node, as the read-only tree shows them. */
export function explainByNode(check: ProfileCheck): Record<string, Outcome> {
  const outcomes: Record<string, Outcome> = {};
  for (const line of check.explain) {
    if (line.nodeId !== undefined) outcomes[line.nodeId] = line.matched ? 'pass' : 'fail';
  }
  return outcomes;
}

/**
 * Why the profile is not in the segment, in words. Blocks are numbered from 1 as on the page, and
 * named only when the segment has more than one.
 */
export function reasonText(reason: ProfileCheckReason, blockCount: number, t: Translate<DetailMessageKey>): string {
  const block = blockCount > 1 && reason.kind !== 'conditions' ? reason.block + 1 : undefined;
  switch (reason.kind) {
    case 'conditions':
      return t('check.reason.conditions');
    case 'sample':
      return block === undefined
        ? t('check.reason.sample', { from: reason.from, to: reason.to })
        : t('check.reason.sampleBlock', { from: reason.from, to: reason.to, block });
    case 'limit':
      return block === undefined
        ? t('check.reason.limit', { count: reason.limit })
        : t('check.reason.limitBlock', { count: reason.limit, block });
  }
}

/** "Is this profile in the segment, and why?": shown only where the backend can tell (capabilities.checkProfile). */
export function CheckProfilePanel({
  provider,
  segment,
  catalog,
}: {
  provider: SegmentsProvider;
  segment: Segment & { id: number | string };
  catalog: FieldCatalog;
}) {
  const t = useMessages(detailMessages);
  const locale = useLocale();
  const [profile, setProfile] = useState('');
  const checkProfile = provider.checkProfile?.bind(provider);
  const check = useMutation({
    mutationFn: (value: string) => {
      if (!checkProfile) throw new Error(t('check.unsupported'));
      return checkProfile(segment.id, value, { segment });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = profile.trim();
    if (value) check.mutate(value);
  };
  const asked = check.variables ?? '';
  return (
    <Section title={t('check.title')}>
      <Typography variant="body2" color="textSecondary" sx={{ mb: 1.5 }}>
        {t('check.intro')}
      </Typography>
      <Box
        component="form"
        onSubmit={submit}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}
      >
        <TextField
          label={t('check.input')}
          value={profile}
          onChange={(event) => setProfile(event.target.value)}
          sx={{ flex: '1 1 240px', maxWidth: 420 }}
          slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
        />
        <Button type="submit" variant="contained" disabled={check.isPending || profile.trim() === ''} sx={{ mt: 0.25 }}>
          {check.isPending ? t('check.working') : t('check.submit')}
        </Button>
      </Box>
      <Box component="output" sx={{ display: 'block', mt: 2 }}>
        {check.isError ? (
          isApiError(check.error) && check.error.code === 404 ? (
            <Alert severity="warning">{t('check.notFound', { profile: asked })}</Alert>
          ) : (
            <Alert severity="error">{t('check.failed', { reason: apiErrorText(check.error, locale) })}</Alert>
          )
        ) : null}
        {check.isSuccess ? (
          <Alert severity={check.data.inSegment ? 'success' : 'info'}>
            {t(check.data.inSegment ? 'check.in' : 'check.out', { profile: asked })}
            {check.data.reason ? (
              <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
                {reasonText(check.data.reason, segment.blocks.length, t)}
              </Box>
            ) : null}
          </Alert>
        ) : null}
      </Box>
      {check.isSuccess ? (
        segment.kind === 'static' ? (
          <Typography variant="body2" color="textSecondary" sx={{ mt: 1.5 }}>
            {t('check.static')}
          </Typography>
        ) : (
          <Box sx={{ mt: 2 }}>
            <Typography variant="h3" sx={{ fontSize: '0.95rem', mb: 1 }}>
              {t('check.conditions')}
            </Typography>
            <BlockTrees blocks={segment.blocks} catalog={catalog} explain={explainByNode(check.data)} />
          </Box>
        )
      ) : null}
    </Section>
  );
}
