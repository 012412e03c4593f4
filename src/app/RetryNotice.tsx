import Snackbar from '@mui/material/Snackbar';
import { useEffect, useState } from 'react';
import { apiErrorText } from '@/api/errors';
import { subscribeRetryNotices } from '@/api/retryNotices';
import { useLocale } from '@/ui/i18n';

/** Shown at least this long, so a one-second wait is still readable. */
const MIN_SHOWN_MS = 4_000;

/** "Too many requests: retrying in N s." while a read waits to be retried, on any page. */
export function RetryNotice() {
  const locale = useLocale();
  // The error itself is kept, so the notice is worded (and re-worded) in the active language.
  const [notice, setNotice] = useState<{ error: unknown; shownMs: number; key: number } | null>(null);
  useEffect(
    () =>
      subscribeRetryNotices((next) =>
        setNotice({
          error: next.error,
          shownMs: Math.max(MIN_SHOWN_MS, next.delayMs),
          key: Date.now(),
        }),
      ),
    [],
  );
  return (
    <Snackbar
      key={notice?.key}
      open={notice !== null}
      message={notice ? apiErrorText(notice.error, locale) : undefined}
      autoHideDuration={notice?.shownMs ?? null}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') setNotice(null);
      }}
    />
  );
}
