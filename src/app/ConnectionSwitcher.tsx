/**
 * The active connection in the app bar (UI contract: a button whose name contains "Connection",
 * the active name visible): its menu lists every connection and switches this tab to another.
 * Each connection keeps its own caches and drafts, so switching loses nothing.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { setActiveConnection, useConnectionsSnapshot } from '@/api/connections';
import { VENDORS } from '@/api/vendors/registry';
import { useMessages } from '@/ui/i18n';
import { appMessages } from './messages';

/** Segment ids belong to one connection: a switch from a segment's page goes back to the list. */
const SEGMENT_PAGE = /^\/segments\/.+/;

export function ConnectionSwitcher() {
  const t = useMessages(appMessages);
  const { connections, active } = useConnectionsSnapshot();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const navigate = useNavigate();
  const location = useLocation();
  const close = () => setAnchor(null);

  const choose = (id: string) => {
    close();
    if (id === active?.id) return;
    setActiveConnection(id);
    if (SEGMENT_PAGE.test(location.pathname)) void navigate('/segments');
  };

  return (
    <>
      <Button
        color="inherit"
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        aria-label={t('connection.switch', { name: active?.name ?? t('connection.none') })}
        onClick={(event) => setAnchor(event.currentTarget)}
        // Pushed to the bar's end; on a phone it takes the room the brand and the pages leave, and a
        // long name ends in an ellipsis (the menu and the accessible name carry it in full).
        sx={{ textTransform: 'none', maxWidth: { xs: 'none', sm: 320 }, minWidth: 0, flexShrink: 1, ml: 'auto' }}
      >
        <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {active?.name ?? t('connection.none')}
        </Box>
        <Box component="span" aria-hidden sx={{ ml: 0.5 }}>
          ▾
        </Box>
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={close}
        // Inside the app bar's banner landmark (axe "region") rather than loose on <body>.
        container={() => anchor?.closest('header') ?? document.body}
      >
        {connections.map((connection) => (
          <MenuItem
            key={connection.id}
            role="menuitemradio"
            aria-checked={connection.id === active?.id}
            selected={connection.id === active?.id}
            onClick={() => choose(connection.id)}
          >
            <ListItemText primary={connection.name} secondary={VENDORS[connection.vendor].label} />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            close();
            void navigate('/settings');
          }}
        >
          {t('connection.manage')}
        </MenuItem>
      </Menu>
    </>
  );
}
