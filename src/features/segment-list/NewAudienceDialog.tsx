import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useRef, type FormEvent } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { SegmentsProvider } from '@/api/provider';
import { apiErrorText, isApiError } from '@/api/errors';
import { useLocale, useMessages } from '@/ui/i18n';
import { ActionErrorAlert } from '@/ui/ActionErrorAlert';
import {
  audienceFormSchema,
  audienceInputOf,
  EMPTY_AUDIENCE_FORM,
  isAudienceIssue,
  MAX_OF,
  type AudienceFormValues,
} from './audienceForm';
import { listMessages } from './messages';
import { useCreateAudience } from './useCreateAudience';

const FIELDS = [
  { name: 'name', label: 'audience.name', required: true },
  { name: 'description', label: 'audience.description', required: false },
  { name: 'campaignId', label: 'audience.campaignId', required: true },
] as const;

/**
 * "New audience" (capabilities.audiences): name, description and campaign ID, checked before
 * anything is sent. A refused create keeps the dialog open with what was typed, and says why.
 */
export function NewAudienceDialog({
  open,
  provider,
  onClose,
  onCreated,
}: {
  open: boolean;
  provider: SegmentsProvider;
  onClose: () => void;
  onCreated: (name: string) => void;
}) {
  const t = useMessages(listMessages);
  const locale = useLocale();
  const titleId = useId();
  const create = useCreateAudience(provider, t('audience.unsupported'));
  const { control, handleSubmit, reset } = useForm<AudienceFormValues>({
    resolver: zodResolver(audienceFormSchema),
    defaultValues: EMPTY_AUDIENCE_FORM,
  });
  const sending = useRef(false);

  // One request per click: a second click can land before the disabled button is rendered, so
  // the guard is taken at once, before the (asynchronous) validation.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    const release = () => {
      sending.current = false;
    };
    void handleSubmit(async (values) => {
      const input = audienceInputOf(values);
      try {
        await create.mutateAsync(input);
        reset(EMPTY_AUDIENCE_FORM);
        create.reset();
        onCreated(input.name);
      } catch {
        // The mutation holds the error, shown below; the typed values stay.
      } finally {
        release();
      }
    }, release)(event);
  };

  const close = () => {
    if (create.isPending) return;
    reset(EMPTY_AUDIENCE_FORM);
    create.reset();
    onClose();
  };

  const fieldError = (message: string | undefined) =>
    isAudienceIssue(message) ? t(message, { max: MAX_OF[message] ?? 0 }) : message;

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>{t('audience.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>{t('audience.intro')}</DialogContentText>
          {FIELDS.map((field, index) => (
            <Controller
              key={field.name}
              name={field.name}
              control={control}
              render={({ field: input, fieldState }) => (
                <TextField
                  {...input}
                  label={t(field.label)}
                  error={Boolean(fieldState.error)}
                  helperText={fieldError(fieldState.error?.message)}
                  multiline={field.name === 'description'}
                  minRows={field.name === 'description' ? 2 : undefined}
                  autoFocus={index === 0}
                  autoComplete="off"
                  slotProps={{ htmlInput: field.required ? { 'aria-required': true } : {} }}
                />
              )}
            />
          ))}
          {create.isError ? (
            <ActionErrorAlert
              serverText={isApiError(create.error) ? create.error.serverText : undefined}
              toSettings={isApiError(create.error) && create.error.action === 'settings'}
              text={t('audience.failed', { reason: apiErrorText(create.error, locale) })}
            />
          ) : null}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={close} disabled={create.isPending}>
            {t('audience.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={create.isPending}
            startIcon={create.isPending ? <CircularProgress size={16} aria-hidden /> : undefined}
          >
            {t('audience.create')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
