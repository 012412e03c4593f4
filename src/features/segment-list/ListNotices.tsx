import Alert from '@mui/material/Alert';
import { useMessages } from '@/ui/i18n';
import type { ListParams } from './listParams';
import { listMessages } from './messages';

/**
 * The backend filters by name and tag itself; type and order are applied here, over the rows
 * loaded so far. While more pages remain, say so rather than let a partial answer look complete.
 */
export function ListNotices({
  view,
  loadedCount,
  hasMore,
}: {
  view: ListParams;
  loadedCount: number;
  hasMore: boolean;
}) {
  const t = useMessages(listMessages);
  const byType = view.kind !== null;
  const sorted = view.sort !== 'default';
  if (!hasMore || (!byType && !sorted)) return null;
  const what =
    byType && sorted ? 'filter.loadedOnly.both' : byType ? 'filter.loadedOnly.type' : 'filter.loadedOnly.sort';
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {t('filter.loadedOnly', { what: t(what), count: loadedCount })}
    </Alert>
  );
}
