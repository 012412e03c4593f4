import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { isRemembered, setActiveConnection, useActiveConnection } from '@/api/activeConnection';
import { createProvider } from '@/api/connection';
import { EMBEDDED_BACKEND_AVAILABLE } from '@/api/embeddedBackend';
import { useMessages } from '@/ui/i18n';
import { connectionFormSchema, connectionFromForm, formFromConnection, type ConnectionForm } from './connectionForm';
import { settingsMessages } from './messages';
import { ResetDemoData } from './ResetDemoData';

type Status = { severity: 'success' | 'error' | 'info'; text: string } | null;

export default function SettingsPage() {
  const t = useMessages(settingsMessages);
  const queryClient = useQueryClient();
  const active = useActiveConnection();
  const [status, setStatus] = useState<Status>(null);
  const [showToken, setShowToken] = useState(false);
  const { control, handleSubmit, formState } = useForm<ConnectionForm>({
    resolver: zodResolver(connectionFormSchema),
    defaultValues: formFromConnection(active, isRemembered()),
  });
  const vendor = useWatch({ control, name: 'vendor' });
  const fieldError = (message: string | undefined) => (message ? t(message as 'baseUrl.required') : undefined);

  const save = handleSubmit((form) => {
    const connection = connectionFromForm(form);
    setActiveConnection(connection, { remember: form.remember });
    queryClient.clear();
    setStatus({ severity: 'success', text: t('saved', { name: connection.name }) });
  });

  const test = handleSubmit(async (form) => {
    setStatus({ severity: 'info', text: t('testing') });
    try {
      const databases = await createProvider(connectionFromForm(form)).databases();
      setStatus({ severity: 'success', text: t('testOk', { count: databases.length }) });
    } catch (error) {
      setStatus({
        severity: 'error',
        text: t('testFailed', { reason: error instanceof Error ? error.message : String(error) }),
      });
    }
  });

  return (
    <Box sx={{ maxWidth: 720 }}>
      <Typography variant="h1" gutterBottom>
        {t('title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('subtitle')}
      </Typography>
      <Card component="section" aria-labelledby="connection-heading" sx={{ mb: 3 }}>
        <CardContent component="form" noValidate onSubmit={save} sx={{ display: 'grid', gap: 2.5 }}>
          <Typography id="connection-heading" variant="h2">
            {t('connectionHeading')}
          </Typography>
          <Controller
            name="vendor"
            control={control}
            render={({ field }) => (
              <TextField select label={t('backend')} {...field}>
                <MenuItem value="demo" disabled={!EMBEDDED_BACKEND_AVAILABLE}>
                  {t(EMBEDDED_BACKEND_AVAILABLE ? 'backend.demo' : 'backend.demoMissing')}
                </MenuItem>
                <MenuItem value="altcraft">{t('backend.altcraft')}</MenuItem>
              </TextField>
            )}
          />
          {vendor !== 'demo' ? (
            <>
              <Controller
                name="baseUrl"
                control={control}
                render={({ field, fieldState }) => (
                  <TextField
                    label={t('baseUrl')}
                    placeholder="https://example.com/api/v1.1"
                    {...field}
                    error={Boolean(fieldState.error)}
                    helperText={fieldError(fieldState.error?.message) ?? t('baseUrl.help')}
                    autoComplete="url"
                  />
                )}
              />
              <Controller
                name="token"
                control={control}
                render={({ field, fieldState }) => (
                  <TextField
                    label={t('token')}
                    type={showToken ? 'text' : 'password'}
                    {...field}
                    error={Boolean(fieldState.error)}
                    helperText={fieldError(fieldState.error?.message) ?? t('token.help')}
                    autoComplete="off"
                    slotProps={{
                      input: {
                        endAdornment: (
                          <InputAdornment position="end">
                            <Button
                              size="small"
                              onClick={() => setShowToken((shown) => !shown)}
                              aria-pressed={showToken}
                            >
                              {showToken ? t('token.hide') : t('token.show')}
                            </Button>
                          </InputAdornment>
                        ),
                      },
                    }}
                  />
                )}
              />
              <Controller
                name="remember"
                control={control}
                render={({ field }) => (
                  <FormControlLabel
                    control={
                      <Checkbox checked={field.value} onChange={(event) => field.onChange(event.target.checked)} />
                    }
                    label={t('remember')}
                  />
                )}
              />
            </>
          ) : null}
          {status ? (
            <Alert severity={status.severity} role={status.severity === 'error' ? 'alert' : 'status'}>
              {status.text}
            </Alert>
          ) : null}
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button type="submit" variant="contained" disabled={formState.isSubmitting}>
              {t('save')}
            </Button>
            <Button onClick={() => void test()}>{t('test')}</Button>
          </Box>
        </CardContent>
      </Card>
      <ResetDemoData />
    </Box>
  );
}
