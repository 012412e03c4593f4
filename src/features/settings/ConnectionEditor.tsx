/**
 * The connection form: add a connection or edit one. Fields follow the vendor's registry entry;
 * secrets are never echoed back (an edit shows whether one is stored, and "Replace" opens an empty
 * field); "Test connection" checks the typed values, and saving after a failed test asks first.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Controller, useForm, useFormState, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import {
  hasStoredSecret,
  saveConnection,
  setActiveConnection,
  type Connection,
  type DaAuthMode,
} from '@/api/connections';
import { VENDOR_IDS, VENDORS, type VendorId } from '@/api/vendors/registry';
import { ConfirmDialog } from '@/ui/ConfirmDialog';
import { useLocale, useMessages, type Translate } from '@/ui/i18n';
import {
  completeBaseUrl,
  connectionFormSchema,
  connectionInputFrom,
  emptyForm,
  formFromConnection,
  secretFieldsOf,
  secretKindOf,
  secretsFrom,
  targetOf,
  valuesKey,
  type ConnectionFormValues,
  type FormIssue,
  type SecretField,
  type SecretKind,
} from './connectionForm';
import { fieldHelp } from './fieldHelp';
import { settingsMessages, type SettingsMessageKey } from './messages';
import { removeCachedQueries } from './removeCachedQueries';
import { SecretInput } from './SecretInput';
import { StatusAlert } from './StatusAlert';
import { outcomeText, TestStatus } from './TestStatus';
import { useConnectionTest } from './useConnectionTest';

/** The id a connection being added is tested under: it has none until it is saved. */
const UNSAVED_ID = 'unsaved-connection';

/** Where each vendor's token is found, when its secret is a token. A new vendor adds a row. */
const TOKEN_HELP: Record<VendorId, SettingsMessageKey> = {
  altcraft: 'token.help.altcraft',
  push0: 'token.help.push0',
  digitalAudience: 'login.help',
};

function pageProtocol(): string {
  return typeof window === 'undefined' ? 'https:' : window.location.protocol;
}

type SaveNotice = { name: string; isNew: boolean; stored: boolean } | null;
type Completion = { url: string; path: string | null } | null;

interface ConnectionEditorProps {
  /** The connection being edited; null adds a new one. */
  connection: Connection | null;
  /** Move focus to the form's heading when it opens (after "Add connection" or "Edit"). */
  autoFocus: boolean;
  onSaved: (connection: Connection) => void;
  onCancel: () => void;
}

export function ConnectionEditor({ connection, autoFocus, onSaved, onCancel }: ConnectionEditorProps) {
  const t = useMessages(settingsMessages);
  const locale = useLocale();
  const queryClient = useQueryClient();
  const headingId = useId();
  const daAuthLabelId = useId();
  const rememberHelpId = useId();
  const storedNoteId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const replaceRef = useRef<HTMLButtonElement>(null);
  const protocol = pageProtocol();
  const schema = useMemo(() => connectionFormSchema(protocol), [protocol]);
  const { control, register, handleSubmit, setValue, reset, setFocus } = useForm<ConnectionFormValues>({
    resolver: zodResolver(schema),
    defaultValues: connection ? formFromConnection(connection, hasStoredSecret(connection.id)) : emptyForm(),
  });
  const [vendor, daAuth, keepSecret, baseUrl] = useWatch({
    control,
    name: ['vendor', 'daAuth', 'keepSecret', 'baseUrl'],
  });
  const { state: testState, start: startTest } = useConnectionTest(protocol);
  const [saveNotice, setSaveNotice] = useState<SaveNotice>(null);
  const [confirming, setConfirming] = useState<ConnectionFormValues | null>(null);
  const [completion, setCompletion] = useState<Completion>(null);
  const focusNext = useRef<'secret' | 'replace' | null>(null);

  const definition = VENDORS[vendor];
  const kind = secretKindOf(vendor, daAuth);
  const secretStored = connection !== null && hasStoredSecret(connection.id);
  // A stored secret can be kept only while the form still asks for the same kind of secret.
  const canKeep = connection !== null && secretStored && kind === secretKindOf(connection.vendor, connection.daAuth);
  const keeping = canKeep && keepSecret;
  const issue = (message: string | undefined) => (message ? t(message as FormIssue) : undefined);

  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);

  // After "Replace" or "Keep stored" the control that had focus is gone: move it where work goes on.
  useEffect(() => {
    const next = focusNext.current;
    focusNext.current = null;
    if (next === 'secret' && !keeping) setFocus(secretFieldsOf(kind)[0]!);
    if (next === 'replace' && keeping) replaceRef.current?.focus();
  }, [keeping, kind, setFocus]);

  function onDaAuthChange(next: DaAuthMode) {
    if (connection && secretKindOf(vendor, next) !== secretKindOf(connection.vendor, connection.daAuth)) {
      setValue('keepSecret', false);
    }
  }

  function replaceSecret() {
    focusNext.current = 'secret';
    setValue('keepSecret', false);
  }

  function keepStoredSecret() {
    for (const field of ['token', 'userName', 'password', 'session'] as const) setValue(field, '');
    focusNext.current = 'replace';
    setValue('keepSecret', true);
  }

  function completeOnBlur(value: string) {
    const typed = value.trim().replace(/(?<=[^/])\/+$/, '');
    const completed = completeBaseUrl(vendor, value, protocol);
    if (completed === value) return;
    setValue('baseUrl', completed, { shouldValidate: true });
    if (completed === typed) return;
    let path: string | null = null;
    try {
      const added = new URL(completed).pathname;
      if (added !== '/' && !typed.includes(added)) path = added;
    } catch {
      path = null;
    }
    setCompletion({ url: completed, path });
  }

  /** The connection as the form has it, under the edited connection's id (for its stored secret). */
  function draftOf(values: ConnectionFormValues): Connection {
    return { ...connectionInputFrom(values), id: connection?.id ?? UNSAVED_ID };
  }

  const test = handleSubmit((values) => {
    setSaveNotice(null);
    const typed = secretsFrom(values);
    void startTest({ connection: draftOf(values), ...(typed ? { secrets: typed } : {}), key: valuesKey(values) });
  });

  function lastTestFailed(values: ConnectionFormValues): boolean {
    return testState.phase === 'done' && !testState.outcome.ok && testState.key === valuesKey(values);
  }

  function persist(values: ConnectionFormValues) {
    setConfirming(null);
    const isNew = connection === null;
    const { connection: saved, stored } = saveConnection(
      connectionInputFrom(values, connection?.id),
      secretsFrom(values),
    );
    if (isNew) setActiveConnection(saved.id);
    // Cached answers came from the old settings (or another server): drop them, never show them.
    removeCachedQueries(queryClient, saved.id);
    // The form now edits the saved connection; typed secrets leave the form with the reset.
    reset(formFromConnection(saved, hasStoredSecret(saved.id)));
    setCompletion(null);
    setSaveNotice({ name: saved.name, isNew, stored });
    onSaved(saved);
  }

  const save = handleSubmit((values) => {
    if (lastTestFailed(values)) setConfirming(values);
    else persist(values);
  });

  const storedNote = (where: 'device' | 'session') => t(`stored.${kind}.${where}` as const);

  return (
    <Card component="section" aria-labelledby={headingId}>
      <CardContent
        component="form"
        noValidate
        aria-labelledby={headingId}
        onSubmit={(event) => void save(event)}
        sx={{ display: 'grid', gap: 2.5 }}
      >
        <Box>
          <Typography id={headingId} ref={headingRef} tabIndex={-1} variant="h2" sx={{ outline: 'none' }}>
            {connection ? t('form.editHeading') : t('form.newHeading')}
          </Typography>
          {connection ? (
            <Typography color="textSecondary">{t('form.editing', { name: connection.name })}</Typography>
          ) : null}
        </Box>

        <Controller
          name="vendor"
          control={control}
          render={({ field }) => (
            <TextField
              select
              label={t('backend')}
              {...field}
              onChange={(event) => {
                field.onChange(event);
                setCompletion(null);
              }}
              // A connection keeps its backend: its drafts and cached data belong to that API.
              disabled={connection !== null}
              helperText={connection ? t('backend.fixed') : undefined}
              // The menu opens inside the page's main landmark (axe "region") rather than loose on <body>.
              slotProps={{
                select: { MenuProps: { container: () => document.querySelector('main') ?? document.body } },
              }}
            >
              {VENDOR_IDS.map((id) => (
                <MenuItem key={id} value={id}>
                  {VENDORS[id].label}
                </MenuItem>
              ))}
            </TextField>
          )}
        />

        <Controller
          name="baseUrl"
          control={control}
          render={({ field, fieldState }) => (
            <TextField
              {...field}
              label={t('baseUrl')}
              placeholder={definition.baseUrlExample}
              onChange={(event) => {
                setCompletion(null);
                field.onChange(event);
              }}
              onBlur={() => {
                completeOnBlur(field.value);
                field.onBlur();
              }}
              error={Boolean(fieldState.error)}
              helperText={fieldHelp(
                issue(fieldState.error?.message),
                completion
                  ? completion.path
                    ? t('baseUrl.completedPath', {
                        url: completion.url,
                        vendor: definition.label,
                        path: completion.path,
                      })
                    : t('baseUrl.completed', { url: completion.url })
                  : t('baseUrl.help', { example: definition.baseUrlExample }),
              )}
              autoComplete="url"
              slotProps={{ htmlInput: { spellCheck: false, inputMode: 'url' } }}
            />
          )}
        />

        <Controller
          name="name"
          control={control}
          render={({ field, fieldState }) => (
            <TextField
              {...field}
              label={t('name')}
              placeholder={baseUrl.trim() ? targetOf(completeBaseUrl(vendor, baseUrl, protocol)) : undefined}
              error={Boolean(fieldState.error)}
              helperText={fieldHelp(issue(fieldState.error?.message), t('name.help'))}
              autoComplete="off"
            />
          )}
        />

        {definition.audience ? (
          <Controller
            name="audienceId"
            control={control}
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                label={t('audienceId')}
                error={Boolean(fieldState.error)}
                helperText={fieldHelp(issue(fieldState.error?.message), t('audienceId.help'))}
                autoComplete="off"
                slotProps={{ htmlInput: { spellCheck: false } }}
              />
            )}
          />
        ) : null}

        {definition.secret === 'daLogin' ? (
          <Controller
            name="daAuth"
            control={control}
            render={({ field }) => (
              <FormControl component="fieldset">
                <FormLabel component="legend" id={daAuthLabelId}>
                  {t('daAuth')}
                </FormLabel>
                <RadioGroup
                  aria-labelledby={daAuthLabelId}
                  name={field.name}
                  value={field.value}
                  onChange={(event) => {
                    const next = event.target.value as DaAuthMode;
                    field.onChange(next);
                    onDaAuthChange(next);
                  }}
                >
                  <FormControlLabel value="login" control={<Radio />} label={t('daAuth.login')} />
                  <FormControlLabel value="session" control={<Radio />} label={t('daAuth.session')} />
                </RadioGroup>
              </FormControl>
            )}
          />
        ) : null}

        {connection ? (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
            <Typography id={storedNoteId}>
              {canKeep
                ? `${storedNote(connection.remember ? 'device' : 'session')} ${t(keeping ? 'stored.keepsHint' : 'stored.replacing')}`
                : t('stored.none')}
            </Typography>
            {canKeep ? (
              keeping ? (
                <Button
                  ref={replaceRef}
                  size="small"
                  variant="outlined"
                  aria-describedby={storedNoteId}
                  onClick={replaceSecret}
                >
                  {t('stored.replace')}
                </Button>
              ) : (
                <Button size="small" aria-describedby={storedNoteId} onClick={keepStoredSecret}>
                  {t('stored.keep')}
                </Button>
              )
            ) : null}
          </Box>
        ) : null}

        {keeping ? null : <SecretFields kind={kind} vendor={vendor} control={control} register={register} t={t} />}

        <Controller
          name="remember"
          control={control}
          render={({ field }) => (
            <Box>
              <FormControlLabel
                control={
                  <Checkbox
                    name={field.name}
                    checked={field.value}
                    onChange={(event) => field.onChange(event.target.checked)}
                    onBlur={field.onBlur}
                    slotProps={{ input: { 'aria-describedby': rememberHelpId } }}
                  />
                }
                label={t('remember')}
              />
              <FormHelperText id={rememberHelpId} sx={{ mt: 0 }}>
                {t('remember.help')}
              </FormHelperText>
            </Box>
          )}
        />

        <TestStatus t={t} state={testState} />
        {saveNotice ? (
          <StatusAlert severity={saveNotice.stored ? 'success' : 'warning'}>
            {t(saveNotice.isNew ? 'saved.new' : 'saved.edit', { name: saveNotice.name })}
            {saveNotice.stored ? null : ` ${t('saved.notStored')}`}
          </StatusAlert>
        ) : null}

        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          <Button type="submit" variant="contained">
            {t('save')}
          </Button>
          <Button variant="outlined" onClick={() => void test()}>
            {t('test')}
          </Button>
          {connection ? <Button onClick={onCancel}>{t('cancel')}</Button> : null}
        </Box>

        <ConfirmDialog
          open={confirming !== null}
          title={t('saveAnywayTitle')}
          body={t('saveAnywayBody', {
            reason:
              testState.phase === 'done'
                ? outcomeText(t, testState.outcome, testState.target, testState.vendor, locale)
                : '',
          })}
          confirmLabel={t('saveAnyway')}
          cancelLabel={t('cancel')}
          onConfirm={() => {
            if (confirming) persist(confirming);
          }}
          onCancel={() => setConfirming(null)}
        />
      </CardContent>
    </Card>
  );
}

interface SecretFieldsProps {
  kind: SecretKind;
  vendor: VendorId;
  control: Control<ConnectionFormValues>;
  register: UseFormRegister<ConnectionFormValues>;
  t: Translate<SettingsMessageKey>;
}

/** The empty secret fields of the vendor (and sign-in method): a stored secret never comes back here. */
function SecretFields({ kind, vendor, control, register, t }: SecretFieldsProps) {
  const { errors } = useFormState({ control, name: ['token', 'userName', 'password', 'session'] });
  const errorOf = (field: SecretField) => {
    const message = errors[field]?.message;
    return message ? t(message as FormIssue) : undefined;
  };
  if (kind === 'token') {
    return (
      <SecretInput
        registration={register('token')}
        label={t('token')}
        showLabel={t('token.show')}
        autoComplete="off"
        error={Boolean(errorOf('token'))}
        helperText={fieldHelp(errorOf('token'), t(TOKEN_HELP[vendor]))}
      />
    );
  }
  if (kind === 'session') {
    return (
      <SecretInput
        registration={register('session')}
        label={t('session')}
        showLabel={t('session.show')}
        autoComplete="off"
        error={Boolean(errorOf('session'))}
        helperText={fieldHelp(errorOf('session'), t('session.help'))}
      />
    );
  }
  const { ref, ...userName } = register('userName');
  return (
    <>
      <TextField
        {...userName}
        inputRef={ref}
        label={t('userName')}
        autoComplete="off"
        error={Boolean(errorOf('userName'))}
        helperText={fieldHelp(errorOf('userName'), t('login.help'))}
        slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
      />
      <SecretInput
        registration={register('password')}
        label={t('password')}
        showLabel={t('password.show')}
        autoComplete="new-password"
        error={Boolean(errorOf('password'))}
        helperText={fieldHelp(errorOf('password'), undefined)}
      />
    </>
  );
}
