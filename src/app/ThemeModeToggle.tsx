import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';
import { DarkModeIcon, LightModeIcon, SystemModeIcon } from '@/ui/icons';
import { useMessages } from '@/ui/i18n';
import { appTip } from '@/ui/TipLayer';
import { appMessages } from './messages';

const order = ['system', 'light', 'dark'] as const;
type Mode = (typeof order)[number];

/** Cycles system → light → dark; "system" follows the OS preference live. */
export function ThemeModeToggle() {
  const t = useMessages(appMessages);
  const { mode, setMode } = useColorScheme();
  const current: Mode = mode ?? 'system';
  const next = order[(order.indexOf(current) + 1) % order.length] ?? 'system';
  const label = t('theme.toggle', { mode: t(`theme.${current}`) });
  const Icon = current === 'light' ? LightModeIcon : current === 'dark' ? DarkModeIcon : SystemModeIcon;
  return (
    <IconButton color="inherit" aria-label={label} {...appTip(label)} onClick={() => setMode(next)}>
      <Icon />
    </IconButton>
  );
}
