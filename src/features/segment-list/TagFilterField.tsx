import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { sameContent } from '@/builder/useStableValue';
import type { TagFilterProps } from './TagFilter';
import { distinctTags } from './listParams';

/**
 * The tag filter's combobox: the loaded rows' tags to pick from, any other tag typed and Enter. It
 * takes over from TagFilter's stand-in with what was typed there, and the focus if it had it.
 */
export default function TagFilterField({
  value,
  options,
  onChange,
  label,
  placeholder,
  initialInput = '',
  autoFocus = false,
}: TagFilterProps & { initialInput?: string; autoFocus?: boolean }) {
  const [input, setInput] = useState(initialInput);
  return (
    <Autocomplete
      multiple
      freeSolo
      options={options}
      value={value}
      inputValue={input}
      onInputChange={(_event, text) => setInput(text)}
      onChange={(_event, tags) => {
        // Enter on nothing but spaces adds nothing, as in the stand-in: no change to report.
        const next = distinctTags(tags);
        if (!sameContent(next, value)) onChange(next);
      }}
      // Taking over while the reader types: the matching tags show at once.
      openOnFocus={autoFocus}
      sx={{ width: 300, maxWidth: '100%' }}
      size="small"
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={value.length ? undefined : placeholder}
          // Only when the stand-in it replaces had the focus: the focus stays where the reader put it.
          autoFocus={autoFocus}
        />
      )}
    />
  );
}
