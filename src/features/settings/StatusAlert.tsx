import Alert, { type AlertProps } from '@mui/material/Alert';

/**
 * A polite live region in an Alert's dress: results that are not failures (a passed test, a save)
 * are announced without interrupting. Failures use a plain `<Alert>`, whose role is already alert.
 */
export function StatusAlert(props: Omit<AlertProps, 'role'>) {
  // MUI's Alert is a div, and <output> cannot be styled as one; the lint rule sees the role only.
  // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
  return <Alert {...props} role="status" />;
}
