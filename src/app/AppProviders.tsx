import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ProviderScope } from '@/api/connections';
import { I18nProvider } from '@/ui/i18n';
import { theme } from '@/ui/theme';
import { ErrorBoundary } from './ErrorBoundary';
import { createQueryClient } from './queryClient';

export function AppProviders({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline />
      <I18nProvider locale="en">
        <ErrorBoundary>
          <QueryClientProvider client={client}>
            <ProviderScope>{children}</ProviderScope>
          </QueryClientProvider>
        </ErrorBoundary>
      </I18nProvider>
    </ThemeProvider>
  );
}
