import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { SegmentKind } from '@/domain/model';
import { useMessages } from '@/ui/i18n';
import { SearchIcon } from '@/ui/icons';
import { useSegmentKindLabel } from '@/ui/SegmentKindChip';
import { hasActiveFilters, SEGMENT_KINDS } from './listParams';
import { listMessages } from './messages';
import type { ListParamsState } from './useListParams';

const ANY = '';

export function ListToolbar({
  state,
  tagOptions,
  typeKnown,
}: {
  state: ListParamsState;
  /** Tags seen in the loaded rows; any other tag can still be typed. */
  tagOptions: string[];
  /** False when the backend's list says nothing about types, so the filter could only empty the list. */
  typeKnown: boolean;
}) {
  const t = useMessages(listMessages);
  const kindLabel = useSegmentKindLabel();
  const { view } = state;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start', mb: 2 }}>
      <TextField
        type="search"
        label={t('search')}
        value={state.searchText}
        onChange={(event) => state.setSearchText(event.target.value)}
        sx={{ width: 320, maxWidth: '100%' }}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
      />
      <TextField
        select
        label={t('filter.type')}
        value={view.kind ?? ANY}
        onChange={(event) => state.update({ kind: (event.target.value || null) as SegmentKind | null })}
        disabled={!typeKnown && view.kind === null}
        helperText={typeKnown ? undefined : t('filter.typeUnknown')}
        sx={{ width: 180 }}
      >
        <MenuItem value={ANY}>{t('filter.anyType')}</MenuItem>
        {SEGMENT_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {kindLabel(kind)}
          </MenuItem>
        ))}
      </TextField>
      <Autocomplete
        multiple
        freeSolo
        options={tagOptions}
        value={view.tags}
        onChange={(_event, tags) => state.update({ tags: [...new Set(tags.map((tag) => tag.trim()))].filter(Boolean) })}
        sx={{ width: 300, maxWidth: '100%' }}
        size="small"
        renderInput={(params) => (
          <TextField
            {...params}
            label={t('filter.tags')}
            placeholder={view.tags.length ? undefined : t('filter.tagsPlaceholder')}
          />
        )}
      />
      {hasActiveFilters(view) ? (
        <Button onClick={state.clearFilters} sx={{ mt: 0.25 }}>
          {t('filter.clear')}
        </Button>
      ) : null}
    </Box>
  );
}
