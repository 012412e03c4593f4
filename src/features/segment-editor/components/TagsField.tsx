import TextField from '@mui/material/TextField';
import { memo, useState } from 'react';
import { deferredModule, useDeferredModule } from '@/ui/deferred';
import { useMessages } from '@/ui/i18n';
import { editorMessages } from '../messages';
import { addTags } from '../tags';
import type { TagsInputProps } from './TagsInput';

/** MUI's Autocomplete and Popper: 14 KiB that a backend which stores no tags never fetches. */
const tagsInputModule = deferredModule(() => import('./TagsInput'));

/**
 * The tags of a backend that stores them. The combobox is fetched as the form mounts; until it
 * arrives (a moment, or longer offline) a plain field with the same id, name and size stands in,
 * so a save error can still focus it. Enter there adds the tag, and what is typed carries over,
 * with the focus, when the combobox replaces it.
 */
export const TagsField = memo(function TagsField(props: Omit<TagsInputProps, 'initialInput' | 'autoFocus'>) {
  const { id, value, onChange, error, helperText } = props;
  const t = useMessages(editorMessages);
  const loaded = useDeferredModule(tagsInputModule, true);
  const [typed, setTyped] = useState('');
  const [focused, setFocused] = useState(false);
  if (loaded) return <loaded.TagsInput {...props} initialInput={typed} autoFocus={focused} />;

  const commitTyped = () => {
    if (typed.trim() === '') return;
    onChange(addTags(value, [typed]));
    setTyped('');
  };
  return (
    <TextField
      id={id}
      size="small"
      fullWidth
      label={t('tags')}
      placeholder={value.length === 0 ? t('tags.placeholder') : undefined}
      value={typed}
      error={Boolean(error)}
      helperText={error ?? helperText}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        commitTyped();
      }}
      onChange={(event) => setTyped(event.target.value)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        commitTyped();
      }}
      slotProps={{
        // The combobox it stands for, not yet expanded: the same role and name as once it has arrived.
        htmlInput: { role: 'combobox', 'aria-expanded': false, 'aria-autocomplete': 'list' },
      }}
    />
  );
});
