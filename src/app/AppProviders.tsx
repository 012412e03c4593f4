import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ProviderScope } from '@/api/connections';
import { setDisplayLanguage } from '@/api/displayLanguage';
import { I18nProvider, useLanguage } from '@/ui/i18n';
import { themeFor } from '@/ui/theme';
import { ErrorBoundary } from './ErrorBoundary';
import { createQueryClient } from './queryClient';

/** The prefix of every field catalog query (queryKeys.fields). */
const FIELD_CATALOGS = ['fields'];

export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // The remembered choice, else the browser's language; <html lang> follows it for screen readers.
  const language = useLanguage();
  // Set before any query of this render runs, so catalogs the API layer words itself use it.
  setDisplayLanguage(language);
  const shown = useRef(language);
  useEffect(() => {
    document.documentElement.lang = language;
    if (shown.current === language) return;
    shown.current = language;
    // Field catalogs built in the app (Push0's labels) are worded anew; backends' own labels stay.
    void client.invalidateQueries({ queryKey: FIELD_CATALOGS });
  }, [language, client]);
  return (
    <ThemeProvider theme={themeFor(language)} defaultMode="system">
      <CssBaseline />
      <I18nProvider locale={language}>
        <ErrorBoundary>
          <QueryClientProvider client={client}>
            <ProviderScope>{children}</ProviderScope>
          </QueryClientProvider>
        </ErrorBoundary>
      </I18nProvider>
    </ThemeProvider>
  );
}
