/**
 * The app bar's menu on a phone, where the navigation buttons do not fit beside the connection
 * switcher and the theme toggle: the pages, then the interface language (otherwise in Settings).
 */
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { LANGUAGE_NAMES, LANGUAGES, setLanguage, useLanguage, useMessages } from '@/ui/i18n';
import { icon } from '@/ui/icons';
import { appMessages, type AppMessageKey } from './messages';

const MenuIcon = icon('M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z', 'MenuIcon');

export interface NavItem {
  to: string;
  key: AppMessageKey;
}

/** Whether `pathname` is `to` or a page under it (a segment's page is under Segments). */
const isCurrent = (pathname: string, to: string) => pathname === to || pathname.startsWith(`${to}/`);

export function AppMenu({ items }: { items: readonly NavItem[] }) {
  const t = useMessages(appMessages);
  const language = useLanguage();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const languageId = useId();
  const close = () => setAnchor(null);

  return (
    <>
      <IconButton
        color="inherit"
        edge="start"
        aria-label={t('nav.menu')}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <MenuIcon />
      </IconButton>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={close}
        // Inside the app bar's banner landmark (axe "region") rather than loose on <body>.
        container={() => anchor?.closest('header') ?? document.body}
      >
        {items.map((item) => {
          const current = isCurrent(pathname, item.to);
          return (
            <MenuItem
              key={item.to}
              selected={current}
              aria-current={current ? 'page' : undefined}
              onClick={() => {
                close();
                void navigate(item.to);
              }}
            >
              {t(item.key)}
            </MenuItem>
          );
        })}
        <Divider />
        {/* A caption, not a list item of the menu: the language items are named by it. */}
        <ListSubheader id={languageId} role="presentation" sx={{ lineHeight: 2.5, bgcolor: 'transparent' }}>
          {t('nav.language')}
        </ListSubheader>
        {LANGUAGES.map((option) => (
          <MenuItem
            key={option}
            role="menuitemradio"
            aria-checked={option === language}
            aria-describedby={languageId}
            lang={option}
            selected={option === language}
            onClick={() => {
              close();
              setLanguage(option);
            }}
          >
            {LANGUAGE_NAMES[option]}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
