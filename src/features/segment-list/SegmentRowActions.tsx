import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { SegmentSummary } from '@/api/provider';
import { useMessages } from '@/ui/i18n';
import { CopyIcon, DeleteIcon, EditIcon } from '@/ui/icons';
import { BareMoreIcon } from './listIcons';
import { listMessages } from './messages';

export type RowAction = 'clone' | 'delete';

/**
 * The row's menu: Edit (a link, so it opens in a new tab too) and Clone where the backend's
 * segments are edited here (capabilities.editing), and Delete always.
 */
export function SegmentRowActions({
  row,
  editing,
  onAction,
}: {
  row: SegmentSummary;
  editing: boolean;
  onAction: (action: RowAction, row: SegmentSummary) => void;
}) {
  const t = useMessages(listMessages);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const close = () => setAnchor(null);
  const act = (action: RowAction) => {
    close();
    onAction(action, row);
  };
  const editHref = `/segments/${encodeURIComponent(String(row.id))}/edit`;
  return (
    <>
      {/* A plain button styled by the table: one per row, and rows mount by the dozen while scrolling. */}
      <button
        type="button"
        className="menu-button"
        aria-label={t('actions.menu', { name: row.name })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <BareMoreIcon />
      </button>
      {anchor ? (
        <Menu
          id={menuId}
          anchorEl={anchor}
          open
          onClose={close}
          // Inside the page's main landmark (axe "region") rather than loose on <body>.
          container={() => anchor.closest('main') ?? document.body}
          // No scroll lock: it sets overflow: hidden on that container, which then becomes the
          // sticky table header's scroll box and moves the header. The menu closes on a click away.
          disableScrollLock
          anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
          transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        >
          {editing ? (
            <MenuItem component={RouterLink} to={editHref} onClick={close}>
              <ListItemIcon>
                <EditIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText>{t('actions.edit')}</ListItemText>
            </MenuItem>
          ) : null}
          {editing ? (
            <MenuItem onClick={() => act('clone')}>
              <ListItemIcon>
                <CopyIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText>{t('actions.clone')}</ListItemText>
            </MenuItem>
          ) : null}
          <MenuItem onClick={() => act('delete')} sx={{ color: 'error.main' }}>
            <ListItemIcon sx={{ color: 'inherit' }}>
              <DeleteIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t('actions.delete')}</ListItemText>
          </MenuItem>
        </Menu>
      ) : null}
    </>
  );
}
