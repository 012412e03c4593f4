/** The language of the interface: remembered in this browser; the first visit follows the browser's. */
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, setLanguage, useLanguage, useMessages } from '@/ui/i18n';
import { settingsMessages } from './messages';

export function LanguageSettings() {
  const t = useMessages(settingsMessages);
  const language = useLanguage();
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId}>
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Typography id={headingId} variant="h2">
          {t('interfaceHeading')}
        </Typography>
        {/* A native select: its name is exactly the label, and each language is named in itself. */}
        <TextField
          select
          label={t('language')}
          value={language}
          onChange={(event) => {
            if (isLanguage(event.target.value)) setLanguage(event.target.value);
          }}
          helperText={t('language.help')}
          slotProps={{ select: { native: true } }}
          sx={{ maxWidth: 320 }}
        >
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {LANGUAGE_NAMES[option]}
            </option>
          ))}
        </TextField>
      </CardContent>
    </Card>
  );
}
