import { useLocation } from 'react-router';
import { useMessages } from '@/ui/i18n';
import { NotFoundMessage } from '@/ui/NotFoundMessage';
import { appMessages } from './messages';

export default function NotFoundPage() {
  const t = useMessages(appMessages);
  const { pathname } = useLocation();
  return (
    <NotFoundMessage
      title={t('notFound.title')}
      body={t('notFound.body', { path: pathname })}
      back={t('notFound.back')}
    />
  );
}
