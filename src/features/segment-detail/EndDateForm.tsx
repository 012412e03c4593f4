import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState, type FormEvent } from 'react';
import { apiErrorText, isApiError } from '@/api/errors';
import type { SegmentsProvider } from '@/api/provider';
import type { Segment } from '@/domain/model';
import { useLocale, useMessages } from '@/ui/i18n';
import { ActionErrorAlert } from '@/ui/ActionErrorAlert';
import { checkEndDate, localDateOf, type EndDateProblem } from './endDate';
import { detailMessages, type DetailMessageKey } from './messages';
import { useUpdateEndDate } from './useUpdateEndDate';

const PROBLEM_KEYS: Record<EndDateProblem, DetailMessageKey> = {
  required: 'endDate.required',
  past: 'endDate.past',
  beforeStart: 'endDate.beforeStart',
};

/**
 * "End date" and "Update end date": the day is checked here first (a day already over, or one
 * before the start, is refused without a request), then sent once per click (endDate.ts says as
 * which instant). A refused update keeps the typed day and says why.
 */
export function EndDateForm({
  provider,
  segment,
}: {
  provider: SegmentsProvider;
  segment: Segment & { id: number | string };
}) {
  const t = useMessages(detailMessages);
  const locale = useLocale();
  const lifecycle = segment.lifecycle ?? {};
  const [date, setDate] = useState(() => localDateOf(lifecycle.endDate));
  const [problem, setProblem] = useState<EndDateProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const update = useUpdateEndDate(provider, segment.id, t('endDate.unsupported'));
  // Taken at once on submit: a second click can land before the disabled button is rendered.
  const sending = useRef(false);
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    const checked = checkEndDate(date, { startDate: lifecycle.startDate });
    setDone(null);
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    setProblem(null);
    sending.current = true;
    update.mutate(checked.endDate, {
      onSuccess: (answer) => {
        const endDate = Date.parse(answer.lifecycle?.endDate ?? checked.endDate);
        setDone(
          t('endDate.done', { date: days.format(Number.isNaN(endDate) ? Date.parse(checked.endDate) : endDate) }),
        );
      },
      onSettled: () => {
        sending.current = false;
      },
    });
  };

  const start = lifecycle.startDate ? Date.parse(lifecycle.startDate) : Number.NaN;
  const problemText =
    problem === null ? null : t(PROBLEM_KEYS[problem], { start: Number.isNaN(start) ? '' : days.format(start) });

  return (
    <Box component="form" noValidate onSubmit={submit} sx={{ mt: 2.5 }}>
      <Typography variant="h3" sx={{ fontSize: '0.95rem', mb: 1.5 }}>
        {t('endDate.title')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          type="date"
          label={t('endDate.input')}
          value={date}
          onChange={(event) => {
            setDate(event.target.value);
            setProblem(null);
          }}
          error={problem !== null}
          helperText={problemText ?? t('endDate.help')}
          sx={{ width: 260 }}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <Button
          type="submit"
          variant="contained"
          disabled={update.isPending}
          startIcon={update.isPending ? <CircularProgress size={16} aria-hidden /> : undefined}
          sx={{ mt: 1 }}
        >
          {t('endDate.submit')}
        </Button>
      </Box>
      <Typography component="output" variant="body2" sx={{ display: 'block', mt: done ? 1.5 : 0 }}>
        {done}
      </Typography>
      {update.isError ? (
        <Box sx={{ mt: 1.5 }}>
          <ActionErrorAlert
            serverText={isApiError(update.error) ? update.error.serverText : undefined}
            toSettings={isApiError(update.error) && update.error.action === 'settings'}
            text={t('endDate.failed', { reason: apiErrorText(update.error, locale) })}
          />
        </Box>
      ) : null}
    </Box>
  );
}
