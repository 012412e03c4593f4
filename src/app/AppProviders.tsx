import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ProviderScope } from '@/api/connections';
import { I18nProvider, useLanguage } from '@/ui/i18n';
import { themeFor } from '@/ui/theme';
import { ErrorBoundary } from './ErrorBoundary';
import { createQueryClient } from './queryClient';

export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // The remembered choice, else the browser's language; <html lang> follows it for screen readers.
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
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
