/**
 * A secret's text field: masked by default with a show/hide toggle, and uncontrolled (registered
 * with react-hook-form), so React never writes what is typed into the input's `value` attribute:
 * the secret lives in the element's property only, never in the DOM's markup.
 */
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useState, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { icon } from '@/ui/icons';

const VisibilityIcon = icon(
  'M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5zM12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z',
  'VisibilityIcon',
);
const VisibilityOffIcon = icon(
  'M12 7c2.76 0 5 2.24 5 5 0 .65-.13 1.26-.36 1.83l2.92 2.92c1.51-1.26 2.7-2.89 3.43-4.75-1.73-4.39-6-7.5-11-7.5-1.4 0-2.74.25-3.98.7l2.16 2.16C10.74 7.13 11.35 7 12 7zM2 4.27l2.28 2.28.46.46C3.08 8.3 1.78 10.02 1 12c1.73 4.39 6 7.5 11 7.5 1.55 0 3.03-.3 4.38-.84l.42.42L19.73 22 21 20.73 3.27 3 2 4.27zM7.53 9.8l1.55 1.55c-.05.21-.08.43-.08.65 0 1.66 1.34 3 3 3 .22 0 .44-.03.65-.08l1.55 1.55c-.67.33-1.41.53-2.2.53-2.76 0-5-2.24-5-5 0-.79.2-1.53.53-2.2zm4.31-.78l3.15 3.15.02-.16c0-1.66-1.34-3-3-3l-.17.01z',
  'VisibilityOffIcon',
);

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
  p: 0,
  m: '-1px',
} as const;

interface SecretInputProps {
  registration: UseFormRegisterReturn;
  label: string;
  /**
   * The toggle's name, e.g. "Show token"; aria-pressed says whether it is shown. It is the button's
   * text (visually hidden), not an aria-label, and never contains the field's own label: a lookup
   * by label ("API token", "Password") then finds the field alone.
   */
  showLabel: string;
  /** "new-password" for a password (no saved-password fill), "off" for tokens and cookies. */
  autoComplete: 'off' | 'new-password';
  helperText: ReactNode;
  error: boolean;
}

export function SecretInput({ registration, label, showLabel, autoComplete, helperText, error }: SecretInputProps) {
  const [shown, setShown] = useState(false);
  const { ref, ...field } = registration;
  return (
    <TextField
      {...field}
      inputRef={ref}
      label={label}
      type={shown ? 'text' : 'password'}
      autoComplete={autoComplete}
      error={error}
      helperText={helperText}
      slotProps={{
        // Shown secrets must not go to a spell-check service, nor be "corrected".
        htmlInput: { spellCheck: false, autoCapitalize: 'off', autoCorrect: 'off' },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              {/* describeChild: the tooltip describes the button instead of naming it with an aria-label. */}
              <Tooltip title={showLabel} describeChild>
                <IconButton aria-pressed={shown} edge="end" onClick={() => setShown((value) => !value)}>
                  {shown ? <VisibilityOffIcon /> : <VisibilityIcon />}
                  <Box component="span" sx={visuallyHidden}>
                    {showLabel}
                  </Box>
                </IconButton>
              </Tooltip>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
