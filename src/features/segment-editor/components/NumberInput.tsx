import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useState, type ReactNode } from 'react';

interface NumberInputProps {
  id: string;
  label: string;
  value: number;
  /** What an emptied input means (0 for a limit, the range end for a sample bound). */
  emptyValue: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  suffix?: string;
  error?: boolean;
  helperText?: ReactNode;
  width?: number | string;
}

const textOf = (value: number) => (Number.isFinite(value) ? String(value) : '');

/**
 * A number input that keeps what is typed (an emptied field, a half-typed "1.") while reporting
 * numbers to the form, and shows the form's value again when it changes from outside (undo, the
 * slider).
 */
export function NumberInput(props: NumberInputProps) {
  const { id, label, value, emptyValue, onChange, min, max, suffix, error, helperText, width } = props;
  const [text, setText] = useState(() => textOf(value));
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    // The value moved without this input (undo, the slider): show it, unless it is what we typed.
    setShown(value);
    const typed = text.trim() === '' ? emptyValue : Number(text);
    if (!Object.is(typed, value)) setText(textOf(value));
  }
  return (
    <TextField
      id={id}
      label={label}
      type="number"
      value={text}
      error={error}
      helperText={helperText}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const parsed = next.trim() === '' ? emptyValue : Number(next);
        if (!Number.isNaN(parsed)) onChange(parsed);
      }}
      onBlur={() => {
        if (text.trim() === '') setText(textOf(emptyValue));
      }}
      sx={{ width }}
      slotProps={{
        htmlInput: { min, max, step: 1, inputMode: 'numeric' },
        input: suffix ? { endAdornment: <InputAdornment position="end">{suffix}</InputAdornment> } : {},
      }}
    />
  );
}
