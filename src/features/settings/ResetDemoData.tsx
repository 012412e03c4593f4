import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { clearConnectionData, listConnections, useConnections } from '@/api/connections';
import { resetDemoData } from '@/api/demoAdmin';
import { ConfirmDialog } from '@/ui/ConfirmDialog';
import { apiErrorText } from '@/api/errors';
import { useLocale, useMessages } from '@/ui/i18n';
import { settingsMessages } from './messages';

/** Only where the build carries the embedded backend, which its built-in connections stand for. */
export function ResetDemoData() {
  const hasDemo = useConnections().some((connection) => connection.builtIn);
  return hasDemo ? <ResetDemoDataCard /> : null;
}

function ResetDemoDataCard() {
  const t = useMessages(settingsMessages);
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const locale = useLocale();
  // The outcome, not its words: a switch of language re-words it.
  const [result, setResult] = useState<{ ok: true } | { ok: false; error: unknown } | null>(null);

  async function reset() {
    setConfirming(false);
    try {
      await resetDemoData();
      // Drafts of the demo connections were made against the data that is now gone.
      for (const connection of listConnections()) {
        if (connection.builtIn) clearConnectionData(connection.id);
      }
      await queryClient.invalidateQueries();
      setResult({ ok: true });
    } catch (error) {
      setResult({ ok: false, error });
    }
  }

  return (
    <Card component="section" aria-labelledby="demo-heading">
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Typography id="demo-heading" variant="h2">
          {t('demoHeading')}
        </Typography>
        <Typography color="textSecondary">{t('demoBody')}</Typography>
        {result ? (
          <Alert severity={result.ok ? 'success' : 'error'} role={result.ok ? 'status' : 'alert'}>
            {result.ok ? t('resetDone') : t('resetFailed', { reason: apiErrorText(result.error, locale) })}
          </Alert>
        ) : null}
        <div>
          <Button color="warning" variant="outlined" onClick={() => setConfirming(true)}>
            {t('reset')}
          </Button>
        </div>
        <ConfirmDialog
          open={confirming}
          title={t('resetConfirmTitle')}
          body={t('resetConfirmBody')}
          confirmLabel={t('reset')}
          cancelLabel={t('cancel')}
          destructive
          onConfirm={() => void reset()}
          onCancel={() => setConfirming(false)}
        />
      </CardContent>
    </Card>
  );
}
