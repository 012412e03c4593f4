import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { apiErrorText } from '@/api/errors';
import { useLocale, useMessages } from '@/ui/i18n';
import { appMessages } from './messages';

export function ErrorScreen({ error }: { error: unknown }) {
  const t = useMessages(appMessages);
  const detail = apiErrorText(error, useLocale());
  return (
    <Box component="main" sx={{ maxWidth: 640, mx: 'auto', my: 8, px: 3 }}>
      <Typography variant="h1" gutterBottom>
        {t('error.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('error.body')}</Typography>
      <Alert severity="error" sx={{ mb: 3, wordBreak: 'break-word' }}>
        <strong>{t('error.details')}:</strong> {detail}
      </Alert>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="contained" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </Button>
        <Button href="/segments">{t('error.home')}</Button>
      </Box>
    </Box>
  );
}
