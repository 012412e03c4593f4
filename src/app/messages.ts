import { defineMessages } from '@/ui/i18n';

export const appMessages = defineMessages({
  en: {
    'app.name': 'Segment Studio',
    'app.skipToContent': 'Skip to content',
    'nav.label': 'Main',
    'nav.segments': 'Segments',
    'nav.settings': 'Settings',
    'theme.toggle': 'Colour theme: {mode}. Change',
    'theme.light': 'light',
    'theme.dark': 'dark',
    'theme.system': 'follows the system',
    'error.title': 'Something went wrong',
    'error.body': 'The page hit an unexpected problem. Drafts are saved in this browser, so nothing you typed is lost.',
    'error.details': 'Technical details',
    'error.reload': 'Reload',
    'error.home': 'Go to segments',
    'notFound.title': 'Page not found',
    'notFound.body': 'There is nothing at {path}. It may have been moved or deleted.',
    'notFound.back': 'Back to segments',
    'loading.page': 'Loading page…',
    'connection.switch': 'Connection: {name}. Switch',
    'connection.none': 'No connection',
    'connection.manage': 'Manage connections…',
    'connection.add': 'Add connection',
    'connection.missing': 'No backend is connected yet. Add a connection in Settings to see and build segments.',
  },
});
