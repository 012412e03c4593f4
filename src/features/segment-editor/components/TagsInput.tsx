import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo, useId, useState } from 'react';
import { useMessages } from '@/ui/i18n';
import { editorMessages } from '../messages';
import { addTags } from '../tags';

const NO_SUGGESTIONS: string[] = [];

interface TagsInputProps {
  id: string;
  value: string[];
  onChange: (tags: string[]) => void;
  suggestions?: string[];
  error?: string;
  /** Shown below the field when there is no error. */
  helperText?: string;
}

/** Tags as chips: Enter, a comma or leaving the field adds what was typed; Backspace removes the last. */
export const TagsInput = memo(function TagsInput({
  id,
  value,
  onChange,
  suggestions = NO_SUGGESTIONS,
  error,
  helperText,
}: TagsInputProps) {
  const t = useMessages(editorMessages);
  const [text, setText] = useState('');
  const commitText = () => {
    if (text.trim() === '') return;
    onChange(addTags(value, [text]));
    setText('');
  };
  return (
    <Autocomplete<string, true, false, true>
      id={id}
      multiple
      freeSolo
      autoHighlight
      size="small"
      options={suggestions.filter((tag) => !value.includes(tag))}
      value={value}
      inputValue={text}
      onInputChange={(_event, next, reason) => {
        if (reason === 'reset') return;
        if (next.includes(',')) {
          onChange(addTags(value, next.split(',')));
          setText('');
        } else setText(next);
      }}
      onChange={(_event, next) => {
        onChange(addTags([], next));
        setText('');
      }}
      onBlur={commitText}
      renderValue={(tags, getItemProps) =>
        tags.map((tag, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} size="small" label={tag} {...itemProps} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('tags')}
          placeholder={value.length === 0 ? t('tags.placeholder') : undefined}
          error={Boolean(error)}
          helperText={error ?? helperText}
        />
      )}
    />
  );
});

/**
 * The tags a server reports where this backend cannot store changes to them: shown as chips,
 * never offered for editing (an edit would be dropped on save).
 */
export const ReadOnlyTags = memo(function ReadOnlyTags({ tags, error }: { tags: readonly string[]; error?: string }) {
  const t = useMessages(editorMessages);
  const helpId = useId();
  return (
    <Box component="fieldset" aria-describedby={helpId} sx={{ border: 0, m: 0, p: 0, minWidth: 0 }}>
      <Typography variant="body2" component="legend" color="textSecondary" sx={{ p: 0, mb: 0.5 }}>
        {t('tags')}
      </Typography>
      <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, listStyle: 'none', m: 0, p: 0 }}>
        {tags.map((tag) => (
          <li key={tag}>
            <Chip size="small" variant="outlined" label={tag} />
          </li>
        ))}
      </Box>
      <FormHelperText id={helpId} error={Boolean(error)}>
        {error ?? t('tags.readOnly')}
      </FormHelperText>
    </Box>
  );
});
