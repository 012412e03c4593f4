/** The result of "Test connection" in words: the cause first, then the vendor's own text. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { VENDORS, type VendorId } from '@/api/vendors/registry';
import { useLocale, type Translate } from '@/ui/i18n';
import { redactSecrets, type TestOutcome } from './connectionTest';
import { StatusAlert } from './StatusAlert';
import type { SettingsMessageKey } from './messages';
import type { TestState } from './useConnectionTest';

/** The headline of a finished test. */
export function outcomeText(
  t: Translate<SettingsMessageKey>,
  outcome: TestOutcome,
  target: string,
  vendor: VendorId,
  locale = 'en',
): string {
  const host = target;
  if (outcome.ok) return t('test.ok', { host });
  switch (outcome.cause) {
    case 'unreachable':
      return t('test.unreachable', { host });
    case 'refused':
      return t(`test.refused.${outcome.reason}`, { host });
    case 'wrongPath':
      return t('test.wrongPath', { host, vendor: VENDORS[vendor].label, example: VENDORS[vendor].baseUrlExample });
    case 'wrongSecret':
      return t(`test.wrongSecret.${outcome.secret}`, { host });
    case 'timeout':
      return t('test.timeout', { host, seconds: outcome.seconds });
    case 'other':
      return t('test.other', { reason: redactSecrets(outcome.error.text(locale), outcome.hide ?? []) });
  }
}

export function TestStatus({ t, state }: { t: Translate<SettingsMessageKey>; state: TestState }) {
  const locale = useLocale();
  if (state.phase === 'idle') return null;
  if (state.phase === 'running') {
    return <StatusAlert severity="info">{t('test.running', { host: state.target })}</StatusAlert>;
  }
  const { outcome } = state;
  const text = outcomeText(t, outcome, state.target, state.vendor, locale);
  if (outcome.ok) {
    return <StatusAlert severity="success">{text}</StatusAlert>;
  }
  return (
    <Alert severity="error" role="alert">
      <Box component="span" sx={{ display: 'block' }}>
        {text}
      </Box>
      {outcome.serverText ? (
        <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
          {t('test.details', { text: outcome.serverText })}
        </Box>
      ) : null}
    </Alert>
  );
}
