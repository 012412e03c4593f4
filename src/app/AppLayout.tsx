import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Suspense, useRef } from 'react';
import { NavLink, Outlet, useMatches } from 'react-router';
import { SegmentsIcon } from '@/ui/icons';
import { AppTips } from '@/ui/TipLayer';
import { useDocumentTitle, useMessages } from '@/ui/i18n';
import { AppMenu, type NavItem } from './AppMenu';
import { ConnectionSwitcher } from './ConnectionSwitcher';
import { appMessages } from './messages';
import { RetryNotice } from './RetryNotice';
import type { RouteHandle } from './routes';
import { ThemeModeToggle } from './ThemeModeToggle';

const navItems: readonly NavItem[] = [
  { to: '/segments', key: 'nav.segments' },
  { to: '/settings', key: 'nav.settings' },
];

/** The deepest route's title, in the active language, as the tab's title. */
function usePageTitle(): void {
  const t = useMessages(appMessages);
  const handle = useMatches()
    .map((match) => match.handle as RouteHandle | undefined)
    .findLast((candidate) => candidate?.title !== undefined);
  useDocumentTitle(handle ? t('title.format', { page: t(handle.title) }) : t('app.name'));
}

export function AppLayout() {
  const t = useMessages(appMessages);
  usePageTitle();
  const layoutRef = useRef<HTMLDivElement>(null);
  return (
    <Box ref={layoutRef} sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppTips containerRef={layoutRef} />
      <Box
        component="a"
        href="#main"
        sx={{
          position: 'absolute',
          left: -9999,
          '&:focus': { left: 8, top: 8, zIndex: 2000, p: 1, bgcolor: 'background.paper' },
        }}
      >
        {t('app.skipToContent')}
      </Box>
      <AppBar
        position="sticky"
        color="default"
        sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
      >
        {/* Narrower than 900 px the pages move into a menu, and on a phone the brand keeps its icon
            only, so the connection switcher and the theme toggle stay in the bar without a sideways scroll. */}
        <Toolbar variant="dense" sx={{ gap: { xs: 1, sm: 2 }, minHeight: 56 }}>
          <SegmentsIcon color="primary" aria-hidden />
          <Typography
            component="span"
            sx={{ display: { xs: 'none', sm: 'inline' }, fontWeight: 700, fontSize: '1.05rem', mr: 2, flex: 'none' }}
          >
            {t('app.name')}
          </Typography>
          <Box
            component="nav"
            aria-label={t('nav.label')}
            sx={{ display: 'flex', gap: 0.5, flex: { xs: 'none', md: 1 }, order: { xs: -1, md: 0 } }}
          >
            <Box sx={{ display: { xs: 'block', md: 'none' } }}>
              <AppMenu items={navItems} />
            </Box>
            {navItems.map((item) => (
              <Button
                key={item.to}
                component={NavLink}
                to={item.to}
                color="inherit"
                sx={{
                  display: { xs: 'none', md: 'inline-flex' },
                  flex: 'none',
                  '&.active': { color: 'primary.main', bgcolor: 'action.selected' },
                }}
              >
                {t(item.key)}
              </Button>
            ))}
          </Box>
          <ConnectionSwitcher />
          <ThemeModeToggle />
        </Toolbar>
      </AppBar>
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ px: { xs: 2, md: 4 }, py: 3, maxWidth: 1760, mx: 'auto', outline: 'none' }}
      >
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
        <RetryNotice />
      </Box>
    </Box>
  );
}

export function PageLoading() {
  const t = useMessages(appMessages);
  return (
    <Box component="output" sx={{ display: 'flex', justifyContent: 'center', py: 8 }}>
      <CircularProgress aria-label={t('loading.page')} />
    </Box>
  );
}
