import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { SegmentKind } from '@/domain/model';
import { useMessages } from '@/ui/i18n';
import { SearchIcon } from '@/ui/icons';
import { useSegmentKindLabel } from '@/ui/SegmentKindChip';
import { hasActiveFilters, type ListParams } from './listParams';
import { listMessages } from './messages';
import { TagFilter } from './TagFilter';
import type { ListParamsState } from './useListParams';

const ANY = '';

/** Search always; the type and tag filters only where the backend can tell rows apart by them. */
export function ListToolbar({
  state,
  view,
  tagOptions,
  kinds,
  showTags,
}: {
  state: ListParamsState;
  /** The view as this backend applies it (the URL's, less what it cannot do). */
  view: ListParams;
  /** Tags seen in the loaded rows; any other tag can still be typed. */
  tagOptions: string[];
  /**
   * The backend's kinds (capabilities.kinds): the type filter shows when there is a choice. Where
   * the list does not report a row's kind, the page reads it from the row's `get` (useRowDetails).
   */
  kinds: readonly SegmentKind[];
  /** The backend's rows report tags (or a tag filter is already set, so it can be cleared). */
  showTags: boolean;
}) {
  const t = useMessages(listMessages);
  const kindLabel = useSegmentKindLabel();
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
      {kinds.length > 1 ? (
        <TextField
          select
          label={t('filter.type')}
          value={view.kind ?? ANY}
          onChange={(event) => state.update({ kind: (event.target.value || null) as SegmentKind | null })}
          sx={{ width: 180 }}
        >
          <MenuItem value={ANY}>{t('filter.anyType')}</MenuItem>
          {kinds.map((kind) => (
            <MenuItem key={kind} value={kind}>
              {kindLabel(kind)}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      {showTags ? (
        <TagFilter
          value={view.tags}
          options={tagOptions}
          onChange={(tags) => state.update({ tags })}
          label={t('filter.tags')}
          placeholder={t('filter.tagsPlaceholder')}
        />
      ) : null}
      {hasActiveFilters(view) ? (
        <Button onClick={state.clearFilters} sx={{ mt: 0.25 }}>
          {t('filter.clear')}
        </Button>
      ) : null}
    </Box>
  );
}
