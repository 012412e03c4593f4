// From the bundle module itself: the page shell (src/app/shell/pageShell.ts) draws the list's
// heading from this catalog before React arrives, and the i18n index would bring React with it.
// A catalog of its own so that the shell, which every page loads, carries two strings and not
// the whole list's.
import { defineMessages } from '@/ui/i18n/bundle';

export const listHeadingMessages = defineMessages({
  en: {
    title: 'Segments',
    subtitle: 'Audiences built from your databases.',
  },
  ru: {
    title: 'Сегменты',
    subtitle: 'Аудитории, построенные из ваших баз данных.',
  },
});
