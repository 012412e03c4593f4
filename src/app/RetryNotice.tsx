import Snackbar from '@mui/material/Snackbar';
import { useEffect, useState } from 'react';
import { subscribeRetryNotices } from '@/api/retryNotices';

/** Shown at least this long, so a one-second wait is still readable. */
const MIN_SHOWN_MS = 4_000;

/** "Too many requests: retrying in N s." while a read waits to be retried, on any page. */
export function RetryNotice() {
  const [notice, setNotice] = useState<{ message: string; shownMs: number; key: number } | null>(null);
  useEffect(
    () =>
      subscribeRetryNotices((next) =>
        setNotice({
          message: next.error.message,
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
      message={notice?.message}
      autoHideDuration={notice?.shownMs ?? null}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') setNotice(null);
      }}
    />
  );
}
