import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { useMessages } from '@/ui/i18n';
import { sortColumnOf, type ListParams } from './listParams';
import { listMessages } from './messages';
import type { Learning } from './useRowDetails';

const NOTHING: Learning = { kind: 0, count: 0 };

/**
 * The backend filters by name and tag itself; type and order are applied here, over the rows
 * loaded so far. While more pages remain, say so rather than let a partial answer look complete;
 * while the type or size of loaded rows is still being read (useRowDetails), say that too, with a
 * count, so an empty or short result is never mistaken for the answer.
 */
export function ListNotices({
  view,
  loadedCount,
  hasMore,
  learning = NOTHING,
  failed = NOTHING,
}: {
  view: ListParams;
  loadedCount: number;
  hasMore: boolean;
  /** Loaded rows whose type (for a type filter) or size (for a size sort) is still being read. */
  learning?: Learning;
  /** Loaded rows whose type or size could not be read. */
  failed?: Learning;
}) {
  const t = useMessages(listMessages);
  const byType = view.kind !== null;
  const sorted = view.sort !== 'default';
  const bySize = sortColumnOf(view.sort)?.column === 'size';
  const reading = [
    byType && learning.kind > 0 ? t('learning.kind', { count: learning.kind }) : null,
    bySize && learning.count > 0 ? t('learning.count', { count: learning.count }) : null,
  ].filter((text) => text !== null);
  const lost = [
    byType && failed.kind > 0 ? t('learning.failedKind', { count: failed.kind }) : null,
    bySize && failed.count > 0 ? t('learning.failedCount', { count: failed.count }) : null,
  ].filter((text) => text !== null);
  const what =
    byType && sorted ? 'filter.loadedOnly.both' : byType ? 'filter.loadedOnly.type' : 'filter.loadedOnly.sort';
  return (
    <>
      {/* Always in the page, so screen readers hear the count change (a live region must exist first). */}
      <Box component="output" sx={{ display: 'block' }}>
        {reading.length > 0 ? (
          <Alert severity="info" icon={<CircularProgress size={20} aria-hidden="true" />} sx={{ mb: 2 }}>
            {reading.join(' ')} {t('learning.why')}
          </Alert>
        ) : null}
      </Box>
      {lost.length > 0 ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {lost.join(' ')}
        </Alert>
      ) : null}
      {hasMore && (byType || sorted) ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('filter.loadedOnly', { what: t(what), count: loadedCount })}
        </Alert>
      ) : null}
    </>
  );
}
