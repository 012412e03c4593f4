import { defineMessages } from '@/ui/i18n/bundle';

/**
 * The words MUI's own components say, for the components this app uses: Alert's close button and
 * Autocomplete's buttons and states. Kept here rather than taken from `@mui/material/locale`,
 * whose every locale builds an `Intl.NumberFormat` when its module loads: the browser's first one
 * loads its number data, 40–70 ms on this machine's CPU (4× that on a phone), before the first
 * render. This app builds its own number formats when it has numbers to show (src/domain/formats.ts).
 */
export const muiMessages = defineMessages({
  en: {
    close: 'Close',
    clear: 'Clear',
    open: 'Open',
    loading: 'Loading…',
    noOptions: 'No options',
  },
  ru: {
    close: 'Закрыть',
    clear: 'Очистить',
    open: 'Открыть',
    loading: 'Загрузка…',
    noOptions: 'Нет доступных вариантов',
  },
});
