import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { apiErrorText, isApiError } from '@/api/errors';
import { useLocale, useMessages } from '@/ui/i18n';
import { LoadErrorAlert } from '@/ui/LoadErrorAlert';
import { hasActiveFilters, type ListParams } from './listParams';
import { listMessages } from './messages';

/**
 * Nothing to show: either there are no segments at all, or the filters leave none. With no
 * segments, New segment is offered again where segments are made here (`createAction`).
 */
export function EmptyState({
  view,
  onClear,
  createAction,
}: {
  view: ListParams;
  onClear: () => void;
  createAction: ReactNode;
}) {
  const t = useMessages(listMessages);
  const filtered = hasActiveFilters(view);
  const text = !filtered
    ? t(createAction ? 'empty' : 'emptyReadOnly')
    : view.search && !view.kind && !view.tags.length
      ? t('emptySearch', { search: view.search })
      : t('emptyFiltered');
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography color="textSecondary" sx={{ mb: 2 }}>
        {text}
      </Typography>
      {filtered ? <Button onClick={onClear}>{t('filter.clear')}</Button> : createAction}
    </Box>
  );
}

/** The first page failed: say why, and offer a retry (and the settings when it is about access). */
export function LoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useMessages(listMessages);
  const locale = useLocale();
  return (
    <LoadErrorAlert toSettings={isApiError(error) && error.action === 'settings'} onRetry={onRetry}>
      {t('error', { reason: apiErrorText(error, locale) })}
    </LoadErrorAlert>
  );
}
