import { ConfirmDialog } from './ConfirmDialog';
import { useMessages } from './i18n';
import { sharedMessages } from './sharedMessages';

/** The one question asked before any segment is deleted, wherever the Delete was pressed. */
export function DeleteSegmentDialog({
  open,
  name,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  name: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useMessages(sharedMessages);
  return (
    <ConfirmDialog
      open={open}
      title={t('delete.title', { name })}
      body={t('delete.body')}
      confirmLabel={t('delete.confirm')}
      cancelLabel={t('delete.cancel')}
      destructive
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
