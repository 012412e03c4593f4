import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { memo, useId } from 'react';
import { useMessages } from '@/ui/i18n';
import { editorMessages } from '../messages';

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
