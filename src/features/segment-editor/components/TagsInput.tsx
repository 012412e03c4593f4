import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { memo, useState } from 'react';
import { useMessages } from '@/ui/i18n';
import { editorMessages } from '../messages';
import { addTags } from '../tags';

const NO_SUGGESTIONS: string[] = [];

export interface TagsInputProps {
  id: string;
  value: string[];
  onChange: (tags: string[]) => void;
  suggestions?: string[];
  error?: string;
  /** Shown below the field when there is no error. */
  helperText?: string;
  /** What was typed into the stand-in before this arrived (TagsField). */
  initialInput?: string;
  autoFocus?: boolean;
}

/** Tags as chips: Enter, a comma or leaving the field adds what was typed; Backspace removes the last. */
export const TagsInput = memo(function TagsInput({
  id,
  value,
  onChange,
  suggestions = NO_SUGGESTIONS,
  error,
  helperText,
  initialInput = '',
  autoFocus = false,
}: TagsInputProps) {
  const t = useMessages(editorMessages);
  const [text, setText] = useState(initialInput);
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
          autoFocus={autoFocus}
          label={t('tags')}
          placeholder={value.length === 0 ? t('tags.placeholder') : undefined}
          error={Boolean(error)}
          helperText={error ?? helperText}
        />
      )}
    />
  );
});
