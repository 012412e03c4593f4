import { defineMessages } from './i18n';

/** Words the shared pieces below say the same way on every page. */
export const sharedMessages = defineMessages({
  en: {
    retry: 'Retry',
    openSettings: 'Check the connection',
    serverSaid: 'The server said: {text}',
    'card.failed': 'This part of the page failed to show. The rest of the page keeps working.',
    'delete.title': 'Delete “{name}”?',
    'delete.body':
      'The segment and its conditions are removed from the backend. Campaigns that use it stop finding it.',
    'delete.confirm': 'Delete',
    'delete.cancel': 'Cancel',
  },
  ru: {
    retry: 'Повторить',
    openSettings: 'Проверить подключение',
    serverSaid: 'Ответ сервера: {text}',
    'card.failed': 'Эту часть страницы не удалось показать. Остальная страница работает.',
    'delete.title': 'Удалить «{name}»?',
    'delete.body':
      'Сегмент и его условия будут удалены из бэкенда. Кампании, которые его используют, перестанут его находить.',
    'delete.confirm': 'Удалить',
    'delete.cancel': 'Отмена',
  },
});
