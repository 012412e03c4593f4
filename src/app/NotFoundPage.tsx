import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router';
import { useMessages } from '@/ui/i18n';
import { appMessages } from './messages';

export default function NotFoundPage() {
  const t = useMessages(appMessages);
  const { pathname } = useLocation();
  return (
    <Box sx={{ maxWidth: 560, mx: 'auto', my: 8, textAlign: 'center' }}>
      <Typography variant="h1" gutterBottom>
        {t('notFound.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('notFound.body', { path: pathname })}
      </Typography>
      <Button variant="contained" component={RouterLink} to="/segments">
        {t('notFound.back')}
      </Button>
    </Box>
  );
}
